// Reads the open draft through Office.js into the /api/check request shape, and writes a body back.
// No DOM here: the on-send handler uses it in classic Outlook's script-only runtime too.
"use strict";

(function (global) {
  // Office's callback style as a promise: AsyncResult.status says which of value and error to use.
  function call(invoke) {
    return new Promise((resolve, reject) => {
      invoke((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
        else reject(new Error(result.error ? result.error.message : "Office call failed"));
      });
    });
  }

  // "Name" <address>, quoted so a name with a comma stays one address.
  const mailbox = (details) =>
    details && details.emailAddress
      ? details.displayName ? `"${details.displayName.replace(/["\\]/g, "")}" <${details.emailAddress}>` : details.emailAddress
      : null;

  // Compose mode offers getAsync on subject, to and from; read mode offers plain values.
  const valueOf = (field, fallback) =>
    field && typeof field.getAsync === "function" ? call((done) => field.getAsync(done)) : Promise.resolve(field === undefined ? fallback : field);

  async function read(item) {
    const bodyType = await call((done) => item.body.getTypeAsync(done));
    const coercion = bodyType === Office.CoercionType.Html ? Office.CoercionType.Html : Office.CoercionType.Text;
    const [body, subject, to, from] = await Promise.all([
      call((done) => item.body.getAsync(coercion, done)),
      valueOf(item.subject, ""),
      valueOf(item.to, []),
      // item.from needs Mailbox 1.7 in compose mode; before it, the signed-in user is the sender.
      valueOf(item.from, null).catch(() => null),
    ]);
    const sender = mailbox(from) || mailbox(Office.context.mailbox.userProfile);
    return {
      subject: subject || "",
      body,
      bodyType: coercion,
      from: sender,
      to: (to || []).map(mailbox).filter((m) => m !== null),
    };
  }

  function setBody(item, body, bodyType) {
    return call((done) => item.body.setAsync(body, { coercionType: bodyType }, done));
  }

  global.OutreachLint = Object.assign(global.OutreachLint || {}, { draft: { read, setBody } });
})(globalThis);
