// The Outlook task pane: reads the open draft through Office.js, shows the findings with the page's view, and writes
// an accepted rewrite into the draft's own body, HTML or text, leaving the rest of it (quoted reply included) as it was.
"use strict";

(() => {
  const { api, draft, rewrite, createPageView } = OutreachLint;
  const checkButton = document.getElementById("check");
  const view = createPageView(applyRewrite, check);
  let item = null;
  let sequence = 0;

  async function check() {
    const mine = ++sequence;
    view.status("Reading the draft…");
    let answer;
    try {
      const request = await draft.read(item);
      view.status("Checking…");
      answer = await api.check(request);
    } catch {
      if (mine === sequence) view.status("The OutreachLint server could not be reached; is `outreachlint serve --https` running?");
      return;
    }

    // An older answer arriving after a newer request must not overwrite it.
    if (mine !== sequence) return;
    if (view.refused(answer)) return;

    // The findings index the author text the server extracted, which is what the preview shows.
    view.render(answer.body.authorText, answer.body);
  }

  // The body is read again at the moment of the click: the rep may have typed since the check.
  async function applyRewrite(f) {
    try {
      const current = await draft.read(item);
      const revised = current.bodyType === Office.CoercionType.Html
        ? rewrite.replaceInHtml(current.body, f.text, f.suggestion)
        : rewrite.replaceInText(current.body, f.text, f.suggestion);
      if (revised === null) {
        view.status("That sentence is no longer in the draft; checking it again.");
      } else {
        await draft.setBody(item, revised, current.bodyType);
      }
    } catch {
      view.status("Outlook did not accept the change; the draft is as it was.");
      return;
    }

    await check();
  }

  checkButton.addEventListener("click", check);
  Office.onReady(() => {
    item = Office.context.mailbox.item;
    checkButton.disabled = false;
    check();
  });
})();
