import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/report/escape.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function printable(text) {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to write as escapes.
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
var INVISIBLE = /[\u00ad\u061c\u115f\u1160\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]|\u034f|[\u17b4\u17b5]|[\u180b-\u180f]|[\ufe00-\ufe0f]/g;
function visible(text) {
  return printable(text).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var LIVE = /@|#\w|\bGH-\d|:\/\/|www\./i, AROUND = /^([([{"'<]*)(.*?)([)\]}"'>.,;:!?]*)$/s;
function inlineMarkdown(text) {
  let parts = visible(text.replace(/[\r\n]+/g, " ")).split("`"), out = "", plainText = "", pending, flush = () => {
    plainText !== "" ? out += escapePlain(plainText) : pending !== void 0 && (out += codeSpan(pending)), plainText = "", pending = void 0;
  }, code = (body) => {
    plainText !== "" && flush(), pending = (pending ?? "") + body;
  }, plain = (body) => {
    body !== "" && (pending !== void 0 && flush(), plainText += body);
  }, raw = (markdown) => {
    flush(), out += markdown;
  };
  for (let [i, part] of parts.entries()) {
    if (i % 2 === 1 && i < parts.length - 1) {
      code(part);
      continue;
    }
    if (i % 2 === 1 && raw("\\`"), !LIVE.test(part)) {
      plain(part);
      continue;
    }
    for (let [word] of part.matchAll(/\s+|\S+/g)) {
      let [, before = "", core = "", after = ""] = AROUND.exec(word) ?? [];
      /^\s/.test(word) || !LIVE.test(core) ? plain(word) : (plain(before), code(core), plain(after));
    }
  }
  return flush(), out;
}
function codeSpan(text) {
  let body = visible(text.replace(/`/g, "'").replace(/[\r\n]+/g, " ")).replace(/\|/g, "\\|");
  return body === "" ? "` `" : /^ .* $/.test(body) && !/^ +$/.test(body) ? `\` ${body} \`` : `\`${body}\``;
}
function inertText(text) {
  return visible(text).replace(/::/g, ":\\u003a");
}
function escapePlain(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\*_[\]()#|~!+=^{}$-])/g, "\\$1");
}

export {
  printable,
  inlineMarkdown,
  codeSpan,
  inertText
};
