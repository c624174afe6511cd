// Shows a check's answer, for the page and the task pane alike. Every piece of the draft reaches the DOM through
// textContent or text nodes, never through HTML parsing, so a draft can only ever be shown, not run (the CSP's
// Trusted Types enforce it).
"use strict";

(function (global) {
  const SET_ASIDE_NAMES = {
    quote: "the quoted reply",
    forward: "the forwarded message",
    signature: "the signature",
    disclaimer: "the disclaimer",
    devicefooter: "the device footer",
  };

  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Email-level findings (OL100 up) speak of the whole message; only a finding whose span holds its own text is marked.
  const pointsAtText = (text, f) => f.length > 0 && text.slice(f.offset, f.offset + f.length) === f.text;

  // parts: { preview, list, status, tokenSlot }; onRewrite(finding) applies a suggestion; onToken() retries after a token is given.
  function createView(parts, onRewrite, onToken) {
    const status = (text) => {
      parts.status.textContent = text;
    };

    function render(text, result) {
      const findings = result.findings || [];
      renderPreview(text, findings);
      parts.list.replaceChildren(...findings.map((f, i) => renderFinding(text, f, i)));
      const count = findings.length;
      const verdict = count === 0 ? "No findings." : `${count} finding${count === 1 ? "" : "s"}.`;
      status(`${verdict} Score ${result.score}.${setAsideNote(result.setAside || [])}`);
      if (parts.tokenSlot) parts.tokenSlot.replaceChildren();
      // A counter the browser tests wait on; harmless for people.
      document.body.dataset.checks = String(Number(document.body.dataset.checks || 0) + 1);
    }

    function setAsideNote(setAside) {
      const names = [...new Set(setAside.map((p) => SET_ASIDE_NAMES[p.kind] || p.kind))];
      return names.length === 0 ? "" : ` Not checked: ${names.join(", ")}.`;
    }

    function renderPreview(text, findings) {
      const spans = findings
        .map((f, i) => ({ f, i }))
        .filter(({ f }) => pointsAtText(text, f))
        .sort((a, b) => a.f.offset - b.f.offset);
      const nodes = [];
      let at = 0;
      for (const { f, i } of spans) {
        // Overlapping spans cannot nest as marks; the first one shown wins and the list still names the other.
        if (f.offset < at) continue;
        nodes.push(document.createTextNode(text.slice(at, f.offset)));
        const mark = element("mark", `severity-${f.severity}`, text.slice(f.offset, f.offset + f.length));
        mark.id = `mark-${i}`;
        mark.title = `${f.id} ${f.rule}: ${f.message}`;
        nodes.push(mark);
        at = f.offset + f.length;
      }

      nodes.push(document.createTextNode(text.slice(at)));
      parts.preview.replaceChildren(...nodes);
    }

    function renderFinding(text, f, i) {
      const item = element("li");
      item.dataset.finding = String(i);
      item.append(element("div", "rule", `${f.id} ${f.rule} (${f.severity}, line ${f.line}, column ${f.column})`));
      const local = pointsAtText(text, f);
      if (local) item.append(element("blockquote", "quote", f.text));
      item.append(element("p", "message", f.message));
      if (local && f.suggestion) {
        item.append(element("blockquote", "suggestion", f.suggestion));
        const use = element("button", "rewrite", "Use this rewrite");
        use.type = "button";
        use.setAttribute("aria-label", `Use this rewrite for finding ${i + 1}`);
        use.addEventListener("click", () => onRewrite(f));
        item.append(use);
      }

      return item;
    }

    // Shown when the server answers 401: it was started beyond loopback and wants its token.
    function askForToken() {
      status("This OutreachLint server needs its access token.");
      const label = element("label", "", "Access token");
      const input = element("input");
      input.type = "password";
      input.id = "token";
      input.autocomplete = "off";
      label.htmlFor = "token";
      const use = element("button", "secondary", "Use token");
      use.type = "button";
      use.addEventListener("click", () => {
        if (!input.value.trim()) return;
        global.OutreachLint.api.saveToken(input.value.trim());
        parts.tokenSlot.replaceChildren();
        onToken();
      });
      parts.tokenSlot.replaceChildren(label, input, use);
      input.focus();
    }

    // A refused answer: ask for the token on 401, otherwise say why. True when the answer was refused.
    function refused(answer) {
      if (answer.status === 401) {
        askForToken();
        return true;
      }

      if (!answer.ok) {
        status(answer.body && answer.body.error ? answer.body.error : `The check failed (HTTP ${answer.status}).`);
        return true;
      }

      return false;
    }

    return { render, status, askForToken, refused };
  }

  // The view over the elements both pages share by id.
  function createPageView(onRewrite, onToken) {
    const byId = (id) => document.getElementById(id);
    return createView(
      { preview: byId("preview"), list: byId("findings"), status: byId("status"), tokenSlot: byId("token-slot") },
      onRewrite,
      onToken,
    );
  }

  global.OutreachLint = Object.assign(global.OutreachLint || {}, { createView, createPageView });
})(globalThis);
