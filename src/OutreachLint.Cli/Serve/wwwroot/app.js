// The page for `outreachlint serve`. Every piece of the draft reaches the DOM through textContent or text nodes,
// never through HTML parsing, so a pasted draft can only ever be shown, not run (the CSP's Trusted Types enforce it).
"use strict";

(() => {
  const draft = document.getElementById("draft");
  const checkButton = document.getElementById("check");
  const copyButton = document.getElementById("copy");
  const statusLine = document.getElementById("status");
  const preview = document.getElementById("preview");
  const list = document.getElementById("findings");

  // The text the last answer's offsets index, so a rewrite is applied to exactly what was checked.
  let checkedText = null;
  let sequence = 0;

  const normalise = (text) => text.replace(/\r\n?/g, "\n");

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  async function check() {
    const text = normalise(draft.value);
    const mine = ++sequence;
    statusLine.textContent = "Checking…";
    let response;
    let body = null;
    try {
      response = await fetch("/api/check", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text }),
      });
      body = await response.json().catch(() => null);
    } catch {
      if (mine === sequence) statusLine.textContent = "The OutreachLint server could not be reached.";
      return;
    }

    // An older answer arriving after a newer request must not overwrite it.
    if (mine !== sequence) return;
    if (!response.ok || body === null) {
      statusLine.textContent = body && body.error ? body.error : `The check failed (HTTP ${response.status}).`;
      return;
    }

    checkedText = text;
    render(text, body);
  }

  function render(text, result) {
    const findings = result.findings || [];
    renderPreview(text, findings);
    list.replaceChildren(...findings.map((f, i) => renderFinding(f, i)));
    const count = findings.length;
    statusLine.textContent = count === 0
      ? `No findings. Score ${result.score}.`
      : `${count} finding${count === 1 ? "" : "s"}. Score ${result.score}.`;
    // A counter the browser tests wait on; harmless for people.
    document.body.dataset.checks = String(Number(document.body.dataset.checks || 0) + 1);
  }

  function renderPreview(text, findings) {
    const spans = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => pointsAtText(text, f))
      .sort((a, b) => a.f.offset - b.f.offset);
    const parts = [];
    let at = 0;
    for (const { f, i } of spans) {
      // Overlapping spans cannot nest as marks; the first one shown wins and the list still names the other.
      if (f.offset < at) continue;
      parts.push(document.createTextNode(text.slice(at, f.offset)));
      const mark = element("mark", `severity-${f.severity}`, text.slice(f.offset, f.offset + f.length));
      mark.id = `mark-${i}`;
      mark.title = `${f.id} ${f.rule}: ${f.message}`;
      parts.push(mark);
      at = f.offset + f.length;
    }

    parts.push(document.createTextNode(text.slice(at)));
    preview.replaceChildren(...parts);
  }

  // Email-level findings (OL100 up) speak of the whole message; only a finding whose span holds its own text is marked.
  const pointsAtText = (text, f) => f.length > 0 && text.slice(f.offset, f.offset + f.length) === f.text;

  function renderFinding(f, i) {
    const item = element("li");
    item.dataset.finding = String(i);
    item.append(element("div", "rule", `${f.id} ${f.rule} (${f.severity}, line ${f.line}, column ${f.column})`));
    const local = checkedText !== null && pointsAtText(checkedText, f);
    if (local) item.append(element("blockquote", "quote", f.text));
    item.append(element("p", "message", f.message));
    if (local && f.suggestion) {
      item.append(element("blockquote", "suggestion", f.suggestion));
      const use = element("button", "rewrite", "Use this rewrite");
      use.type = "button";
      use.setAttribute("aria-label", `Use this rewrite for finding ${i + 1}`);
      use.addEventListener("click", () => applyRewrite(f));
      item.append(use);
    }

    return item;
  }

  function applyRewrite(f) {
    if (checkedText === null || normalise(draft.value) !== checkedText) {
      statusLine.textContent = "The draft changed since it was checked; checking it again.";
      check();
      return;
    }

    draft.value = checkedText.slice(0, f.offset) + f.suggestion + checkedText.slice(f.offset + f.length);
    check();
  }

  checkButton.addEventListener("click", check);
  draft.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      check();
    }
  });
  copyButton.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(draft.value);
      statusLine.textContent = "Copied.";
    } catch {
      draft.select();
      statusLine.textContent = "Select-all done; press Ctrl+C to copy.";
    }
  });
})();
