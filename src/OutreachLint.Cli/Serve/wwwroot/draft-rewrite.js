// Puts an accepted suggestion in place of its sentence in the draft's own body, leaving everything else as it was.
// The server judged the body's rendered text, so the sentence is found again by its words: runs of white space
// (line breaks, non-breaking spaces) match each other, and in HTML the sentence may cross element boundaries.
"use strict";

(function (global) {
  const POLICY = "outreachlint-draft-html";
  let policy = null;

  function pattern(sentence) {
    const words = sentence.trim().split(/[\s\u00a0]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(words.join("[\\s\\u00a0]+"));
  }

  // The first occurrence: the rep's words come before the quoted reply Outlook puts below them.
  function replaceInText(body, sentence, suggestion) {
    const match = pattern(sentence).exec(body);
    return match ? body.slice(0, match.index) + suggestion + body.slice(match.index + match[0].length) : null;
  }

  // The draft's HTML is parsed into an inert document (no scripts run, no images load, nothing is shown), edited as
  // text nodes, and serialised again. Trusted Types admit the parse only through this one named policy.
  function parseInert(html) {
    if (global.trustedTypes && policy === null) {
      policy = global.trustedTypes.createPolicy(POLICY, { createHTML: (s) => s });
    }

    return new DOMParser().parseFromString(policy ? policy.createHTML(html) : html, "text/html");
  }

  function replaceInHtml(html, sentence, suggestion) {
    const doc = parseInert(html);
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement && node.parentElement.closest("script, style, template") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    const nodes = [];
    let text = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length });
      text += node.data;
    }

    const match = pattern(sentence).exec(text);
    if (!match) return null;
    const start = match.index;
    const end = start + match[0].length;
    let placed = false;
    for (const { node, start: at } of nodes) {
      if (at >= end || at + node.data.length <= start) continue;
      const from = Math.max(start, at) - at;
      const to = Math.min(end, at + node.data.length) - at;
      // The suggestion goes where the sentence began; the sentence's text in later nodes is cut out, their markup kept.
      node.data = node.data.slice(0, from) + (placed ? "" : suggestion) + node.data.slice(to);
      placed = true;
    }

    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>` : "";
    return doctype + doc.documentElement.outerHTML;
  }

  global.OutreachLint = Object.assign(global.OutreachLint || {}, { rewrite: { replaceInText, replaceInHtml } });
})(globalThis);
