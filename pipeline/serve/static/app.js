// s11 workspace: the live progress of a run. The page holds no inline script (CSP).
"use strict";

function watch(section) {
  const url = section.dataset.url;
  const overall = document.getElementById("overall");
  const count = document.getElementById("count");
  const rows = section.querySelectorAll("tr[data-index]");
  async function poll() {
    let progress;
    try {
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) throw new Error(response.status);
      progress = await response.json();
    } catch (error) {
      setTimeout(poll, 2000);
      return;
    }
    overall.max = progress.total;
    overall.value = progress.done;
    count.textContent = `${progress.done} of ${progress.total}` +
      (progress.failed ? ` (${progress.failed} could not be read)` : "");
    progress.files.forEach((file, index) => {
      const row = rows[index];
      if (!row) return;
      const bar = row.querySelector("progress");
      const label = row.querySelector("span");
      bar.value = file.state === "waiting" ? 0 : 1;
      label.textContent = file.state === "failed" ? `not read: ${file.code}` : file.state;
      row.className = `file-${file.state}`;
    });
    if (progress.status === "queued" || progress.status === "running") {
      setTimeout(poll, 800);
    } else {
      window.location.reload();
    }
  }
  poll();
}

document.addEventListener("DOMContentLoaded", () => {
  const section = document.getElementById("progress");
  if (section) watch(section);
});
