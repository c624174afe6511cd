// A stand-in for Office.js (https://appsforoffice.microsoft.com/lib/1/hosted/office.js) in an Outlook compose window,
// for the browser tests only: the real one loads from a CDN that is unreachable here. It offers the calls the add-in
// makes with the shapes @types/office-js gives them (AsyncResult { status, value, error, asyncContext, diagnostics },
// Office's (options?, callback?) overloads, callbacks that always come later, never inside the call).
// The test sets the draft before the page loads as window.__officeStandinDraft = { bodyType, body, subject, to, from }
// and drives it through window.__officeStandin (not part of Office.js).
"use strict";

(function (global) {
  const Succeeded = "succeeded";
  const Failed = "failed";
  const given = global.__officeStandinDraft || {};
  const draft = {
    bodyType: given.bodyType || "text",
    body: given.body || "",
    subject: given.subject || "",
    to: given.to || [],
    from: given.from || { displayName: "Sam Carter", emailAddress: "sam@contoso.example" },
  };
  const calls = [];
  const handlers = {};

  // Office accepts (callback) or (options, callback); asyncContext comes back in the result.
  function split(optionsOrCallback, callback) {
    return typeof optionsOrCallback === "function" ? { options: {}, callback: optionsOrCallback } : { options: optionsOrCallback || {}, callback };
  }

  function answer(callback, options, value, error) {
    const result = {
      status: error ? Failed : Succeeded,
      value: error ? undefined : value,
      error: error ? { code: 9000, name: "GenericResponseError", message: error } : undefined,
      asyncContext: options.asyncContext,
      diagnostics: null,
    };
    if (typeof callback === "function") setTimeout(() => callback(result), 0);
  }

  const details = (d) => ({ displayName: d.displayName || "", emailAddress: d.emailAddress, recipientType: "externalUser", appointmentResponse: "none" });

  const item = {
    itemType: "message",
    body: {
      getTypeAsync(optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        calls.push({ method: "body.getTypeAsync" });
        answer(done, options, draft.bodyType);
      },
      getAsync(coercionType, optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        calls.push({ method: "body.getAsync", coercionType });
        // Real Outlook converts between the two; the tests always ask for the body's own type, so only that is offered.
        answer(done, options, draft.body, coercionType === draft.bodyType ? null : `the stand-in holds a ${draft.bodyType} body`);
      },
      setAsync(data, optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        const coercionType = options.coercionType || "text";
        calls.push({ method: "body.setAsync", coercionType });
        if (typeof data !== "string") return answer(done, options, undefined, "data must be a string");
        if (coercionType !== draft.bodyType) return answer(done, options, undefined, "the body type cannot change");
        draft.body = data;
        answer(done, options, undefined);
      },
    },
    subject: {
      getAsync(optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        answer(done, options, draft.subject);
      },
    },
    to: {
      getAsync(optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        answer(done, options, draft.to.map(details));
      },
    },
    from: {
      getAsync(optionsOrCallback, callback) {
        const { options, callback: done } = split(optionsOrCallback, callback);
        answer(done, options, details(draft.from));
      },
    },
  };

  const ready = { host: "Outlook", platform: "OfficeOnline" };
  const initialised = new Promise((resolve) => setTimeout(() => resolve(ready), 0));

  global.Office = {
    AsyncResultStatus: { Succeeded, Failed },
    CoercionType: { Text: "text", Html: "html", Matrix: "matrix", Table: "table", Ooxml: "ooxml", SlideRange: "slideRange", Image: "image", XmlSvg: "xmlSvg" },
    HostType: { Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    onReady(callback) {
      return initialised.then((info) => {
        if (typeof callback === "function") callback(info);
        return info;
      });
    },
    actions: {
      associate(actionId, actionFunction) {
        handlers[actionId] = actionFunction;
      },
    },
    context: {
      requirements: {
        // Requirement set versions compare by minor number ("1.9" < "1.13"); the tests choose the newest supported.
        isSetSupported: (name, version) => name === "Mailbox" && Number(String(version).split(".")[1] || 0) <= (given.mailboxMinor || 13),
      },
      mailbox: {
        item,
        userProfile: { displayName: draft.from.displayName, emailAddress: draft.from.emailAddress },
      },
    },
  };

  // Test controls: the draft as it now stands, the calls made, and a Send that resolves with what the handler completed.
  global.__officeStandin = {
    draft,
    calls,
    send(actionId = "onMessageSendHandler") {
      return new Promise((resolve, reject) => {
        const handler = handlers[actionId];
        if (!handler) return reject(new Error(`no handler associated with ${actionId}`));
        let completed = false;
        handler({
          type: "messageSending",
          completed(options) {
            if (completed) return reject(new Error("event.completed called twice"));
            completed = true;
            resolve(options || {});
          },
        });
      });
    },
  };
})(globalThis);
