// Office.js loads its host-specific parts by setting script URLs, which Trusted Types refuse unless a policy vouches
// for them. This default policy vouches only for script URLs on Office.js's own CDN; HTML and script text stay refused.
// It must run before office.js, so the add-in's pages load it first.
"use strict";

if (globalThis.trustedTypes && !globalThis.trustedTypes.defaultPolicy) {
  globalThis.trustedTypes.createPolicy("default", {
    createScriptURL: (url) => (new URL(url, location.href).origin === "https://appsforoffice.microsoft.com" ? url : null),
  });
}
