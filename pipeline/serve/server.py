"""Starting the server: the checks made before it listens, then uvicorn."""

from __future__ import annotations

import os
from pathlib import Path

from pipeline.serve.app import ServeConfig, create_app, loopback

PASSWORD_ENV = "S11_SERVE_PASSWORD"
YOUTH_PASSWORD_ENV = "S11_SERVE_YOUTH_PASSWORD"
MIN_PASSWORD = 12


class ServeRefused(Exception):
    """The server will not start as asked; the message says what to change."""


def passwords(password_file: str | None) -> tuple[str | None, str | None]:
    """The panel and youth passwords: from ``--password-file`` (first line panel, second line
    youth) or the environment. Never from the command line, where ``ps`` would show them."""
    panel = os.environ.get(PASSWORD_ENV) or None
    youth = os.environ.get(YOUTH_PASSWORD_ENV) or None
    if password_file:
        try:
            lines = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ServeRefused(f"cannot read the password file: {exc.strerror}") from None
        panel = (lines[0].strip() if lines else "") or None
        youth = (lines[1].strip() if len(lines) > 1 else "") or youth
    return panel, youth


def check(config: ServeConfig) -> None:
    """Refuse a configuration that would expose the packs: any address but loopback needs a
    panel password; a password that is set must be long enough to resist guessing."""
    for role, value in (("panel", config.panel_password), ("youth", config.youth_password)):
        if value is not None and len(value) < MIN_PASSWORD:
            raise ServeRefused(f"the {role} password must be at least {MIN_PASSWORD} characters")
    if not loopback(config.host) and not config.panel_password:
        raise ServeRefused(
            f"--host {config.host} would let other machines reach the packs; set a panel "
            f"password first ({PASSWORD_ENV} or --password-file), or keep the default "
            "--host 127.0.0.1"
        )
    if (
        config.panel_password
        and config.youth_password
        and config.panel_password == config.youth_password
    ):
        raise ServeRefused("the youth password must differ from the panel password")


def serve(config: ServeConfig) -> None:
    """Check the configuration, then serve until interrupted."""
    import uvicorn

    check(config)
    app = create_app(config)
    print(
        f"s11 serve: open http://{_shown(config.host)}:{config.port}/ in a browser "
        f"(data {config.data}, history {config.db}); Ctrl+C stops it.",
        flush=True,
    )
    try:
        uvicorn.run(
            app,
            host=config.host,
            port=config.port,
            log_level="warning",
            server_header=False,
            proxy_headers=False,
        )
    finally:
        app.state.workspace.runs.close()


def _shown(host: str) -> str:
    return f"[{host}]" if ":" in host else host
