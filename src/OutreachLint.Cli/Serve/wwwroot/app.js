// The paste-a-draft page of `outreachlint serve`: the draft lives in a textarea, so a rewrite is applied by the
// answer's offsets into exactly the text that was checked.
"use strict";

(() => {
  const { api, createPageView } = OutreachLint;
  const draft = document.getElementById("draft");
  const checkButton = document.getElementById("check");
  const copyButton = document.getElementById("copy");
  const view = createPageView(applyRewrite, check);

  // The text the last answer's offsets index, so a rewrite is applied to exactly what was checked.
  let checkedText = null;
  let sequence = 0;

  const normalise = (text) => text.replace(/\r\n?/g, "\n");

  async function check() {
    const text = normalise(draft.value);
    const mine = ++sequence;
    view.status("Checking…");
    let answer;
    try {
      answer = await api.check({ text });
    } catch {
      if (mine === sequence) view.status("The OutreachLint server could not be reached.");
      return;
    }

    // An older answer arriving after a newer request must not overwrite it.
    if (mine !== sequence) return;
    if (view.refused(answer)) return;

    checkedText = text;
    view.render(text, answer.body);
  }

  function applyRewrite(f) {
    if (checkedText === null || normalise(draft.value) !== checkedText) {
      view.status("The draft changed since it was checked; checking it again.");
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
      view.status("Copied.");
    } catch {
      draft.select();
      view.status("Select-all done; press Ctrl+C to copy.");
    }
  });
})();
