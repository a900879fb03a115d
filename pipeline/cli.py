"""The ``s11`` command: a thin layer over the library. It parses arguments, calls one
library function, and turns library errors into a one-line message and an exit code
(0 the batch ran, 1 ``--strict`` and a file failed, 2 a usage error)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.cycles.store import HistoryStore
    from pipeline.run.batch import BeforeWrite
    from pipeline.values import Batch

from pipeline.ingest import Limits

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="s11",
        description="Analyse Section 11 safeguarding submissions (Word and PDF): find the "
        "evidence per standard, compare it with each agency's self-rating, flag gaps and "
        "draft panel questions.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = commands.add_parser(
        "run",
        help="analyse submissions and write packs, summaries and the overview",
        description="Analyse every .docx and .pdf under INPUT (other files are reported as "
        "UNSUPPORTED_FORMAT) and write OUT_DIR/summary.json, summary.csv, index.html and a "
        "folder per submission.",
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files and/or folders")
    run.add_argument("--out", required=True, metavar="OUT_DIR", help="output folder")
    run.add_argument(
        "--framework", metavar="FILE", help="framework YAML file or id (default gscp-2021)"
    )
    run.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of cores)",
    )
    run.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on Dask: tcp://HOST:PORT for a running cluster whose workers "
        "see INPUT at the same paths, or 'local' to start one of N workers here",
    )
    run.add_argument("--strict", action="store_true", help="exit 1 if any file failed")
    run.add_argument(
        "--no-model",
        action="store_true",
        help="judge sentence strength by rules only, without the trained classifier",
    )
    run.add_argument(
        "--no-ocr",
        action="store_true",
        help="do not read scanned PDF pages with Tesseract OCR (an image-only PDF is NO_TEXT)",
    )
    run.add_argument(
        "--model",
        metavar="PATH",
        help="a learned model folder (written by `s11 train --feedback`): its classifier and "
        "evidence-rating thresholds instead of the shipped ones",
    )
    run.add_argument(
        "--deadline",
        metavar="DATE",
        type=_iso_date,
        help="submission deadline (YYYY-MM-DD): submissions dated after it are "
        "marked late; the date is the one stated on the cover, else the file's "
        "metadata (a file's modification time is recorded, but marks none late)",
    )
    limits = run.add_argument_group("limits (a file over one is recorded as TOO_LARGE)")
    defaults = Limits()
    limits.add_argument(
        "--max-file-mb",
        type=_positive,
        default=defaults.max_file_mb,
        metavar="MB",
        help="largest file read (default %(default)g)",
    )
    limits.add_argument(
        "--max-pages",
        type=_positive_int,
        default=defaults.max_pages,
        metavar="N",
        help="most pages in a PDF (default %(default)d)",
    )
    limits.add_argument(
        "--max-uncompressed-mb",
        type=_positive,
        default=defaults.max_uncompressed_mb,
        metavar="MB",
        help="largest total size of a Word file's unpacked parts (default %(default)g)",
    )
    limits.add_argument(
        "--max-compression-ratio",
        type=_positive,
        default=defaults.max_compression_ratio,
        metavar="X",
        help="largest expansion of a Word file's parts when unpacked (default %(default)g)",
    )
    limits.add_argument(
        "--max-parts",
        type=_positive_int,
        default=defaults.max_parts,
        metavar="N",
        help="most parts in a Word file (default %(default)d)",
    )
    limits.add_argument(
        "--timeout",
        type=_positive,
        default=defaults.timeout_s,
        metavar="SECONDS",
        help="time limit per file (default %(default)g)",
    )
    limits.add_argument(
        "--max-memory-mb",
        type=_positive,
        default=defaults.max_memory_mb,
        metavar="MB",
        help="memory a worker process may take on for one file "
        "(checked on Linux; default %(default)g)",
    )
    cache = run.add_argument_group("cache of parsed documents")
    cache.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="where parsed documents are cached (default OUT_DIR/.cache)",
    )
    cache.add_argument(
        "--no-cache", action="store_true", help="parse every file afresh and cache nothing"
    )
    run.add_argument(
        "--in-process",
        action="store_true",
        help="analyse in this process, without worker processes (for debugging; "
        "the time limit then needs the main thread of a POSIX system)",
    )
    chatter = run.add_mutually_exclusive_group()
    chatter.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    chatter.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print a line for every file, not just the failed ones",
    )
    run.add_argument(
        "--db",
        metavar="PATH",
        help="history database (SQLite, created if missing): compare with each "
        "agency's previous cycle (RATING_UP_WITHOUT_EVIDENCE), then record this batch",
    )
    run.add_argument(
        "--cycle",
        type=int,
        metavar="YEAR",
        help="the cycle (year) of this batch; default the framework's audit year",
    )
    run.add_argument(
        "--recommendations",
        metavar="FILE",
        help="last cycle's recommendations to track progress on: a YAML file, or "
        "'previous' for rules/recommendations/<cycle - 1>.yml",
    )

    train = commands.add_parser(
        "train",
        help="train the sentence strength classifier and write its metadata",
        description="Train the assertion/activity/quantified/impact classifier from "
        "models/data/strength.jsonl, report 5-fold cross-validated F1, save it with skops and "
        "export its numbers for fast loading (strength.linear.npz).",
    )
    train.add_argument(
        "--data", metavar="FILE", help="training data (JSONL); default models/data/strength.jsonl"
    )
    train.add_argument("--out", metavar="DIR", help="where to write the model; default models/")
    learn = train.add_argument_group(
        "learning from the panel",
        "With --feedback: retrain on the panel's strength corrections, fit the evidence-rating "
        "thresholds to its moderated ratings, print the scores before and after, and refuse "
        "the result (exit 1, nothing written) if it is worse than the shipped model on "
        "held-out gold samples.",
    )
    learn.add_argument(
        "--feedback",
        metavar="DB",
        help="history database holding the panel's moderation (s11 serve or "
        "s11 moderation import); --out is then a new model folder, never models/",
    )
    learn.add_argument(
        "--analyses",
        action="append",
        default=[],
        metavar="OUT_DIR",
        help="output folder of `s11 run` over the moderated returns (repeatable)",
    )
    learn.add_argument(
        "--holdout",
        action="append",
        default=[],
        metavar="OUT_DIR",
        help="output folder of `s11 run` over gold-labelled returns not moderated (repeatable)",
    )
    learn.add_argument(
        "--gold",
        action="append",
        default=[],
        metavar="DIR",
        help="folder of gold labels for the --holdout returns (repeatable)",
    )
    learn.add_argument(
        "--cycle",
        action="append",
        type=int,
        metavar="YEAR",
        help="learn from these cycles' moderation only (repeatable; default all)",
    )
    learn.add_argument(
        "--framework", metavar="FILE", help="framework YAML file or id (default gscp-2021)"
    )

    evaluate = commands.add_parser(
        "eval",
        help="measure accuracy against gold labels",
        description="Run the pipeline over INPUT and score every stage against the gold labels "
        "in --gold: status and error codes, agency, self-ratings, evidence recall, gaps, "
        "questions, common questions and redaction leaks. Prints a table and writes eval.json.",
    )
    evaluate.add_argument("inputs", nargs="+", metavar="INPUT", help="files and/or folders")
    evaluate.add_argument(
        "--gold", required=True, metavar="DIR", help="folder of <file>.yml gold labels"
    )
    evaluate.add_argument(
        "--out", metavar="DIR", default="out/eval", help="where to write outputs and eval.json"
    )
    evaluate.add_argument(
        "--floors", metavar="FILE", help="YAML of metric floors; exit 1 if any is missed"
    )
    evaluate.add_argument("--workers", type=int, default=None, metavar="N", help="worker processes")
    evaluate.add_argument(
        "--no-ocr", action="store_true", help="do not read scanned PDF pages with Tesseract OCR"
    )
    evaluate.add_argument(
        "--model", metavar="PATH", help="a learned model folder (s11 train --feedback)"
    )

    history = commands.add_parser(
        "history",
        help="ratings per agency across cycles, from a history database",
        description="Show each agency's self and evidence ratings per standard across the cycles "
        "recorded in --db (by `s11 run --db` or `s11 history import`), with rating changes and "
        "RATING_UP_WITHOUT_EVIDENCE, as a table, CSV or a self-contained history.html.",
    )
    history.add_argument("--db", metavar="PATH", help="the history database (required)")
    history.add_argument("--agency", metavar="NAME", help="one agency (name, short name or alias)")
    history.add_argument(
        "--format",
        choices=("table", "csv", "html"),
        default="table",
        help="output format (default table)",
    )
    history.add_argument("--out", metavar="FILE", help="write to FILE instead of the terminal")
    history_commands = history.add_subparsers(
        dest="history_command",
        metavar="import",
        parser_class=_Parser,
        help="record an existing output folder (s11 history import OUT_DIR --db PATH)",
    )
    record = history_commands.add_parser(
        "import",
        help="record an existing output folder in the history database",
        description="Record the submissions of an output folder written by `s11 run` (its "
        "summary.json and analysis.json files) for one cycle. Recording the same file for the same "
        "cycle again changes nothing, and cycles can be recorded in any order.",
    )
    record.add_argument("out_dir", metavar="OUT_DIR", help="an output folder of `s11 run`")
    record.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the history database (created if missing)",
    )
    record.add_argument(
        "--cycle",
        type=int,
        metavar="YEAR",
        help="the cycle (year); default the audit year of the folder's framework",
    )
    moderation = commands.add_parser(
        "moderation",
        help="the panel's decisions: import them from a spreadsheet",
        description="Record the panel's decisions in the history database from a spreadsheet.",
    )
    moderation_commands = moderation.add_subparsers(
        dest="moderation_command",
        metavar="import",
        parser_class=_Parser,
        help="record moderated ratings or evidence verdicts from a spreadsheet "
        "(s11 moderation import FILE --db PATH)",
    )
    imported = moderation_commands.add_parser(
        "import",
        help="record moderated ratings or evidence verdicts from an .xlsx or .csv file",
        description="Record the panel's decisions from FILE (.xlsx or .csv): either the "
        "agency x standard grid in the layout summary.xlsx/summary.csv export, with a column "
        "per standard for the panel's rating ('S1 panel', csv 's1_panel'; or the moderated "
        "grid's 'Standard 1'), or evidence verdicts, one row per sentence (file, standard, "
        "sentence, verdict: strength|indicator|not_evidence, strength, indicator, note). "
        "The whole file is checked first; a problem anywhere records nothing.",
    )
    imported.add_argument("file", metavar="FILE", help="the spreadsheet (.xlsx or .csv)")
    imported.add_argument("--db", required=True, metavar="PATH", help="the history database")
    imported.add_argument(
        "--cycle", type=int, metavar="YEAR", help="the cycle; default the framework's audit year"
    )
    imported.add_argument(
        "--framework", metavar="FILE", help="framework YAML file or id (default gscp-2021)"
    )
    imported.add_argument("--who", metavar="NAME", help="who decided (default: 'import of FILE')")
    serve = commands.add_parser(
        "serve",
        help="the workspace in a browser: run a batch, read the packs, moderate the ratings",
        description="Start the local web workspace: upload a batch (or choose a folder under "
        "--data), watch it run, read the packs and record the panel's moderated ratings in the "
        "history database. Listens on 127.0.0.1 only unless --host says otherwise, which needs "
        "a panel password (environment S11_SERVE_PASSWORD, or --password-file).",
    )
    serve.add_argument(
        "--data",
        metavar="DIR",
        default="s11-data",
        help="the data folder: its sub-folders can be run, uploads and outputs are kept in "
        "DIR/.s11 (default ./s11-data)",
    )
    serve.add_argument(
        "--db", metavar="PATH", help="history database (default DIR/.s11/history.db)"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8011, help="port (default 8011)")
    serve.add_argument(
        "--password-file",
        metavar="FILE",
        help="first line: the panel password; second line (optional): the youth members' password",
    )
    serve.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes per run"
    )
    serve.add_argument(
        "--max-upload-mb",
        type=_positive,
        default=200.0,
        metavar="MB",
        help="largest upload accepted in one go (default 200)",
    )
    serve.add_argument(
        "--no-model", action="store_true", help="rule-based strength only (no classifier)"
    )
    return parser


def _serve(args: argparse.Namespace) -> int:
    from pipeline.run.batch import default_workers
    from pipeline.serve.app import ServeConfig
    from pipeline.serve.server import ServeRefused, passwords, serve

    data = Path(args.data)
    if data.exists() and not data.is_dir():
        raise UsageError(f"--data {args.data} is not a folder")
    if not 0 < args.port < 65536:
        raise UsageError("--port must be between 1 and 65535")
    try:
        panel, youth = passwords(args.password_file)
        config = ServeConfig(
            data=data,
            db=Path(args.db) if args.db else data / ".s11" / "history.db",
            host=args.host,
            port=args.port,
            panel_password=panel,
            youth_password=youth,
            max_upload_mb=args.max_upload_mb,
            workers=args.workers or default_workers(),
            use_model=not args.no_model,
        )
        serve(config)
    except ServeRefused as exc:
        raise UsageError(str(exc)) from None
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _cycle(value: int | None, framework: str | None) -> int:
    """--cycle, else the framework's audit year."""
    from pipeline.rules import load_framework

    if value is None:
        return load_framework(framework).audit_year
    if not 1990 <= value <= 2100:
        raise UsageError(f"--cycle must be a year, found {value}")
    return value


def _recommendations(value: str | None, cycle: int) -> str | None:
    from pipeline.cycles.recommendations import recommendations_file

    if value is None:
        return None
    path = recommendations_file(cycle - 1) if value == "previous" else Path(value)
    if not path.is_file():
        raise UsageError(f"recommendations file not found: {path}")
    return str(path.resolve())  # workers (local or Dask) may not share our working directory


def _history(args: argparse.Namespace) -> int:
    from pipeline.cycles.changes import history
    from pipeline.cycles.store import HistoryStore
    from pipeline.files import write_text
    from pipeline.report.history_page import history_csv, history_table, render_history

    if not args.db:
        raise UsageError("--db PATH is required")
    if args.history_command == "import":
        return _history_import(args)
    if not Path(args.db).is_file():
        raise UsageError(f"history database not found: {args.db}")
    with HistoryStore(args.db) as store:
        agency = _recorded_agency(store.agencies(), args.agency) if args.agency else None
        entries = history(store, agency)
        if args.format == "csv":
            text = history_csv(entries)
        elif args.format == "html":
            text = render_history(entries, store.progress(agency))
        else:
            text = history_table(entries)
    if args.out:
        write_text(Path(args.out), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _history_import(args: argparse.Namespace) -> int:
    from pipeline.cycles.store import HistoryStore, read_output
    from pipeline.values import RulesError

    out_dir = Path(args.out_dir)
    if not out_dir.is_dir():
        raise UsageError(f"output folder not found: {out_dir}")
    framework, records = read_output(out_dir)
    try:
        cycle = _cycle(args.cycle, framework or None)
    except RulesError:
        raise UsageError(
            f"cannot tell the cycle of {out_dir} (framework {framework!r}); give --cycle YEAR"
        ) from None
    with HistoryStore(args.db) as store:
        result = store.record(records, cycle)
    print(f"{result} for cycle {cycle} in {args.db}", file=sys.stderr)
    return EXIT_OK


def _recorded_agency(recorded: list[str], wanted: str) -> str:
    """The recorded agency ``--agency`` names: exactly, by the register's short names and
    aliases, or by a part of one name."""
    from pipeline.rules import load_agencies

    key = wanted.strip().casefold()
    for agency in load_agencies():
        names = [agency.name, agency.short, *agency.aliases]
        if any(name and name.casefold() == key for name in names) and agency.name in recorded:
            return agency.name
    exact = [name for name in recorded if name.casefold() == key]
    partial = [name for name in recorded if key in name.casefold()]
    if exact or len(partial) == 1:
        return (exact or partial)[0]
    known = "; ".join(recorded) or "none recorded"
    raise UsageError(
        f"--agency {wanted!r} matches {len(partial) or 'no'} recorded agencies ({known})"
    )


def _eval(args: argparse.Namespace) -> int:
    from pipeline.evaluate import check_floors, evaluate, table
    from pipeline.run.batch import default_workers

    gold = Path(args.gold)
    if not gold.is_dir():
        raise UsageError(f"gold folder not found: {gold}")
    if args.floors and not Path(args.floors).is_file():
        raise UsageError(f"floors file not found: {args.floors}")
    for item in args.inputs:
        if not Path(item).exists():
            raise UsageError(f"input not found: {item}")
    result = evaluate(
        args.inputs,
        gold,
        Path(args.out),
        workers=args.workers or default_workers(),
        ocr=not args.no_ocr,
        model=_model(args.model),
    )
    print(table(result))
    if args.floors:
        failures = check_floors(result, Path(args.floors))
        if failures:
            print("\nbelow the committed floors:\n" + "\n".join(f"  - {f}" for f in failures))
            return EXIT_FAILED
        print("\nall metrics meet the committed floors")
    return EXIT_OK


def _model(value: str | None) -> str | None:
    """--model PATH, checked, as an absolute path (workers may start elsewhere)."""
    if value is None:
        return None
    from pipeline.moderation.learned import model_folder

    return str(model_folder(value).resolve())


def _moderation(args: argparse.Namespace) -> int:
    from pipeline.cycles.store import HistoryStore
    from pipeline.moderation.importer import import_file
    from pipeline.rules import load_framework

    if args.moderation_command != "import":
        raise UsageError("expected: s11 moderation import FILE --db PATH")
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"file not found: {path}")
    framework = load_framework(args.framework)
    cycle = _cycle(args.cycle, args.framework)
    with HistoryStore(args.db) as store:
        result = import_file(path, store, framework, cycle, args.who)
    what = "moderated ratings" if result.kind == "ratings" else "evidence verdicts"
    blank = f" ({result.skipped} blank cells: no decision)" if result.skipped else ""
    print(
        f"recorded {result.recorded} {what} for cycle {cycle} in {args.db}{blank}", file=sys.stderr
    )
    return EXIT_OK


def _learn(args: argparse.Namespace, data: Path | None) -> int:
    from pipeline.evaluate import load_gold
    from pipeline.evidence.strength import models_dir
    from pipeline.moderation.learn import learn

    if not args.out:
        raise UsageError("--feedback needs --out DIR: the learned model is a new folder")
    out = Path(args.out)
    if out.resolve() == models_dir().resolve():
        raise UsageError("--out must not be models/: the shipped model is never replaced")
    if not args.analyses:
        raise UsageError("--feedback needs --analyses OUT_DIR: the run over the moderated returns")
    if not args.holdout or not args.gold:
        raise UsageError("--feedback needs --holdout OUT_DIR and --gold DIR to check the new model")
    for folder in [*args.analyses, *args.holdout, *args.gold]:
        if not Path(folder).is_dir():
            raise UsageError(f"folder not found: {folder}")
    gold: dict = {}
    for folder in args.gold:
        gold.update(load_gold(Path(folder)))
    result = learn(
        Path(args.feedback),
        [Path(p) for p in args.analyses],
        [Path(p) for p in args.holdout],
        gold,
        out,
        framework_name=args.framework,
        cycles=args.cycle,
        data=data,
    )
    cv_before, cv_after = result.cv_before["macro_f1"], result.cv_after["macro_f1"]
    print(f"classifier, cross-validated macro-F1: before {cv_before:.3f}, after {cv_after:.3f}")
    for name, before, after in (
        ("moderated returns (fitted on)", result.before.moderated, result.after.moderated),
        ("held-out gold samples", result.before.holdout, result.after.holdout),
    ):
        print(
            f"evidence rating agreement, {name}: before {_agreed(before)}, after {_agreed(after)}"
        )
    report = result.card.get("exclusions") or {}
    only = report.get("agreement_exclusions_only")
    if only:
        from pipeline.moderation.learn import exclusions_text

        for line in exclusions_text(report, _figure):
            print("verdicts:" + line[1:])
    changed = result.card["thresholds"]["changed"]
    print(
        "thresholds changed: "
        + (
            ", ".join(f"{k} {v['framework']} -> {v['fitted']}" for k, v in changed.items())
            or "none"
        )
    )
    print(result.reason)
    return EXIT_OK if result.accepted else EXIT_FAILED


def _figure(entry: dict) -> str:
    kappa = "n/a" if entry["kappa"] is None else f"{entry['kappa']:.3f}"
    percent = "n/a" if entry["percent"] is None else f"{entry['percent']:.1f}%"
    return f"{entry['agreed']}/{entry['compared']} ({percent}, kappa {kappa})"


def _agreed(value: object) -> str:
    from pipeline.moderation.agreement import Agreement

    assert isinstance(value, Agreement)
    kappa = "n/a" if value.kappa is None else f"{value.kappa:.3f}"
    percent = "n/a" if value.percent is None else f"{value.percent:.1f}%"
    return f"{value.agreed}/{value.compared} ({percent}, kappa {kappa})"


def _train(args: argparse.Namespace) -> int:
    from pipeline.evidence.train import train

    data = Path(args.data) if args.data else None
    if data is not None and not data.is_file():
        raise UsageError(f"training data not found: {data}")
    if args.feedback:
        return _learn(args, data)
    if args.analyses or args.holdout or args.gold or args.cycle or args.framework:
        raise UsageError("--analyses, --holdout, --gold, --cycle and --framework need --feedback")
    meta = train(data, Path(args.out) if args.out else None)
    scores = meta["cross_validation"]
    per_class = ", ".join(f"{k} {v:.3f}" for k, v in scores["per_class_f1"].items())
    print(
        f"trained on {meta['training_rows']} sentences; {scores['folds']}-fold cross-validated "
        f"macro-F1 {scores['macro_f1']:.3f} ({per_class})"
    )
    return EXIT_OK


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number: {text!r}")
    return value


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a positive whole number: {text!r}")
    return int(text)


def _run(args: argparse.Namespace) -> int:
    from pipeline.run.batch import RunOptions, collect, default_workers, run_batch
    from pipeline.run.console import Reporter
    from pipeline.run.sandbox import WorkerError
    from pipeline.settings import Settings

    for item in args.inputs:
        if not Path(item).exists():
            raise UsageError(f"input not found: {item}")
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        raise UsageError("--workers must be at least 1")
    out = Path(args.out)
    limits = Limits(
        max_file_mb=args.max_file_mb,
        max_pages=args.max_pages,
        max_uncompressed_mb=args.max_uncompressed_mb,
        max_compression_ratio=args.max_compression_ratio,
        max_parts=args.max_parts,
        timeout_s=args.timeout,
        max_memory_mb=args.max_memory_mb,
    )
    cache_dir = (
        None if args.no_cache else str(Path(args.cache_dir) if args.cache_dir else out / ".cache")
    )
    cycle = _cycle(args.cycle, args.framework) if args.db or args.recommendations else None
    settings = Settings(
        framework=args.framework,
        use_model=not args.no_model,
        limits=limits,
        cache_dir=cache_dir,
        recommendations=_recommendations(args.recommendations, cycle or 0),
        ocr=not args.no_ocr,
        model=_model(args.model),
    )
    options = RunOptions(
        workers=workers, scheduler=args.scheduler, inline=args.in_process, deadline=args.deadline
    )
    store, before_write = _open_history(args.db, cycle)
    reporter = Reporter(len(collect(args.inputs)), quiet=args.quiet, verbose=args.verbose)
    try:
        with reporter:
            batch = run_batch(args.inputs, out, settings, options, reporter, before_write)
    except WorkerError as exc:
        raise UsageError(str(exc)) from None
    except KeyboardInterrupt:
        print("s11: interrupted; the outputs of this run were not written", file=sys.stderr)
        return 130
    if store is not None and cycle is not None:
        _record(store, batch, cycle, args.db, args.out, args.quiet)
    failed = sum(1 for s in batch.submissions if s.analysis.status != "ok")
    late = sum(1 for s in batch.submissions if s.late)
    if not args.quiet:
        missing = len(batch.missing_agencies)
        print(
            f"{len(batch.submissions)} file(s): {len(batch.submissions) - failed} analysed, "
            f"{failed} failed{f', {late} late' if args.deadline else ''}; {missing} expected "
            f"agenc{'y' if missing == 1 else 'ies'} missing. Output: {args.out}",
            file=sys.stderr,
        )
    return EXIT_FAILED if args.strict and failed else EXIT_OK


def _open_history(
    db: str | None, cycle: int | None
) -> tuple[HistoryStore | None, BeforeWrite | None]:
    """For ``run --db``: the open store, and the step that compares the batch with it."""
    if not db or cycle is None:
        return None, None
    from pipeline.cycles.changes import history_step
    from pipeline.cycles.store import HistoryStore
    from pipeline.moderation.overview import with_panel_agreement

    store = HistoryStore(db)
    step = history_step(store, cycle)

    def before_write(batch: Batch) -> Batch:
        return with_panel_agreement(step(batch), store, cycle)

    return store, before_write


def _record(store: HistoryStore, batch: Batch, cycle: int, db: str, out: str, quiet: bool) -> None:
    from pipeline.cycles.store import record_batch
    from pipeline.values import HistoryError

    with store:
        try:
            result = record_batch(store, batch, cycle)
        except HistoryError as exc:
            raise HistoryError(
                f"{exc}. The outputs are written; record them later with "
                f"`s11 history import {out} --db {db}`"
            ) from None
    if not quiet:
        print(f"history: {result} for cycle {cycle} in {db}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.version:
            from pipeline import __version__

            print(f"s11 {__version__}")
            return EXIT_OK
        if not args.command:
            parser.print_help()
            return EXIT_USAGE
        handler = {
            "run": _run,
            "train": _train,
            "eval": _eval,
            "history": _history,
            "serve": _serve,
            "moderation": _moderation,
        }[args.command]
        return handler(args)
    except UsageError as exc:
        print(f"s11: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        from pipeline.values import (
            HistoryError,
            ModelError,
            ModerationFileError,
            OutputError,
            RulesError,
        )

        known = RulesError | HistoryError | ModelError | OutputError | ModerationFileError
        if isinstance(exc, known):
            print(f"s11: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        raise


if __name__ == "__main__":
    sys.exit(main())
