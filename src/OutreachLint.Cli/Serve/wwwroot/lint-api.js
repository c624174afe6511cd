// The one way the page, the task pane and the on-send handler call POST /api/check: to this server's own origin,
// with the access token when one is stored, and with a time limit so a hung server can never hold up the rep.
// No DOM here: classic Outlook on Windows runs the on-send handler in a script-only runtime.
"use strict";

(function (global) {
  const TOKEN_KEY = "outreachlint.token";

  // The script-only runtime has no page address; the add-in's manifest names this one.
  const MANIFEST_ORIGIN = "https://localhost:5199";

  function origin() {
    const location = global.location;
    return location && location.origin && location.origin !== "null" ? location.origin : MANIFEST_ORIGIN;
  }

  function storage() {
    try {
      return global.localStorage || null;
    } catch {
      return null; // storage can be switched off; the API then works only without a token
    }
  }

  function saveToken(token) {
    const store = storage();
    if (store) store.setItem(TOKEN_KEY, token);
  }

  // Resolves to { ok, status, body } for any HTTP answer; rejects when the server cannot be reached in time.
  async function check(request, timeoutMs = 15000) {
    const headers = { "Content-Type": "application/json" };
    const token = storage() ? storage().getItem(TOKEN_KEY) : null;
    if (token) headers.Authorization = `Bearer ${token}`;
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
      const response = await fetch(`${origin()}/api/check`, {
        method: "POST",
        headers,
        body: JSON.stringify(request),
        signal: abort.signal,
        credentials: "omit",
      });
      const body = await response.json().catch(() => null);
      return { ok: response.ok && body !== null, status: response.status, body };
    } finally {
      clearTimeout(timer);
    }
  }

  global.OutreachLint = Object.assign(global.OutreachLint || {}, { api: { check, saveToken } });
})(globalThis);
