// The on-send check (Smart Alerts, soft block): a flagged draft gets a warning the rep can override with Send Anyway;
// a clean draft, or any failure to reach a verdict (server down, slow, refusing), lets the mail go. The linter
// advises; it must never trap the rep's mail.
"use strict";

(function (global) {
  // Outlook gives an on-send handler a few minutes at most; a local check answers in milliseconds.
  const TIMEOUT_MS = 5000;

  // Smart Alerts shows at most 500 characters.
  const MAX_MESSAGE = 500;
  const SENTENCE_RULES = /^OL00[1-3]$/;

  function message(result) {
    const flagged = result.findings.filter((f) => SENTENCE_RULES.test(f.id));
    const more = flagged.length > 1 ? ` (and ${flagged.length - 1} more)` : "";
    const tail = `${more}. Open OutreachLint's Check draft for rewrites. Send anyway?`;
    const room = MAX_MESSAGE - "This reads like a disguised pitch: “”".length - tail.length;
    const first = flagged[0].text.length > room ? `${flagged[0].text.slice(0, room - 1)}…` : flagged[0].text;
    return `This reads like a disguised pitch: “${first}”${tail}`;
  }

  async function verdict() {
    try {
      const request = await global.OutreachLint.draft.read(Office.context.mailbox.item);
      const answer = await global.OutreachLint.api.check(request, TIMEOUT_MS);
      return answer.ok ? answer.body : null;
    } catch {
      return null;
    }
  }

  async function onMessageSendHandler(event) {
    const result = await verdict();
    if (!result || !result.flagged) {
      event.completed({ allowEvent: true });
      return;
    }

    const options = { allowEvent: false, errorMessage: message(result) };
    // From Mailbox 1.14 the dialog's other button can open the task pane instead of only cancelling the send.
    if (Office.context.requirements && Office.context.requirements.isSetSupported("Mailbox", "1.14")) {
      options.cancelLabel = "Review";
      options.commandId = "ShowTaskPane";
    }

    event.completed(options);
  }

  Office.actions.associate("onMessageSendHandler", onMessageSendHandler);
})(globalThis);
