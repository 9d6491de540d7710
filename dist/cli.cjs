const __rollgateModuleUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key2 of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key2) && key2 !== except && __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);

// src/io/node-fs.ts
function fsPromises() {
  return fs.promises;
}
var import_node_module, fs, closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathNative, statSync, writeSync, init_node_fs = __esm({
  "src/io/node-fs.ts"() {
    "use strict";
    import_node_module = require("node:module"), fs = (0, import_node_module.createRequire)(__rollgateModuleUrl)("node:fs"), closeSync = fs.closeSync, constants = fs.constants, existsSync = fs.existsSync, fstatSync = fs.fstatSync, openSync = fs.openSync, readdirSync = fs.readdirSync, readFileSync = fs.readFileSync, readSync = fs.readSync, realpathNative = fs.realpathSync.native, statSync = fs.statSync, writeSync = fs.writeSync;
  }
});

// src/messages.ts
function formatMessage(template2, data = {}) {
  return template2.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole3, name) => Object.hasOwn(data, name) ? String(data[name]) : whole3
  );
}
var init_messages = __esm({
  "src/messages.ts"() {
    "use strict";
  }
});

// src/bad-input.ts
function yamlSyntaxFinding(code, place, data = {}) {
  return make("yaml/syntax", code, YAML_SYNTAX_MESSAGES[code], place, data);
}
function moreSyntaxErrors(count) {
  return `${count} more syntax error${count === 1 ? "" : "s"} follow, likely caused by the ones before.`;
}
function schemaFinding(code, place, data = {}) {
  return make("schema", code, SCHEMA_MESSAGES[code], place, data);
}
function isSchemaCode(code) {
  return Object.hasOwn(SCHEMA_MESSAGES, code);
}
function make(rule, code, template2, place, data) {
  let { severity = "error", file, line, column, ...subject } = place;
  return {
    rule,
    code,
    data,
    severity,
    message: formatMessage(template2, data),
    file,
    line,
    column,
    ...subject
  };
}
var PARSE, YAML_PACKAGE_MESSAGES, YAML_SYNTAX_MESSAGES, AT, SCHEMA_MESSAGES, init_bad_input = __esm({
  "src/bad-input.ts"() {
    "use strict";
    init_messages();
    PARSE = "The YAML does not parse: {{detail}}.", YAML_PACKAGE_MESSAGES = {
      ALIAS_PROPS: PARSE,
      BAD_ALIAS: PARSE,
      BAD_COLLECTION_TYPE: PARSE,
      BAD_DIRECTIVE: PARSE,
      BAD_DQ_ESCAPE: PARSE,
      BAD_INDENT: PARSE,
      BAD_PROP_ORDER: PARSE,
      BAD_SCALAR_START: PARSE,
      BLOCK_AS_IMPLICIT_KEY: PARSE,
      BLOCK_IN_FLOW: PARSE,
      IMPOSSIBLE: PARSE,
      KEY_OVER_1024_CHARS: PARSE,
      MISSING_CHAR: PARSE,
      MULTILINE_IMPLICIT_KEY: PARSE,
      MULTIPLE_ANCHORS: PARSE,
      MULTIPLE_DOCS: PARSE,
      MULTIPLE_TAGS: PARSE,
      NON_STRING_KEY: PARSE,
      RESOURCE_EXHAUSTION: PARSE,
      TAB_AS_INDENT: PARSE,
      TAG_RESOLVE_FAILED: PARSE,
      UNEXPECTED_TOKEN: PARSE
    }, YAML_SYNTAX_MESSAGES = {
      TOO_LARGE: "The file is {{size}} MiB; rollgate reads at most {{limit}} MiB.",
      UTF16: "The file is UTF-16 text; rollgate reads UTF-8. Save it as UTF-8.",
      NUL_BYTE: "The file holds binary data (a NUL byte); a manifest is YAML text.",
      NOT_UTF8: "The file is not UTF-8 text: it holds bytes UTF-8 cannot read (or U+FFFD, the character that stands for them), as a file saved as Latin-1 or another legacy encoding does. Save it as UTF-8.",
      TOO_DEEP: "The YAML nests deeper than {{limit}} levels; a manifest needs far fewer.",
      STACK_OVERFLOW: "The YAML nests too deeply to read; a manifest needs far fewer than {{limit}} levels.",
      UNREADABLE: "The YAML could not be read: {{detail}}.",
      DUPLICATE_KEY: "A key appears twice in one mapping ({{detail}}); YAML readers disagree on which wins, so remove one.",
      ...YAML_PACKAGE_MESSAGES,
      YAML_1_1: "The file asks for YAML {{version}} with a %YAML directive; rollgate reads YAML 1.2 only, where yes/no and 010 mean what they say. Remove the directive.",
      ALIAS_BOMB: `The YAML's aliases expand past {{limit}} nodes, which is how an alias bomb ("billion laughs") looks; write the values out.`,
      ALIAS_BEFORE_ANCHOR: "The alias *{{name}} comes before any anchor &{{name}}; set the anchor first, or write the value out."
    }, AT = "{{field}}{{where}}", SCHEMA_MESSAGES = {
      // The JSON Schemas' keywords, as ajv names them.
      type: `${AT} must be {{expected}}, not {{actual}}.`,
      required: "{{subject}} is missing `{{property}}`{{why}}.",
      additionalProperties: "{{subject}} has an unknown field `{{property}}`; check its spelling against the {{reference}}.",
      propertyNames: `${AT} has a name that is not allowed: {{name}}.`,
      pattern: `${AT} is {{value}}, which is not allowed: {{help}}.`,
      const: `${AT} must be {{allowed}}.`,
      enum: `${AT} must be one of {{allowed}}.`,
      format: `${AT} must be a date (YYYY-MM-DD) or an RFC 3339 date-time.`,
      minItems: `${AT} must have at least {{limit}} {{items}}.`,
      maxItems: `${AT} has more than {{limit}} entries.`,
      maxProperties: `${AT} has more than {{limit}} entries.`,
      uniqueItems: `${AT} lists the same value twice (items {{first}} and {{second}}).`,
      minimum: `${AT} must be at least {{limit}}.`,
      maximum: `${AT} must be at most {{limit}}.`,
      minLength: `${AT} {{detail}}.`,
      maxLength: `${AT} {{detail}}.`,
      minProperties: `${AT} {{detail}}.`,
      anyOf: `${AT} {{detail}}.`,
      oneOf: `${AT} {{detail}}.`,
      INVALID: `${AT} {{detail}}.`,
      // What rollgate reads more closely than a keyword says.
      EMPTY_FILE: "The {{what}} is empty; it must be a mapping that starts with apiVersion: rollgate/v1.",
      NUMBER_FOR_STRING: `${AT} is the YAML number {{written}}; write it as a string, "{{written}}", since YAML reads 1.10 as 1.1.`,
      EMPTY_NAME: `${AT} has an entry with an empty name (a YAML null or empty key); give it a name.`,
      TOO_MANY_KEYS: "This mapping has {{keys}} keys; no mapping of a manifest or pack holds more than {{most}} (a cluster runs at most 64 components). Remove the extra keys.",
      // A manifest's checks beyond its schema.
      FREEZE_ENDS_BEFORE_START: "The freeze from {{from}} to {{to}} ends before it starts.",
      FREEZE_WAVE_UNKNOWN: "A freeze names wave `{{wave}}`, which is not one of `waves` ({{waves}}); a freeze of no wave would cover nothing.",
      FREEZE_CLUSTER_UNKNOWN: "A freeze names cluster `{{cluster}}`, which is not one of the fleet's clusters; a freeze of no cluster would cover nothing.",
      DUPLICATE_CLUSTER: "Cluster name `{{cluster}}` is used twice; cluster names must be unique.",
      WAVE_MISSING: "Cluster {{which}} has no `wave`; the manifest sets `waves`, so every cluster names one of {{waves}}.",
      WAVE_WITHOUT_WAVES: "Cluster {{which}} names {{wave}}, but the manifest sets no `waves`; add `waves:` in promotion order.",
      WAVE_UNKNOWN: "Cluster `{{cluster}}` names wave `{{wave}}`, which is not one of `waves` ({{waves}}).",
      ROLLOUT_WAVE_UNKNOWN: "The `rollout` settings name wave `{{wave}}`, which is not {{waves}}.",
      DUPLICATE_MEMBER: "Member `{{member}}` appears twice in cluster `{{cluster}}`.",
      INCOMPLETE_COMPONENT: "{{which}} needs a `version`, or a `channel` with a `revision`, so rollgate knows what to pin.",
      CHANNEL_WITHOUT_REVISION: "{{which}} has a `channel` but no `revision`; add the revision the channel is pinned to, so rollgate knows what to pin.",
      REVISION_WITHOUT_CHANNEL: "{{which}} has a `revision` but no `channel`; add the channel (track/risk) the revision is of, so rollgate knows what to pin.",
      // A pack's checks beyond its schema.
      TRACKS_WITHOUT_VERSIONS: "{{which}} uses the tracks scheme, which needs `versions`: its tracks in release order.",
      ORDER_MISSING: "Component `{{component}}` is missing from `order`; every component has a place in the upgrade order.",
      ORDER_UNKNOWN: "`order` names `{{component}}`, which is not one of the pack's components.",
      REQUIRES_CYCLE: "The components' `requires` form a cycle ({{cycle}}); no upgrade order can satisfy it.",
      UNKNOWN_VERSION: "`{{version}}` is not a version the {{scheme}} scheme of `{{component}}` knows.",
      UNKNOWN_REFERENCE: "{{who}} `{{component}}`, which is not one of the pack's components.",
      REQUIRES_LATER_IN_ORDER: "`{{component}}` requires `{{other}}`, so `{{other}}` must come before it in `order`.",
      SKEW_UNKNOWN_COMPONENT: "`{{component}}` sets a skew against `{{other}}`, which is not one of the pack's components.",
      SKEW_SCHEMES_DIFFER: "`{{component}}` and `{{other}}` use different version schemes, so their skew cannot be measured.",
      UNLESS_AND_CREATES: "Step `{{step}}` has both `unless` and `creates`; `creates` is its own `unless`.",
      STEP_NOT_ON_CONTROL: "Step `{{step}}` has `on: control` or `each`, which only a component's `before` and `after` steps may.",
      EXPECT_NOT_REGEX: "Step `{{step}}` expects a `match` or `like` that is not a regular expression.",
      EXPECT_ONE_TEST: "Step `{{step}}` has a read-back check with {{count}} of is, has, lacks and like; give exactly one, the way the value read back is compared.",
      PARAM_NAME_TAKEN: "Parameter `{{param}}` has the name of a placeholder rollgate fills itself ({{placeholder}}); give it another name.",
      UNKNOWN_PLACEHOLDER: "Step `{{step}}` uses the placeholder {{placeholder}}; the known ones are {{known}}.",
      // A manifest against its pack.
      UNKNOWN_PACK: "The manifest's policy `{{policy}}` names no pack in the policies directory or among rollgate's built-in packs.{{known}}",
      PACK_PATH_NOT_FOUND: "The manifest's policy `{{policy}}` names no pack file: a pack path is relative to the manifest and must stay inside the directory rollgate runs in.",
      BASE_UNREADABLE: "The base manifest {{file}} could not be read{{reason}}; the rules that compare base and head were skipped.",
      MEMBER_COUNT: "Cluster {{cluster}} has {{size}}; a {{pack}} cluster has {{range}}.",
      UNKNOWN_COMPONENT: "{{component}} is not a component of the {{pack}} pack, which knows {{known}}.",
      VERSION_MISSING: "{{component}} needs {{needed}} for the {{pack}} pack to compare its versions.",
      UNREADABLE_VERSION: "{{component}} {{what}} {{version}} is not one the {{pack}} pack can read ({{scheme}}).{{known}}"
    };
  }
});

// stand-in:yaml
function loadSide(name) {
  let here = (0, import_node_url.fileURLToPath)(__rollgateModuleUrl), folder = (0, import_node_path.basename)((0, import_node_path.dirname)(here)) === "chunks" ? "./" : "./chunks/";
  return (0, import_node_module2.createRequire)(__rollgateModuleUrl)(folder + name);
}
function load() {
  return lib || (lib = loadSide("yaml.cjs"), Composer = lib.Composer, Document = lib.Document, Schema = lib.Schema, YAMLError = lib.YAMLError, YAMLParseError = lib.YAMLParseError, YAMLWarning = lib.YAMLWarning, Alias = lib.Alias, isAlias = lib.isAlias, isCollection = lib.isCollection, isDocument = lib.isDocument, isMap = lib.isMap, isNode = lib.isNode, isPair = lib.isPair, isScalar = lib.isScalar, isSeq = lib.isSeq, Pair = lib.Pair, Scalar = lib.Scalar, YAMLMap = lib.YAMLMap, YAMLSeq = lib.YAMLSeq, CST = lib.CST, Lexer = lib.Lexer, LineCounter = lib.LineCounter, Parser = lib.Parser, parse = lib.parse, parseAllDocuments = lib.parseAllDocuments, parseDocument = lib.parseDocument, stringify = lib.stringify, visit = lib.visit, visitAsync = lib.visitAsync, whole = lib, lib);
}
var import_node_module2, import_node_path, import_node_url, lib, later, Composer, Document, Schema, YAMLError, YAMLParseError, YAMLWarning, Alias, isAlias, isCollection, isDocument, isMap, isNode, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, CST, Lexer, LineCounter, Parser, parse, parseAllDocuments, parseDocument, stringify, visit, visitAsync, whole, init_yaml = __esm({
  "stand-in:yaml"() {
    import_node_module2 = require("node:module"), import_node_path = require("node:path"), import_node_url = require("node:url");
    later = (key2) => new Proxy(function() {
    }, {
      apply: (_, self, args) => Reflect.apply(load()[key2], self, args),
      construct: (_, args) => Reflect.construct(load()[key2], args),
      get: (_, property) => Reflect.get(load()[key2], property),
      has: (_, property) => Reflect.has(load()[key2], property)
    }), Composer = later("Composer"), Document = later("Document"), Schema = later("Schema"), YAMLError = later("YAMLError"), YAMLParseError = later("YAMLParseError"), YAMLWarning = later("YAMLWarning"), Alias = later("Alias"), isAlias = later("isAlias"), isCollection = later("isCollection"), isDocument = later("isDocument"), isMap = later("isMap"), isNode = later("isNode"), isPair = later("isPair"), isScalar = later("isScalar"), isSeq = later("isSeq"), Pair = later("Pair"), Scalar = later("Scalar"), YAMLMap = later("YAMLMap"), YAMLSeq = later("YAMLSeq"), CST = later("CST"), Lexer = later("Lexer"), LineCounter = later("LineCounter"), Parser = later("Parser"), parse = later("parse"), parseAllDocuments = later("parseAllDocuments"), parseDocument = later("parseDocument"), stringify = later("stringify"), visit = later("visit"), visitAsync = later("visitAsync"), whole = new Proxy({}, {
      get: (_, property) => Reflect.get(load(), property),
      has: (_, property) => Reflect.has(load(), property)
    });
  }
});

// src/manifest/source.ts
function lineCounterOf(text) {
  let lineStarts = [0];
  for (let i = text.indexOf(`
`); i >= 0; i = text.indexOf(`
`, i + 1)) lineStarts.push(i + 1);
  return new LineCounter2(lineStarts);
}
var YAML_LIMITS, LineCounter2, init_source = __esm({
  "src/manifest/source.ts"() {
    "use strict";
    YAML_LIMITS = {
      /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
      maxBytes: 33554432,
      /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
      maxDepth: 64,
      /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
      maxAliasCount: 1e4
    };
    LineCounter2 = class {
      constructor(lineStarts) {
        this.lineStarts = lineStarts;
      }
      lineStarts;
      /** The 1-based line and column of an offset (line 0 before the first line start, as the yaml package has it). */
      linePos(offset) {
        let starts = this.lineStarts, low = 0, high = starts.length;
        for (; low < high; ) {
          let mid = low + high >> 1;
          starts[mid] < offset ? low = mid + 1 : high = mid;
        }
        return starts[low] === offset ? { line: low + 1, col: 1 } : low === 0 ? { line: 0, col: offset } : { line: low, col: offset - starts[low - 1] + 1 };
      }
    };
  }
});

// src/manifest/compose.ts
function tokensOf(text) {
  return [...new Parser().parse(text)];
}
function composeFirstDocument(tokens2, length) {
  let composer = new Composer({ uniqueKeys: !1, strict: !0, version: "1.2", logLevel: "error" }), first;
  for (let document of composer.compose(tokens2, !0, length)) {
    if (!first) {
      first = document, first.errors.push(...duplicateKeyErrors(document.contents));
      continue;
    }
    first.errors.push(
      new YAMLParseError(
        [document.range[0], document.range[1]],
        "MULTIPLE_DOCS",
        "Source contains multiple documents; a manifest is one document"
      )
    );
    break;
  }
  return first;
}
function duplicateKeyErrors(root) {
  let errors = [], stack = [root];
  for (; stack.length > 0; ) {
    let node = stack.pop();
    if (isMap(node)) {
      let seen = /* @__PURE__ */ new Set();
      for (let item of node.items)
        isScalar(item.key) && (seen.has(item.key.value) && item.key.range && errors.push(
          new YAMLParseError(
            [item.key.range[0], item.key.range[1]],
            "DUPLICATE_KEY",
            "Map keys must be unique"
          )
        ), seen.add(item.key.value)), stack.push(item.value, item.key);
    } else if (isSeq(node))
      for (let item of node.items) stack.push(item);
    else isPair(node) && stack.push(node.value, node.key);
  }
  return errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
function* collectionDepths(tokens2, from) {
  let stack = tokens2.map((token) => [token, from]);
  for (; stack.length > 0; ) {
    let [token, depth] = stack.pop();
    if (token === null || typeof token != "object") continue;
    let { type, items, value } = token, collection = type === "block-map" || type === "block-seq" || type === "flow-collection", level = collection ? depth + 1 : depth;
    if (yield [token, level], type === "document" && stack.push([value, level]), collection && Array.isArray(items))
      for (let item of items)
        stack.push([item.key, level], [item.value, level]);
  }
}
function findTooDeepToken(tokens2) {
  for (let [token, level] of collectionDepths(tokens2, 0))
    if (level > YAML_LIMITS.maxDepth) return token.offset ?? 0;
}
function hasDeepTokenOrAlias(tokens2, depth) {
  for (let [token, level] of collectionDepths(tokens2, depth))
    if (token.type === "alias" || level > YAML_LIMITS.maxDepth) return !0;
  return !1;
}
function findTooDeepNode(root) {
  let stack = [[root, 1]];
  for (; stack.length > 0; ) {
    let [node, depth] = stack.pop();
    if (isMap(node) || isSeq(node)) {
      if (depth > YAML_LIMITS.maxDepth) return node;
      for (let item of node.items)
        isPair(item) ? stack.push([item.key, depth + 1], [item.value, depth + 1]) : stack.push([item, depth + 1]);
    }
  }
  return null;
}
var init_compose = __esm({
  "src/manifest/compose.ts"() {
    "use strict";
    init_yaml();
    init_source();
  }
});

// src/manifest/copy.ts
function copyOf(value) {
  if (value === null || typeof value != "object") return value;
  if (Array.isArray(value)) return value.map(copyOf);
  let copy = { ...value };
  for (let key2 in copy) {
    let item = copy[key2];
    item !== null && typeof item == "object" && (copy[key2] = copyOf(item));
  }
  return copy;
}
function ownString(text) {
  return text.length < 13 ? text : JSON.parse(JSON.stringify(text));
}
function ownValue(value) {
  if (typeof value == "string") return ownString(value);
  let copy = copyOf(value);
  return copy !== null && typeof copy == "object" && ownStringsIn(copy), copy;
}
function ownStringsIn(tree) {
  if (Array.isArray(tree)) {
    for (let at2 = 0; at2 < tree.length; at2++) {
      let item = tree[at2];
      typeof item == "string" ? tree[at2] = ownString(item) : item !== null && typeof item == "object" && ownStringsIn(item);
    }
    return;
  }
  let record = tree;
  for (let key2 in record) {
    let item = record[key2];
    typeof item == "string" ? record[key2] = ownString(item) : item !== null && typeof item == "object" && ownStringsIn(item);
  }
}
var init_copy = __esm({
  "src/manifest/copy.ts"() {
    "use strict";
  }
});

// src/manifest/plain-item.ts
function readPlainItem(text, indent) {
  if (UNUSUAL_CHARACTER.test(text) || text.includes("\r") && LONE_CR.test(text)) return NOT_PLAIN;
  try {
    return new PlainReader(text).item(indent);
  } catch (error) {
    if (error === GIVE_UP) return NOT_PLAIN;
    throw error;
  }
}
function giveUp() {
  throw GIVE_UP;
}
function isSeqEntry(text, start, end) {
  return text.charCodeAt(start) === 45 && (start + 1 === end || text.charCodeAt(start + 1) === 32);
}
function keyLength(text, from = 0, to = text.length) {
  let first = text.charCodeAt(from);
  if (!(isLetter(first) || first === 95)) return 0;
  let end = from + 1;
  for (; end < to && isKeyCharacter(text.charCodeAt(end)); ) end++;
  return end >= to || text.charCodeAt(end) !== 58 ? 0 : end + 1 === to || text.charCodeAt(end + 1) === 32 ? end - from : 0;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isKeyCharacter(code) {
  return isLetter(code) || code >= 48 && code <= 57 || code === 95 || code === 45 || code === 46 || code === 47;
}
function checkKey(key2, map) {
  (key2.length > 256 || key2 === "__proto__" || coreWord(key2) !== void 0) && giveUp(), Object.hasOwn(map, key2) && giveUp();
}
function coreWord(word) {
  if (word.length > 5) return;
  let first = word.charCodeAt(0) | 32;
  if (first === 110) return NULL.test(word) ? null : void 0;
  if (first === 116) return TRUE.test(word) ? !0 : void 0;
  if (first === 102) return FALSE.test(word) ? !1 : void 0;
}
function inlineValue(text) {
  let first = text.charCodeAt(0);
  if (first === 123 || first === 91) {
    let value = flowValues.get(text);
    if (value === void 0) {
      let [read3, end] = flowValue(text, 0, 0);
      onlyCommentAfter(text, end), flowValues.size >= FLOW_VALUES && flowValues.clear(), value = ownValue(read3), flowValues.set(ownString(text), value);
    }
    return copyOf(value);
  }
  if (first === 34 || first === 39) {
    let [value, end] = quoted(text, 0);
    return onlyCommentAfter(text, end), value;
  }
  let comment2 = text.indexOf(" #"), raw = (comment2 < 0 ? text : text.slice(0, comment2)).trimEnd();
  return plainScalar(raw, !1);
}
function onlyCommentAfter(text, from) {
  let at2 = from;
  for (; text.charCodeAt(at2) === 32; ) at2++;
  at2 !== text.length && (at2 === from || text.charCodeAt(at2) !== 35) && giveUp();
}
function quoted(text, from) {
  let quote = text[from], close = text.indexOf(quote, from + 1);
  close < 0 && giveUp();
  let body = text.slice(from + 1, close);
  return quote === '"' && body.includes("\\") && giveUp(), quote === "'" && text[close + 1] === "'" && giveUp(), [body, close + 1];
}
function flowValue(text, from, depth) {
  depth > MAX_DEPTH && giveUp();
  let at2 = skipSpaces(text, from), first = text.charCodeAt(at2);
  if (first === 123) {
    let map = {};
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 125) return [map, at2 + 1];
    for (; ; ) {
      let length = keyLength(text, at2);
      (length === 0 || text.charCodeAt(at2 + length + 1) !== 32) && giveUp();
      let key2 = text.slice(at2, at2 + length);
      checkKey(key2, map);
      let [value, end2] = flowValue(text, at2 + length + 1, depth + 1);
      map[key2] = value, at2 = skipSpaces(text, end2);
      let next = text.charCodeAt(at2);
      if (next === 125) return [map, at2 + 1];
      next !== 44 && giveUp(), at2 = skipSpaces(text, at2 + 1), (text.charCodeAt(at2) === 125 || text.charCodeAt(at2) === 44) && giveUp();
    }
  }
  if (first === 91) {
    let list = [];
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 93) return [list, at2 + 1];
    for (; ; ) {
      let [value, end2] = flowValue(text, at2, depth + 1);
      list.push(value), at2 = skipSpaces(text, end2);
      let next = text.charCodeAt(at2);
      if (next === 93) return [list, at2 + 1];
      next !== 44 && giveUp(), at2 = skipSpaces(text, at2 + 1), (text.charCodeAt(at2) === 93 || text.charCodeAt(at2) === 44) && giveUp();
    }
  }
  if (first === 34 || first === 39) return quoted(text, at2);
  let end = at2;
  for (; end < text.length; ) {
    let code = text.charCodeAt(end);
    if (code === 44 || code === 93 || code === 125) break;
    end++;
  }
  return end === text.length && giveUp(), [plainScalar(text.slice(at2, end).trimEnd(), !0), end];
}
function skipSpaces(text, from) {
  let at2 = from;
  for (; text.charCodeAt(at2) === 32; ) at2++;
  return at2;
}
function plainScalar(raw, flow) {
  let first = raw.charCodeAt(0);
  isLetter(first) || first >= 48 && first <= 57 || first === 95 || giveUp();
  for (let i = 1; i < raw.length; i++) {
    let code = raw.charCodeAt(i);
    // `#` after a space starts a comment; `a#b` is a string, and `#` there is safe.
    (code === 35 && raw.charCodeAt(i - 1) === 32 || code === 44 || code === 91 || code === 93 || code === 123 || code === 125 || code === 34 || code === 39 || code === 92 || code === 96) && giveUp(), code === 58 && (flow || i + 1 === raw.length || raw.charCodeAt(i + 1) === 32) && giveUp();
  }
  if (isLetter(first)) {
    let word = coreWord(raw);
    return word === void 0 ? raw : word;
  }
  return DECIMAL.test(raw) ? Number.parseInt(raw, 10) : (OTHER_NUMBER.test(raw) && giveUp(), FLOAT.test(raw) ? (raw.length > 15 && giveUp(), Number.parseFloat(raw)) : raw);
}
var NOT_PLAIN, GIVE_UP, UNUSUAL_CHARACTER, LONE_CR, MAX_DEPTH, NULL, TRUE, FALSE, DECIMAL, FLOAT, OTHER_NUMBER, PlainReader, flowValues, FLOW_VALUES, init_plain_item = __esm({
  "src/manifest/plain-item.ts"() {
    "use strict";
    init_copy();
    NOT_PLAIN = /* @__PURE__ */ Symbol("not plain"), GIVE_UP = new Error("not plain"), UNUSUAL_CHARACTER = /[^\x20-\x7e\n\r]/, LONE_CR = /\r(?!\n)/, MAX_DEPTH = 24, NULL = /^(?:[Nn]ull|NULL)$/, TRUE = /^(?:[Tt]rue|TRUE)$/, FALSE = /^(?:[Ff]alse|FALSE)$/, DECIMAL = /^[0-9]{1,15}$/, FLOAT = /^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/, OTHER_NUMBER = /^0(?:o[0-7]+|x[0-9a-fA-F]+)$/;
    PlainReader = class {
      constructor(text) {
        this.text = text;
        let length = text.length;
        for (let from = 0; from <= length; ) {
          let newline = text.indexOf(`
`, from);
          newline < 0 && (newline = length);
          let end = newline > from && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline, start = from;
          for (; start < end && text.charCodeAt(start) === 32; ) start++;
          start < end && (start === from && (text.startsWith("---", start) || text.startsWith("...", start)) && giveUp(), this.indents.push(start - from), this.starts.push(start), this.ends.push(end)), from = newline + 1;
        }
      }
      text;
      /**
       * The non-blank lines: their indentation, and where their text from there on starts and ends in `text` (a CR
       * before the LF left out); read by offset, so a line's text is cut out only where a value needs it.
       */
      indents = [];
      starts = [];
      ends = [];
      /** The line being read. */
      at = 0;
      depth = 0;
      item(indent) {
        this.skipComments(), (this.indents[this.at] !== indent || !this.isSeqEntryAt(this.at)) && giveUp();
        let list = this.sequence(indent);
        return this.skipComments(), (this.at !== this.indents.length || list.length !== 1) && giveUp(), list[0];
      }
      isSeqEntryAt(line) {
        return isSeqEntry(this.text, this.starts[line], this.ends[line]);
      }
      skipComments() {
        for (; this.at < this.starts.length && this.text.charCodeAt(this.starts[this.at]) === 35; )
          this.at++;
      }
      enter() {
        ++this.depth > MAX_DEPTH && giveUp();
      }
      /** A block sequence whose `-` are at `column`. */
      sequence(column) {
        this.enter();
        let text = this.text, list = [];
        for (; this.skipComments(), !(this.at >= this.indents.length); ) {
          let indent = this.indents[this.at];
          if (indent < column || (indent > column && giveUp(), !this.isSeqEntryAt(this.at))) break;
          let contentStart = this.starts[this.at], end = this.ends[this.at], start = contentStart + 1;
          for (; start < end && text.charCodeAt(start) === 32; ) start++;
          start === end || text.charCodeAt(start) === 35 ? (this.at++, list.push(this.blockValue(column, !1))) : keyLength(text, start, end) > 0 ? list.push(this.mapping(column + (start - contentStart), start)) : (list.push(inlineValue(text.slice(start, end))), this.at++, this.noContinuation(column));
        }
        return this.depth--, list;
      }
      /** A block mapping whose keys are at `column`; `first` is where its first entry starts when on a list entry's line. */
      mapping(column, first) {
        this.enter();
        let text = this.text, map = {}, content = first;
        for (; ; ) {
          if (content === void 0) {
            if (this.skipComments(), this.at >= this.indents.length) break;
            let indent = this.indents[this.at];
            if (indent < column) break;
            indent > column && giveUp(), content = this.starts[this.at];
          }
          let end = this.ends[this.at], length = keyLength(text, content, end);
          length === 0 && giveUp();
          let key2 = text.slice(content, content + length);
          checkKey(key2, map);
          let start = content + length + 1;
          for (; start < end && text.charCodeAt(start) === 32; ) start++;
          start === end || text.charCodeAt(start) === 35 ? (this.at++, map[key2] = this.blockValue(column, !0)) : (map[key2] = inlineValue(text.slice(start, end)), this.at++, this.noContinuation(column)), content = void 0;
        }
        return this.depth--, map;
      }
      /**
       * The value of a key or list entry with nothing after it on its line: the block indented under it (or, for a
       * key, a list at the key's own column), else null.
       */
      blockValue(column, listAtColumn) {
        if (this.skipComments(), this.at >= this.indents.length) return null;
        let indent = this.indents[this.at], entry = this.isSeqEntryAt(this.at);
        return indent > column ? entry ? this.sequence(indent) : this.mapping(indent) : listAtColumn && indent === column && entry ? this.sequence(indent) : null;
      }
      /** After a value on its own line, a deeper line (even a comment) would continue it: not plain. */
      noContinuation(column) {
        this.at < this.indents.length && this.indents[this.at] > column && giveUp();
      }
    };
    flowValues = /* @__PURE__ */ new Map(), FLOW_VALUES = 4096;
  }
});

// src/manifest/pieces.ts
function readInPieces(text, file, known) {
  let keyLine = new RegExp(`^${PIECES_KEY}:[ \\t]*(?:#[^\\n]*)?\\r?$`, "m").exec(text);
  if (!keyLine) return;
  let listFrom = keyLine.index + keyLine[0].length + 1, starts = [], ends = [], lines = [], line = 1;
  for (let i = text.indexOf(`
`); i >= 0 && i < listFrom; i = text.indexOf(`
`, i + 1)) line++;
  let indent = -1, trailerAt = text.length;
  for (let at2 = listFrom; at2 < text.length; line++) {
    let newline = text.indexOf(`
`, at2), next = newline < 0 ? text.length : newline + 1;
    if (indent >= 0 && indentedPast(text, at2, indent)) {
      at2 = next;
      continue;
    }
    let column = 0;
    for (; text.charCodeAt(at2 + column) === 32; ) column++;
    let first = text.charCodeAt(at2 + column);
    if (!(Number.isNaN(first) || first === 10 || first === 13 || first === 35)) {
      let after = text.charCodeAt(at2 + column + 1), item = first === 45 && (after === 32 || after === 10 || after === 13 || Number.isNaN(after));
      if (indent < 0) {
        if (!item) return;
        indent = column;
      }
      if (item && column === indent)
        starts.length > 0 && ends.push(at2), starts.push(at2), lines.push(line);
      else if (column <= indent) {
        trailerAt = at2;
        break;
      }
    }
    at2 = next;
  }
  if (starts.length === 0) return;
  ends.push(trailerAt);
  let header2 = text.slice(0, starts[0]);
  if (/^%/m.test(header2)) return;
  let trailerShift = trailerAt - starts[0], outside2 = header2 + text.slice(trailerAt), document, outsideValue = readPlainTopLevel(outside2);
  if (outsideValue === NOT_PLAIN) {
    if (document = readPiece(outside2, 0), !document || !isMap(document.contents)) return;
    let listPair = document.contents.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === PIECES_KEY
    ), listValue = listPair?.value;
    if (!listPair || listValue !== null && !(isScalar(listValue) && listValue.value === null && !listValue.tag && !listValue.anchor))
      return;
    outsideValue = document.toJS();
  } else if (outsideValue === null || typeof outsideValue != "object" || Array.isArray(outsideValue) || outsideValue[PIECES_KEY] !== null)
    return;
  let items = [], copied = /* @__PURE__ */ new Set(), plain = new Uint8Array(starts.length), knownPlain = known?.pieces?.plain, knownList = known?.value?.[PIECES_KEY] ?? [], knownItem = knownItems(known);
  for (let i = 0; i < starts.length; i++) {
    let itemText = text.slice(starts[i], ends[i]), same = knownItem(itemText, i);
    if (same !== void 0) {
      items.push(copyOf(knownList[same])), copied.add(i), knownPlain && (plain[i] = knownPlain[same]);
      continue;
    }
    let value2 = readPlainItem(itemText, indent);
    if (value2 !== NOT_PLAIN) {
      plain[i] = 1, items.push(value2);
      continue;
    }
    let piece = readPiece(itemText, 1);
    if (!piece || !isSeq(piece.contents) || piece.contents.items.length !== 1) return;
    items.push(piece.toJS()[0]);
  }
  let value = outsideValue;
  value[PIECES_KEY] = items;
  let lineCounter;
  return {
    file,
    text,
    get document() {
      return document ??= readPiece(outside2, 0), document;
    },
    get lineCounter() {
      return lineCounter ??= lineCounterOf(text), lineCounter;
    },
    value,
    pieces: {
      key: PIECES_KEY,
      starts,
      ends,
      indent,
      trailerFrom: header2.length,
      trailerShift,
      cache: /* @__PURE__ */ new Map(),
      plain,
      lines,
      ...copied.size > 0 ? { copied } : {}
    }
  };
}
function readPlainTopLevel(text) {
  let lines = text.split(`
`), first = !0;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) return NOT_PLAIN;
    if (line.trim() !== "")
      if (first && !line.startsWith("#")) {
        if (line.startsWith(" ")) return NOT_PLAIN;
        lines[i] = `- ${line}`, first = !1;
      } else
        lines[i] = `  ${line}`;
  }
  return first ? NOT_PLAIN : readPlainItem(lines.join(`
`), 0);
}
function indentedPast(text, at2, indent) {
  for (let column = 0; column <= indent; column++) if (text.charCodeAt(at2 + column) !== 32) return !1;
  return !0;
}
function knownItems(known) {
  let pieces = known?.pieces, list = known?.value?.[PIECES_KEY];
  if (!known || !pieces || !Array.isArray(list)) return () => {
  };
  let { starts, ends } = pieces, same = (index, text) => ends[index] - starts[index] === text.length && known.text.slice(starts[index], ends[index]) === text, byFirstLine;
  return (text, index) => {
    if (index < starts.length && same(index, text)) return index;
    if (!byFirstLine) {
      byFirstLine = /* @__PURE__ */ new Map();
      for (let i = 0; i < starts.length; i++) {
        let key2 = firstLine(known.text, starts[i], ends[i]), indexes = byFirstLine.get(key2);
        indexes ? indexes.push(i) : byFirstLine.set(key2, [i]);
      }
    }
    let candidates2 = byFirstLine.get(firstLine(text, 0, text.length));
    if (!(!candidates2 || candidates2.length > 8))
      return candidates2.find((at2) => same(at2, text));
  };
}
function firstLine(text, from, to) {
  let newline = text.indexOf(`
`, from);
  return text.slice(from, newline < 0 || newline > to ? to : newline);
}
function readPiece(text, depth) {
  let tokens2 = tokensOf(text);
  if (hasDeepTokenOrAlias(tokens2, depth)) return;
  let document = composeFirstDocument(tokens2, text.length);
  return document.errors.length > 0 ? void 0 : document;
}
function itemDocument(source, pieces, index) {
  let document = pieces.cache.get(index);
  return document || (document = readPiece(source.text.slice(pieces.starts[index], pieces.ends[index]), 1), pieces.cache.size >= PIECES_CACHE && pieces.cache.delete(pieces.cache.keys().next().value), pieces.cache.set(index, document), document);
}
var PIECES_FROM, PIECES_KEY, PIECES_CACHE, init_pieces = __esm({
  "src/manifest/pieces.ts"() {
    "use strict";
    init_yaml();
    init_compose();
    init_copy();
    init_plain_item();
    init_source();
    PIECES_FROM = 0, PIECES_KEY = "clusters", PIECES_CACHE = 16;
  }
});

// src/manifest/plain-position.ts
function plainItemNode(text, indent) {
  let locator = new Locator(text);
  return locator.skipComments(), locator.sequence(indent).items?.[0] ?? null;
}
function plainNodeAt(root, path14) {
  let node = root;
  for (let segment of path14) {
    if (!node) return;
    if (node.entries) {
      let entry = node.entries.get(String(segment));
      if (!entry) break;
      node = entry.value;
    } else if (node.items && typeof segment == "number") {
      let next = node.items[segment];
      if (next === void 0) break;
      node = next;
    } else
      break;
  }
  return node ?? void 0;
}
function plainKeyAt(root, path14) {
  return path14.length === 0 ? void 0 : plainNodeAt(root, path14.slice(0, -1))?.entries?.get(String(path14[path14.length - 1]))?.key;
}
function inlineNode(rest, offset) {
  let first = rest.charCodeAt(0);
  if (first === 123 || first === 91 || first === 34 || first === 39)
    return flowNode(rest, 0, offset)[0];
  let comment2 = rest.indexOf(" #"), raw = (comment2 < 0 ? rest : rest.slice(0, comment2)).trimEnd();
  return { start: offset, end: offset + raw.length };
}
function flowNode(text, from, offset) {
  let at2 = skipSpaces(text, from), first = text.charCodeAt(at2);
  if (first === 123) {
    let node = { start: offset + at2, entries: /* @__PURE__ */ new Map() };
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 125) return [node, at2 + 1];
    for (; ; ) {
      let length = keyLength(text, at2), [value, end2] = flowNode(text, at2 + length + 1, offset);
      if (node.entries?.set(text.slice(at2, at2 + length), { key: offset + at2, value }), at2 = skipSpaces(text, end2), text.charCodeAt(at2) === 125) return [node, at2 + 1];
      at2 = skipSpaces(text, at2 + 1);
    }
  }
  if (first === 91) {
    let node = { start: offset + at2, items: [] };
    if (at2 = skipSpaces(text, at2 + 1), text.charCodeAt(at2) === 93) return [node, at2 + 1];
    for (; ; ) {
      let [value, end2] = flowNode(text, at2, offset);
      if (node.items?.push(value), at2 = skipSpaces(text, end2), text.charCodeAt(at2) === 93) return [node, at2 + 1];
      at2 = skipSpaces(text, at2 + 1);
    }
  }
  if (first === 34 || first === 39) {
    let close = text.indexOf(text[at2], at2 + 1);
    return [{ start: offset + at2, end: offset + close + 1 }, close + 1];
  }
  let end = at2;
  for (; end < text.length; ) {
    let code = text.charCodeAt(end);
    if (code === 44 || code === 93 || code === 125) break;
    end++;
  }
  let raw = text.slice(at2, end).trimEnd();
  return [{ start: offset + at2, end: offset + at2 + raw.length }, end];
}
var isSeqEntry2, Locator, init_plain_position = __esm({
  "src/manifest/plain-position.ts"() {
    "use strict";
    init_plain_item();
    isSeqEntry2 = (content) => content === "-" || content.startsWith("- "), Locator = class {
      offsets = [];
      indents = [];
      contents = [];
      comments = [];
      at = 0;
      constructor(text) {
        let offset = 0;
        for (let full of text.split(`
`)) {
          let line = full.endsWith("\r") ? full.slice(0, -1) : full, indent = 0;
          for (; line.charCodeAt(indent) === 32; ) indent++;
          if (indent < line.length) {
            let content = line.slice(indent);
            this.offsets.push(offset), this.indents.push(indent), this.contents.push(content), this.comments.push(
              content.charCodeAt(0) === 35
              /* # */
            );
          }
          offset += full.length + 1;
        }
      }
      skipComments() {
        for (; this.at < this.comments.length && this.comments[this.at]; ) this.at++;
      }
      /** Where a character of the line being read sits in the item. */
      offsetOf(column) {
        return this.offsets[this.at] + column;
      }
      sequence(column) {
        let node = { start: this.offsetOf(column), items: [] }, items = node.items;
        for (; this.skipComments(), !(this.at >= this.indents.length); ) {
          let indent = this.indents[this.at], content = this.contents[this.at];
          if (indent !== column || !isSeqEntry2(content)) break;
          let start = 1;
          for (; content.charCodeAt(start) === 32; ) start++;
          let rest = content.slice(start);
          rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, items.push(this.blockValue(column, !1))) : keyLength(rest) > 0 ? items.push(this.mapping(column + start, rest)) : (items.push(inlineNode(rest, this.offsetOf(column + start))), this.at++);
        }
        return node;
      }
      mapping(column, first) {
        let node = { start: this.offsetOf(column), entries: /* @__PURE__ */ new Map() }, entries = node.entries, content = first;
        for (; ; ) {
          if (content === void 0) {
            if (this.skipComments(), this.at >= this.indents.length || this.indents[this.at] !== column) break;
            content = this.contents[this.at];
          }
          let length = keyLength(content), key2 = this.offsetOf(column), start = length + 1;
          for (; content.charCodeAt(start) === 32; ) start++;
          let rest = content.slice(start);
          rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, entries.set(content.slice(0, length), { key: key2, value: this.blockValue(column, !0) })) : (entries.set(content.slice(0, length), {
            key: key2,
            value: inlineNode(rest, this.offsetOf(column + start))
          }), this.at++), content = void 0;
        }
        return node;
      }
      blockValue(column, listAtColumn) {
        if (this.skipComments(), this.at >= this.indents.length) return null;
        let indent = this.indents[this.at], content = this.contents[this.at];
        return indent > column ? isSeqEntry2(content) ? this.sequence(indent) : this.mapping(indent) : listAtColumn && indent === column && isSeqEntry2(content) ? this.sequence(indent) : null;
      }
    };
  }
});

// src/manifest/positions.ts
function plainItem(source, path14) {
  let pieces = source.pieces;
  if (!pieces || path14.length < 2 || String(path14[0]) !== pieces.key) return;
  let index = path14[1];
  if (typeof index != "number" || index < 0 || index >= pieces.starts.length) return;
  let cache2 = plainItems.get(pieces);
  cache2 || (cache2 = /* @__PURE__ */ new Map(), plainItems.set(pieces, cache2));
  let root = cache2.get(index), start = pieces.starts[index];
  if (root === void 0) {
    let text = source.text.slice(start, pieces.ends[index]);
    root = (pieces.plain ? pieces.plain[index] === 1 : readPlainItem(text, pieces.indent) !== NOT_PLAIN) ? plainItemNode(text, pieces.indent) : !1, cache2.size >= PLAIN_CACHE && cache2.delete(cache2.keys().next().value), cache2.set(index, root);
  }
  return root === !1 ? void 0 : { start, root, rest: path14.slice(2), ...pieces.lines ? { line: pieces.lines[index] } : {} };
}
function locate(source, path14) {
  let pieces = source.pieces;
  if (pieces && path14.length > 0 && String(path14[0]) === pieces.key) {
    let index = path14[1];
    if (typeof index == "number" && index >= 0 && index < pieces.starts.length) {
      let document = itemDocument(source, pieces, index), start = pieces.starts[index], item = isSeq(document.contents) ? document.contents.items[0] : null;
      return { node: walk(document, item, path14.slice(2)), document, fileOffset: (offset) => offset + start };
    }
    return {
      node: null,
      document: source.document,
      fileOffset: (offset) => offset,
      listStart: pieces.starts[0] + pieces.indent
    };
  }
  let trailer = pieces ? (offset) => offset >= pieces.trailerFrom ? offset + pieces.trailerShift : offset : (offset) => offset;
  return {
    node: walk(source.document, source.document.contents, path14),
    document: source.document,
    fileOffset: trailer
  };
}
function pairOf(map, key2) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let item of map.items)
      isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)) && index.set(String(item.key.value), item);
    pairIndex.set(map, index);
  }
  return index.get(String(key2));
}
function walk(document, root, path14) {
  let node = root;
  for (let segment of path14)
    if (isAlias(node) && (node = node.resolve(document)), isMap(node)) {
      let pair = pairOf(node, segment);
      if (!pair) break;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment == "number") {
      let next = node.items[segment];
      if (next === void 0) break;
      node = next;
    } else
      break;
  return node ?? null;
}
function startOffset(located) {
  return located.listStart !== void 0 ? located.listStart : located.fileOffset(located.node?.range?.[0] ?? 0);
}
function positionOf(source, path14) {
  let plain = plainItem(source, path14), node = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && node) return linePosition(source, plain.start + node.start, plain);
  let pos = source.lineCounter.linePos(startOffset(locate(source, path14)));
  return { line: pos.line, column: pos.col };
}
function keyPositionOf(source, path14) {
  if (path14.length === 0) return { line: 1, column: 1 };
  let plain = plainItem(source, path14);
  if (plain) {
    let key2 = plainKeyAt(plain.root, plain.rest);
    return key2 === void 0 ? positionOf(source, path14) : linePosition(source, plain.start + key2, plain);
  }
  let parent = locate(source, path14.slice(0, -1)), last = path14[path14.length - 1], resolved = isAlias(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if (isMap(resolved)) {
    let pair = pairOf(resolved, last);
    if (pair && isScalar(pair.key) && pair.key.range) {
      let pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path14);
}
function sourceTextAt(source, path14) {
  let plain = plainItem(source, path14), plainNode = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && plainNode)
    return plainNode.end === void 0 ? void 0 : source.text.slice(plain.start + plainNode.start, plain.start + plainNode.end).trim();
  let located = locate(source, path14), node = located.node;
  if (isScalar(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
}
function linePosition(source, offset, item) {
  if (item?.line !== void 0 && offset >= item.start) {
    let line = item.line, lineStart = item.start;
    for (let i = source.text.indexOf(`
`, item.start); i >= 0 && i < offset; i = source.text.indexOf(`
`, i + 1))
      line++, lineStart = i + 1;
    return { line, column: offset - lineStart + 1 };
  }
  let pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}
var plainItems, PLAIN_CACHE, pairIndex, init_positions = __esm({
  "src/manifest/positions.ts"() {
    "use strict";
    init_yaml();
    init_pieces();
    init_plain_item();
    init_plain_position();
    plainItems = /* @__PURE__ */ new WeakMap(), PLAIN_CACHE = 64;
    pairIndex = /* @__PURE__ */ new WeakMap();
  }
});

// src/manifest/to-fleet.ts
function byName(record) {
  let map = new Bare();
  for (let key2 in record) map[key2] = record[key2];
  return map;
}
function Bare() {
}
function toFleet(raw) {
  return {
    policy: raw.policy,
    ...raw.waves ? { waves: raw.waves } : {},
    ...raw.rollout ? { rollout: rolloutSettings(raw.rollout) } : {},
    freeze: (raw.freeze ?? []).map((f, index) => ({ ...f, index })),
    clusters: raw.clusters.map(toCluster)
  };
}
function toCluster(c, index) {
  let cluster = { name: c.name };
  return c.wave !== void 0 && (cluster.wave = c.wave), c.proxy !== void 0 && (cluster.proxy = c.proxy), c.architecture !== void 0 && (cluster.architecture = c.architecture), c.runner !== void 0 && (cluster.runner = c.runner), c.pauseAfterMember !== void 0 && (cluster.pauseAfterMember = c.pauseAfterMember), c.params !== void 0 && (cluster.params = byName(c.params)), cluster.components = byName(c.components), cluster.index = index, cluster.members = c.members.map(toMember), cluster;
}
function toMember(m, index) {
  if (typeof m == "string") return { name: m, role: "worker", workload: "live", index };
  let member = { name: m.name, role: m.role ?? "worker", workload: m.workload ?? "live" };
  return m.migrationAttempts !== void 0 && (member.migrationAttempts = m.migrationAttempts), m.components && Object.keys(m.components).length > 0 && (member.overrides = byName(m.components)), member.index = index, member;
}
function rolloutSettings(raw) {
  return {
    ...raw.parallel !== void 0 ? { parallel: raw.parallel } : {},
    ...raw.maxFailures !== void 0 ? { maxFailures: raw.maxFailures } : {},
    ...raw.waves ? { waves: byName(raw.waves) } : {}
  };
}
var init_to_fleet = __esm({
  "src/manifest/to-fleet.ts"() {
    "use strict";
    Bare.prototype = /* @__PURE__ */ Object.create(null);
  }
});

// src/schema/conditions.ts
function explainCondition(schema2, error, path14, root) {
  if (schema2 === "fleet") return explainFleet(error, path14, root);
  if (schema2 === "policy") return explainPolicy(error, path14);
}
function explainFleet(error, path14, root) {
  let [top, index, field, name] = path14;
  if (top !== "clusters" || typeof index != "number") return;
  let cluster = at(root, ["clusters", index]), clusterName = named(at(cluster, ["name"]), LABEL), clusterText = clusterName === void 0 ? `number ${index + 1}` : `\`${clusterName}\``, about = clusterName === void 0 ? {} : { cluster: clusterName };
  if (path14.length === 2 && error.keyword === "required" && error.params.missingProperty === "wave") {
    let waves = listOf(at(root, ["waves"])).filter((wave) => LABEL.test(wave));
    return {
      code: "WAVE_MISSING",
      data: { which: clusterText, waves: waves.join(", ") },
      atKey: !1,
      about
    };
  }
  if (path14.length === 3 && field === "wave" && error.keyword === "false schema") {
    let wave = named(at(cluster, ["wave"]), LABEL);
    return {
      code: "WAVE_WITHOUT_WAVES",
      data: { which: clusterText, wave: wave === void 0 ? "a wave" : `wave \`${wave}\`` },
      atKey: !1,
      about
    };
  }
  if (path14.length === 4 && field === "components" && typeof name == "string") {
    let missing = error.params.missingProperty;
    if (!(error.keyword === "required" || error.keyword === "dependentRequired") || missing !== "channel" && missing !== "revision") return;
    let component = named(name, COMPONENT), componentText = component === void 0 ? "A component" : `Component \`${component}\``, state = at(cluster, ["components", name]), hasRevision = at(state, ["revision"]) !== void 0;
    return {
      code: missing === "revision" ? "CHANNEL_WITHOUT_REVISION" : hasRevision ? "REVISION_WITHOUT_CHANNEL" : "INCOMPLETE_COMPONENT",
      data: { which: componentText },
      atKey: !0,
      about: { ...about, ...component === void 0 ? {} : { component } }
    };
  }
}
function explainPolicy(error, path14) {
  let [top, name, field, list] = path14;
  if (top !== "components" || typeof name != "string" || field !== "versioning" || !(path14.length === 3 && error.keyword === "required" && error.params.missingProperty === "versions" || path14.length === 4 && list === "versions" && error.keyword === "minItems" && error.schemaPath.includes("/then/"))) return;
  let component = named(name, COMPONENT);
  return {
    code: "TRACKS_WITHOUT_VERSIONS",
    data: { which: component === void 0 ? "A component" : `Component \`${component}\`` },
    atKey: !1,
    about: {}
  };
}
function at(value, path14) {
  let current = value;
  for (let key2 of path14) {
    if (current === null || typeof current != "object" || !Object.hasOwn(current, key2)) return;
    current = current[key2];
  }
  return current;
}
function named(value, pattern) {
  return typeof value == "string" && pattern.test(value) ? value : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item == "string") : [];
}
var LABEL, COMPONENT, init_conditions = __esm({
  "src/schema/conditions.ts"() {
    "use strict";
    LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, COMPONENT = /^[a-z0-9][a-z0-9._-]{0,62}$/;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return !0;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return !1;
        var length, i, keys;
        if (Array.isArray(a)) {
          if (length = a.length, length != b.length) return !1;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return !1;
          return !0;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        if (keys = Object.keys(a), length = keys.length, length !== Object.keys(b).length) return !1;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return !1;
        for (i = length; i-- !== 0; ) {
          var key2 = keys[i];
          if (!equal(a[key2], b[key2])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare2) {
      return { validate, compare: compare2 };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(!0), compareTime),
      "date-time": fmtDef(getDateTime(!0), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: !0,
      // unchecked string payload
      binary: !0
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/, DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      let matches = DATE.exec(str);
      if (!matches)
        return !1;
      let year = +matches[1], month = +matches[2], day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (d1 && d2)
        return d1 > d2 ? 1 : d1 < d2 ? -1 : 0;
    }
    var TIME2 = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str) {
        let matches = TIME2.exec(str);
        if (!matches)
          return !1;
        let hr = +matches[1], min = +matches[2], sec = +matches[3], tz = matches[4], tzSign = matches[5] === "-" ? -1 : 1, tzH = +(matches[6] || 0), tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return !1;
        if (hr <= 23 && min <= 59 && sec < 60)
          return !0;
        let utcMin = min - tzM * tzSign, utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return;
      let t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf(), t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (t1 && t2)
        return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return;
      let a1 = TIME2.exec(t1), a2 = TIME2.exec(t2);
      if (a1 && a2)
        return t1 = a1[1] + a1[2] + a1[3], t2 = a2[1] + a2[2] + a2[3], t1 > t2 ? 1 : t1 < t2 ? -1 : 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      let time = getTime(strictTimeZone);
      return function(str) {
        let dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let d1 = new Date(dt1).valueOf(), d2 = new Date(dt2).valueOf();
      if (d1 && d2)
        return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return;
      let [d1, t1] = dt1.split(DATE_TIME_SEPARATOR), [d2, t2] = dt2.split(DATE_TIME_SEPARATOR), res = compareDate(d1, d2);
      if (res !== void 0)
        return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/, URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      return BYTE.lastIndex = 0, BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31), MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return !0;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return !1;
      try {
        return new RegExp(str), !0;
      } catch {
        return !1;
      }
    }
  }
});

// src/schema/validators.ts
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties", schema: 64, parentSchema: schema49, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data) {
      let _errs1 = errors;
      if (typeof key0 == "string") {
        if (!pattern17.test(key0)) {
          let err1 = { instancePath, schemaPath: "#/$defs/componentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema50, data: key0, propertyName: key0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath, schemaPath: "#/$defs/componentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: key0, propertyName: key0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema49.propertyNames, parentSchema: schema49, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    for (let key1 in data) {
      let data0 = data[key1];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (let key2 in data0)
          if (!(key2 === "version" || key2 === "channel" || key2 === "revision" || key2 === "hold" || key2 === "cohort")) {
            let err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/component/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema51, data: data0 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        if (data0.version !== void 0) {
          let data1 = data0.version;
          if (typeof data1 == "string") {
            if (!pattern18.test(data1)) {
              let err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/$defs/component/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", parentSchema: schema51.properties.version, data: data1 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
          } else {
            let err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/$defs/component/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.version.type, parentSchema: schema51.properties.version, data: data1 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
        }
        if (data0.channel !== void 0) {
          let data2 = data0.channel;
          if (typeof data2 == "string") {
            if (!pattern19.test(data2)) {
              let err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/channel", schemaPath: "#/$defs/component/properties/channel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", parentSchema: schema51.properties.channel, data: data2 };
              vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
            }
          } else {
            let err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/channel", schemaPath: "#/$defs/component/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.channel.type, parentSchema: schema51.properties.channel, data: data2 };
            vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
          }
        }
        if (data0.revision !== void 0) {
          let data3 = data0.revision;
          if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
            let err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.revision.type, parentSchema: schema51.properties.revision, data: data3 };
            vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 4294967295 || isNaN(data3)) {
              let err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema51.properties.revision, data: data3 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
            if (data3 < 1 || isNaN(data3)) {
              let err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/revision", schemaPath: "#/$defs/component/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.revision, data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          }
        }
        if (data0.hold !== void 0) {
          let data4 = data0.hold;
          if (typeof data4 != "boolean") {
            let err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/hold", schemaPath: "#/$defs/component/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.hold.type, parentSchema: schema51.properties.hold, data: data4 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data0.cohort !== void 0) {
          let data5 = data0.cohort;
          if (typeof data5 != "boolean") {
            let err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/cohort", schemaPath: "#/$defs/component/properties/cohort/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.cohort.type, parentSchema: schema51.properties.cohort, data: data5 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/component/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data: data0 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
  } else {
    let err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
  }
  return validate23.errors = vErrors, errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate22.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs0 = errors, valid0 = !1, _errs1 = errors;
  if (typeof data == "string") {
    if (!pattern15.test(data)) {
      let err0 = { instancePath, schemaPath: "#/$defs/hostname/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", parentSchema: schema47, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
  } else {
    let err1 = { instancePath, schemaPath: "#/$defs/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  let _errs4 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema46.anyOf[1].required, parentSchema: schema46.anyOf[1], data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "name" || key0 === "role" || key0 === "workload" || key0 === "migrationAttempts" || key0 === "components")) {
        let err3 = { instancePath, schemaPath: "#/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema46.anyOf[1], data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern15.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/hostname/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", parentSchema: schema47, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/hostname/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (!(data1 === "control" || data1 === "worker")) {
        let err6 = { instancePath: instancePath + "/role", schemaPath: "#/anyOf/1/properties/role/enum", keyword: "enum", params: { allowedValues: schema46.anyOf[1].properties.role.enum }, message: "must be equal to one of the allowed values", schema: schema46.anyOf[1].properties.role.enum, parentSchema: schema46.anyOf[1].properties.role, data: data1 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.workload !== void 0) {
      let data2 = data.workload;
      if (!(data2 === "live" || data2 === "manual" || data2 === "skip")) {
        let err7 = { instancePath: instancePath + "/workload", schemaPath: "#/anyOf/1/properties/workload/enum", keyword: "enum", params: { allowedValues: schema46.anyOf[1].properties.workload.enum }, message: "must be equal to one of the allowed values", schema: schema46.anyOf[1].properties.workload.enum, parentSchema: schema46.anyOf[1].properties.workload, data: data2 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.migrationAttempts !== void 0) {
      let data3 = data.migrationAttempts;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        let err8 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema46.anyOf[1].properties.migrationAttempts.type, parentSchema: schema46.anyOf[1].properties.migrationAttempts, data: data3 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 20 || isNaN(data3)) {
          let err9 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/maximum", keyword: "maximum", params: { comparison: "<=", limit: 20 }, message: "must be <= 20", schema: 20, parentSchema: schema46.anyOf[1].properties.migrationAttempts, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          let err10 = { instancePath: instancePath + "/migrationAttempts", schemaPath: "#/anyOf/1/properties/migrationAttempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema46.anyOf[1].properties.migrationAttempts, data: data3 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
      }
    }
    data.components !== void 0 && (validate23(data.components, { instancePath: instancePath + "/components", parentData: data, parentDataProperty: "components", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length));
  } else {
    let err11 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.anyOf[1].type, parentSchema: schema46.anyOf[1], data };
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  var _valid0 = _errs4 === errors;
  if (valid0 = valid0 || _valid0, _valid0)
    var props0 = !0;
  if (valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err12 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema46.anyOf, parentSchema: schema46, data };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  return validate22.errors = vErrors, evaluated0.props = props0, errors === 0;
}
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    for (let key0 in data)
      if (!(key0 === "version" || key0 === "channel" || key0 === "revision" || key0 === "hold" || key0 === "cohort")) {
        let err0 = { instancePath, schemaPath: "#/$defs/component/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema51, data };
        vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
      }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (typeof data0 == "string") {
        if (!pattern18.test(data0)) {
          let err1 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/component/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", parentSchema: schema51.properties.version, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/version", schemaPath: "#/$defs/component/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.version.type, parentSchema: schema51.properties.version, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.channel !== void 0) {
      let data1 = data.channel;
      if (typeof data1 == "string") {
        if (!pattern19.test(data1)) {
          let err3 = { instancePath: instancePath + "/channel", schemaPath: "#/$defs/component/properties/channel/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", parentSchema: schema51.properties.channel, data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/channel", schemaPath: "#/$defs/component/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.channel.type, parentSchema: schema51.properties.channel, data: data1 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.revision !== void 0) {
      let data2 = data.revision;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        let err5 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema51.properties.revision.type, parentSchema: schema51.properties.revision, data: data2 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 4294967295 || isNaN(data2)) {
          let err6 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema51.properties.revision, data: data2 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          let err7 = { instancePath: instancePath + "/revision", schemaPath: "#/$defs/component/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema51.properties.revision, data: data2 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
    }
    if (data.hold !== void 0) {
      let data3 = data.hold;
      if (typeof data3 != "boolean") {
        let err8 = { instancePath: instancePath + "/hold", schemaPath: "#/$defs/component/properties/hold/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.hold.type, parentSchema: schema51.properties.hold, data: data3 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.cohort !== void 0) {
      let data4 = data.cohort;
      if (typeof data4 != "boolean") {
        let err9 = { instancePath: instancePath + "/cohort", schemaPath: "#/$defs/component/properties/cohort/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema51.properties.cohort.type, parentSchema: schema51.properties.cohort, data: data4 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
  } else {
    let err10 = { instancePath, schemaPath: "#/$defs/component/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
  }
  let _errs14 = errors, valid2 = !0, _errs15 = errors;
  if (data && typeof data == "object" && !Array.isArray(data) && data.version !== void 0) {
    let err11 = {};
    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
  }
  var _valid0 = _errs15 === errors;
  if (errors = _errs14, vErrors !== null && (_errs14 ? vErrors.length = _errs14 : vErrors = null), _valid0) {
    let _errs16 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.channel === void 0) {
      let err12 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema54.then.required, parentSchema: schema54.then, data };
      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
    }
    var _valid0 = _errs16 === errors;
    valid2 = _valid0;
  }
  if (!valid2) {
    let err13 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema54.if, parentSchema: schema54, data };
    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.channel !== void 0 && data.revision === void 0) {
      let err14 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
        property: "channel",
        missingProperty: "revision",
        depsCount: 1,
        deps: "revision"
      }, message: "must have property revision when property channel is present", schema: schema54.dependentRequired, parentSchema: schema54, data };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.revision !== void 0 && data.channel === void 0) {
      let err15 = { instancePath, schemaPath: "#/dependentRequired", keyword: "dependentRequired", params: {
        property: "revision",
        missingProperty: "channel",
        depsCount: 1,
        deps: "channel"
      }, message: "must have property channel when property revision is present", schema: schema54.dependentRequired, parentSchema: schema54, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
  } else {
    let err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
  }
  return validate27.errors = vErrors, errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length > 64) {
      let err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties", schema: 64, parentSchema: schema52, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data) {
      let _errs1 = errors;
      if (typeof key0 == "string") {
        if (!pattern17.test(key0)) {
          let err1 = { instancePath, schemaPath: "#/$defs/componentName/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema50, data: key0, propertyName: key0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath, schemaPath: "#/$defs/componentName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.type, parentSchema: schema50, data: key0, propertyName: key0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        let err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema52.propertyNames, parentSchema: schema52, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    for (let key1 in data)
      validate27(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors), errors = vErrors.length);
  } else {
    let err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  return validate26.errors = vErrors, errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema42.required, parentSchema: schema42, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.members === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "members" }, message: "must have required property 'members'", schema: schema42.required, parentSchema: schema42, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.components === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema42.required, parentSchema: schema42, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    for (let key0 in data)
      if (!func5.call(schema42.properties, key0)) {
        let err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema42, data };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern5.test(data0)) {
          let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data0 };
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        }
      } else {
        let err5 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    if (data.wave !== void 0) {
      let data1 = data.wave;
      if (typeof data1 == "string") {
        if (!pattern5.test(data1)) {
          let err6 = { instancePath: instancePath + "/wave", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data1 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
      } else {
        let err7 = { instancePath: instancePath + "/wave", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.proxy !== void 0) {
      let data2 = data.proxy;
      if (typeof data2 == "string") {
        if (!pattern5.test(data2)) {
          let err8 = { instancePath: instancePath + "/proxy", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
      } else {
        let err9 = { instancePath: instancePath + "/proxy", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data2 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
    }
    if (data.architecture !== void 0) {
      let data3 = data.architecture;
      if (!(data3 === "amd64" || data3 === "arm64" || data3 === "armhf" || data3 === "i386" || data3 === "ppc64el" || data3 === "riscv64" || data3 === "s390x")) {
        let err10 = { instancePath: instancePath + "/architecture", schemaPath: "#/properties/architecture/enum", keyword: "enum", params: { allowedValues: schema42.properties.architecture.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.architecture.enum, parentSchema: schema42.properties.architecture, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.runner !== void 0) {
      let data4 = data.runner;
      if (Array.isArray(data4)) {
        if (data4.length > 8) {
          let err11 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema42.properties.runner, data: data4 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        if (data4.length < 1) {
          let err12 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.runner, data: data4 };
          vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
        }
        let len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 == "string") {
            if (!pattern12.test(data5)) {
              let err13 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", parentSchema: schema42.properties.runner.items, data: data5 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
          } else {
            let err14 = { instancePath: instancePath + "/runner/" + i0, schemaPath: "#/properties/runner/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.runner.items.type, parentSchema: schema42.properties.runner.items, data: data5 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
      } else {
        let err15 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.runner.type, parentSchema: schema42.properties.runner, data: data4 };
        vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
      }
    }
    if (data.pauseAfterMember !== void 0) {
      let data6 = data.pauseAfterMember;
      if (!(data6 === "first" || data6 === "all" || data6 === "none")) {
        let err16 = { instancePath: instancePath + "/pauseAfterMember", schemaPath: "#/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema42.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema42.properties.pauseAfterMember.enum, parentSchema: schema42.properties.pauseAfterMember, data: data6 };
        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
      }
    }
    if (data.params !== void 0) {
      let data7 = data.params;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length > 16) {
          let err17 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/maxProperties", keyword: "maxProperties", params: { limit: 16 }, message: "must NOT have more than 16 properties", schema: 16, parentSchema: schema42.properties.params, data: data7 };
          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
        }
        for (let key1 in data7) {
          let _errs19 = errors;
          if (typeof key1 == "string") {
            if (!pattern13.test(key1)) {
              let err18 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,30}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,30}$"', schema: "^[a-z][a-z0-9-]{0,30}$", parentSchema: schema42.properties.params.propertyNames, data: key1, propertyName: key1 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
          } else {
            let err19 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.params.propertyNames.type, parentSchema: schema42.properties.params.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
          var valid6 = _errs19 === errors;
          if (!valid6) {
            let err20 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema42.properties.params.propertyNames, parentSchema: schema42.properties.params, data: data7 };
            vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
          }
        }
        for (let key2 in data7) {
          let data8 = data7[key2];
          if (typeof data8 == "string") {
            if (!pattern14.test(data8)) {
              let err21 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", parentSchema: schema42.properties.params.additionalProperties, data: data8 };
              vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
            }
          } else {
            let err22 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema42.properties.params.additionalProperties.type, parentSchema: schema42.properties.params.additionalProperties, data: data8 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.properties.params.type, parentSchema: schema42.properties.params, data: data7 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.members !== void 0) {
      let data9 = data.members;
      if (Array.isArray(data9)) {
        if (data9.length < 1) {
          let err24 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema42.properties.members, data: data9 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        let len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++)
          validate22(data9[i1], { instancePath: instancePath + "/members/" + i1, parentData: data9, parentDataProperty: i1, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length);
      } else {
        let err25 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema42.properties.members.type, parentSchema: schema42.properties.members, data: data9 };
        vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
      }
    }
    data.components !== void 0 && (validate26(data.components, { instancePath: instancePath + "/components", parentData: data, parentDataProperty: "components", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors), errors = vErrors.length));
  } else {
    let err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs2 = errors, valid1 = !0, _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.waves === void 0 && (missing0 = "waves")) {
      let err0 = {};
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    } else if (data.waves !== void 0) {
      let data0 = data.waves;
      if (errors === errors)
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            let err1 = {};
            vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
          }
        } else {
          let err2 = {};
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
    }
  }
  var _valid0 = _errs3 === errors;
  if (errors = _errs2, vErrors !== null && (_errs2 ? vErrors.length = _errs2 : vErrors = null), _valid0) {
    let _errs6 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.clusters !== void 0) {
      let data1 = data.clusters;
      if (Array.isArray(data1)) {
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.wave === void 0) {
              let err3 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/allOf/0/then/properties/clusters/items/required", keyword: "required", params: { missingProperty: "wave" }, message: "must have required property 'wave'", schema: schema31.allOf[0].then.properties.clusters.items.required, parentSchema: schema31.allOf[0].then.properties.clusters.items, data: data2 };
              vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
            }
          } else {
            let err4 = { instancePath: instancePath + "/clusters/" + i0, schemaPath: "#/allOf/0/then/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.allOf[0].then.properties.clusters.items.type, parentSchema: schema31.allOf[0].then.properties.clusters.items, data: data2 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        }
      } else {
        let err5 = { instancePath: instancePath + "/clusters", schemaPath: "#/allOf/0/then/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.allOf[0].then.properties.clusters.type, parentSchema: schema31.allOf[0].then.properties.clusters, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    }
    var _valid0 = _errs6 === errors;
    if (valid1 = _valid0, valid1) {
      var props0 = {};
      props0.clusters = !0, props0.waves = !0;
    }
  }
  if (!valid1) {
    let err6 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[0].if, parentSchema: schema31.allOf[0], data };
    vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
  }
  let _errs12 = errors, valid6 = !0, _errs13 = errors;
  if (errors === _errs13)
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.waves !== void 0) {
        let err7 = {};
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    } else {
      let err8 = {};
      vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
    }
  var _valid1 = _errs13 === errors;
  if (errors = _errs12, vErrors !== null && (_errs12 ? vErrors.length = _errs12 : vErrors = null), _valid1) {
    let _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data) && data.clusters !== void 0) {
      let data4 = data.clusters;
      if (Array.isArray(data4)) {
        let len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.wave !== void 0) {
              let err9 = { instancePath: instancePath + "/clusters/" + i1 + "/wave", schemaPath: "#/allOf/1/then/properties/clusters/items/properties/wave/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: !1, parentSchema: schema31.allOf[1].then.properties.clusters.items.properties.wave, data: data5.wave };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/clusters/" + i1, schemaPath: "#/allOf/1/then/properties/clusters/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.allOf[1].then.properties.clusters.items.type, parentSchema: schema31.allOf[1].then.properties.clusters.items, data: data5 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
      } else {
        let err11 = { instancePath: instancePath + "/clusters", schemaPath: "#/allOf/1/then/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.allOf[1].then.properties.clusters.type, parentSchema: schema31.allOf[1].then.properties.clusters, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    var _valid1 = _errs15 === errors;
    if (valid6 = _valid1, valid6) {
      var props1 = {};
      props1.clusters = !0, props1.waves = !0;
    }
  }
  if (!valid6) {
    let err12 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema31.allOf[1].if, parentSchema: schema31.allOf[1], data };
    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
  }
  if (props0 !== !0 && props1 !== void 0 && (props1 === !0 ? props0 = !0 : (props0 = props0 || {}, Object.assign(props0, props1))), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
    }
    if (data.kind === void 0) {
      let err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
    }
    if (data.policy === void 0) {
      let err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "policy" }, message: "must have required property 'policy'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
    }
    if (data.clusters === void 0) {
      let err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clusters" }, message: "must have required property 'clusters'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
    }
    for (let key0 in data)
      if (!(key0 === "$schema" || key0 === "apiVersion" || key0 === "kind" || key0 === "policy" || key0 === "waves" || key0 === "rollout" || key0 === "freeze" || key0 === "clusters")) {
        let err17 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
    if (data.$schema !== void 0) {
      let data7 = data.$schema;
      if (typeof data7 != "string") {
        let err18 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data7 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data8 = data.apiVersion;
      if (data8 !== "rollgate/v1") {
        let err19 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema31.properties.apiVersion, data: data8 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (data9 !== "Fleet") {
        let err20 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Fleet" }, message: "must be equal to constant", schema: "Fleet", parentSchema: schema31.properties.kind, data: data9 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.policy !== void 0) {
      let data10 = data.policy;
      if (typeof data10 == "string") {
        if (!pattern4.test(data10)) {
          let err21 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/pattern", keyword: "pattern", params: { pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, message: 'must match pattern "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$"', schema: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", parentSchema: schema31.properties.policy, data: data10 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
      } else {
        let err22 = { instancePath: instancePath + "/policy", schemaPath: "#/properties/policy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.policy.type, parentSchema: schema31.properties.policy, data: data10 };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
    if (data.waves !== void 0) {
      let data11 = data.waves;
      if (Array.isArray(data11)) {
        if (data11.length > 32) {
          let err23 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.waves, data: data11 };
          vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
        }
        if (data11.length < 1) {
          let err24 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.waves, data: data11 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        let len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 == "string") {
            if (!pattern5.test(data12)) {
              let err25 = { instancePath: instancePath + "/waves/" + i2, schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data12 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/waves/" + i2, schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data12 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
        let i3 = data11.length, j0;
        if (i3 > 1) {
          outer0: for (; i3--; )
            for (j0 = i3; j0--; )
              if (func0(data11[i3], data11[j0])) {
                let err27 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: !0, parentSchema: schema31.properties.waves, data: data11 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                break outer0;
              }
        }
      } else {
        let err28 = { instancePath: instancePath + "/waves", schemaPath: "#/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.waves.type, parentSchema: schema31.properties.waves, data: data11 };
        vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data13 = data.rollout;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        for (let key1 in data13)
          if (!(key1 === "parallel" || key1 === "maxFailures" || key1 === "waves")) {
            let err29 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.rollout, data: data13 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        if (data13.parallel !== void 0) {
          let data14 = data13.parallel;
          if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
            let err30 = { instancePath: instancePath + "/rollout/parallel", schemaPath: "#/$defs/parallel/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.type, parentSchema: schema33, data: data14 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 256 || isNaN(data14)) {
              let err31 = { instancePath: instancePath + "/rollout/parallel", schemaPath: "#/$defs/parallel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema33, data: data14 };
              vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
            }
            if (data14 < 1 || isNaN(data14)) {
              let err32 = { instancePath: instancePath + "/rollout/parallel", schemaPath: "#/$defs/parallel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33, data: data14 };
              vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
            }
          }
        }
        if (data13.maxFailures !== void 0) {
          let data15 = data13.maxFailures;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            let err33 = { instancePath: instancePath + "/rollout/maxFailures", schemaPath: "#/$defs/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data15 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 65536 || isNaN(data15)) {
              let err34 = { instancePath: instancePath + "/rollout/maxFailures", schemaPath: "#/$defs/maxFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema34, data: data15 };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              let err35 = { instancePath: instancePath + "/rollout/maxFailures", schemaPath: "#/$defs/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data15 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
          }
        }
        if (data13.waves !== void 0) {
          let data16 = data13.waves;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            if (Object.keys(data16).length > 32) {
              let err36 = { instancePath: instancePath + "/rollout/waves", schemaPath: "#/properties/rollout/properties/waves/maxProperties", keyword: "maxProperties", params: { limit: 32 }, message: "must NOT have more than 32 properties", schema: 32, parentSchema: schema31.properties.rollout.properties.waves, data: data16 };
              vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
            }
            for (let key2 in data16) {
              let _errs43 = errors;
              if (typeof key2 == "string") {
                if (!pattern5.test(key2)) {
                  let err37 = { instancePath: instancePath + "/rollout/waves", schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: key2, propertyName: key2 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
              } else {
                let err38 = { instancePath: instancePath + "/rollout/waves", schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: key2, propertyName: key2 };
                vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
              }
              var valid20 = _errs43 === errors;
              if (!valid20) {
                let err39 = { instancePath: instancePath + "/rollout/waves", schemaPath: "#/properties/rollout/properties/waves/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema31.properties.rollout.properties.waves.propertyNames, parentSchema: schema31.properties.rollout.properties.waves, data: data16 };
                vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
              }
            }
            for (let key3 in data16) {
              let data17 = data16[key3];
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (let key4 in data17)
                  if (!(key4 === "parallel" || key4 === "maxFailures")) {
                    let err40 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/waves/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.rollout.properties.waves.additionalProperties, data: data17 };
                    vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                  }
                if (data17.parallel !== void 0) {
                  let data18 = data17.parallel;
                  if (!(typeof data18 == "number" && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
                    let err41 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallel", schemaPath: "#/$defs/parallel/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.type, parentSchema: schema33, data: data18 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 > 256 || isNaN(data18)) {
                      let err42 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallel", schemaPath: "#/$defs/parallel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema33, data: data18 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                    if (data18 < 1 || isNaN(data18)) {
                      let err43 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/parallel", schemaPath: "#/$defs/parallel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33, data: data18 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  }
                }
                if (data17.maxFailures !== void 0) {
                  let data19 = data17.maxFailures;
                  if (!(typeof data19 == "number" && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
                    let err44 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxFailures", schemaPath: "#/$defs/maxFailures/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.type, parentSchema: schema34, data: data19 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 > 65536 || isNaN(data19)) {
                      let err45 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxFailures", schemaPath: "#/$defs/maxFailures/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536", schema: 65536, parentSchema: schema34, data: data19 };
                      vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                    }
                    if (data19 < 0 || isNaN(data19)) {
                      let err46 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1") + "/maxFailures", schemaPath: "#/$defs/maxFailures/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data19 };
                      vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                    }
                  }
                }
              } else {
                let err47 = { instancePath: instancePath + "/rollout/waves/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rollout/properties/waves/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.properties.waves.additionalProperties.type, parentSchema: schema31.properties.rollout.properties.waves.additionalProperties, data: data17 };
                vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
              }
            }
          } else {
            let err48 = { instancePath: instancePath + "/rollout/waves", schemaPath: "#/properties/rollout/properties/waves/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.properties.waves.type, parentSchema: schema31.properties.rollout.properties.waves, data: data16 };
            vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
          }
        }
      } else {
        let err49 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.type, parentSchema: schema31.properties.rollout, data: data13 };
        vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
      }
    }
    if (data.freeze !== void 0) {
      let data20 = data.freeze;
      if (Array.isArray(data20)) {
        if (data20.length > 256) {
          let err50 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items", schema: 256, parentSchema: schema31.properties.freeze, data: data20 };
          vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
        }
        let len3 = data20.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data21 = data20[i4];
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.from === void 0) {
              let err51 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data21 };
              vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
            }
            if (data21.to === void 0) {
              let err52 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema31.properties.freeze.items.required, parentSchema: schema31.properties.freeze.items, data: data21 };
              vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
            }
            for (let key5 in data21)
              if (!(key5 === "from" || key5 === "to" || key5 === "reason" || key5 === "waves" || key5 === "clusters")) {
                let err53 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.freeze.items, data: data21 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            if (data21.from !== void 0) {
              let data22 = data21.from;
              if (typeof data22 != "string") {
                let err54 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data22 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
              let _errs64 = errors, valid30 = !1, _errs65 = errors;
              if (typeof data22 == "string" && !formats0.validate(data22)) {
                let err55 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema38.anyOf[0], data: data22 };
                vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
              }
              var _valid2 = _errs65 === errors;
              valid30 = valid30 || _valid2;
              let _errs66 = errors;
              if (typeof data22 == "string" && !formats2.validate(data22)) {
                let err56 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema38.anyOf[1], data: data22 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
              var _valid2 = _errs66 === errors;
              if (valid30 = valid30 || _valid2, valid30)
                errors = _errs64, vErrors !== null && (_errs64 ? vErrors.length = _errs64 : vErrors = null);
              else {
                let err57 = { instancePath: instancePath + "/freeze/" + i4 + "/from", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema38.anyOf, parentSchema: schema38, data: data22 };
                vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
              }
            }
            if (data21.to !== void 0) {
              let data23 = data21.to;
              if (typeof data23 != "string") {
                let err58 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data23 };
                vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
              }
              let _errs70 = errors, valid32 = !1, _errs71 = errors;
              if (typeof data23 == "string" && !formats0.validate(data23)) {
                let err59 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf/0/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema38.anyOf[0], data: data23 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
              var _valid3 = _errs71 === errors;
              valid32 = valid32 || _valid3;
              let _errs72 = errors;
              if (typeof data23 == "string" && !formats2.validate(data23)) {
                let err60 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf/1/format", keyword: "format", params: { format: "date-time" }, message: 'must match format "date-time"', schema: "date-time", parentSchema: schema38.anyOf[1], data: data23 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
              var _valid3 = _errs72 === errors;
              if (valid32 = valid32 || _valid3, valid32)
                errors = _errs70, vErrors !== null && (_errs70 ? vErrors.length = _errs70 : vErrors = null);
              else {
                let err61 = { instancePath: instancePath + "/freeze/" + i4 + "/to", schemaPath: "#/$defs/moment/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema38.anyOf, parentSchema: schema38, data: data23 };
                vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
              }
            }
            if (data21.reason !== void 0) {
              let data24 = data21.reason;
              if (typeof data24 == "string") {
                if (func2(data24) > 200) {
                  let err62 = { instancePath: instancePath + "/freeze/" + i4 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema31.properties.freeze.items.properties.reason, data: data24 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              } else {
                let err63 = { instancePath: instancePath + "/freeze/" + i4 + "/reason", schemaPath: "#/properties/freeze/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.freeze.items.properties.reason.type, parentSchema: schema31.properties.freeze.items.properties.reason, data: data24 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            }
            if (data21.waves !== void 0) {
              let data25 = data21.waves;
              if (Array.isArray(data25)) {
                if (data25.length > 32) {
                  let err64 = { instancePath: instancePath + "/freeze/" + i4 + "/waves", schemaPath: "#/properties/freeze/items/properties/waves/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema31.properties.freeze.items.properties.waves, data: data25 };
                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                }
                if (data25.length < 1) {
                  let err65 = { instancePath: instancePath + "/freeze/" + i4 + "/waves", schemaPath: "#/properties/freeze/items/properties/waves/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.freeze.items.properties.waves, data: data25 };
                  vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
                }
                let len4 = data25.length;
                for (let i5 = 0; i5 < len4; i5++) {
                  let data26 = data25[i5];
                  if (typeof data26 == "string") {
                    if (!pattern5.test(data26)) {
                      let err66 = { instancePath: instancePath + "/freeze/" + i4 + "/waves/" + i5, schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data26 };
                      vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
                    }
                  } else {
                    let err67 = { instancePath: instancePath + "/freeze/" + i4 + "/waves/" + i5, schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data26 };
                    vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
                  }
                }
                let i6 = data25.length, j1;
                if (i6 > 1) {
                  outer1: for (; i6--; )
                    for (j1 = i6; j1--; )
                      if (func0(data25[i6], data25[j1])) {
                        let err68 = { instancePath: instancePath + "/freeze/" + i4 + "/waves", schemaPath: "#/properties/freeze/items/properties/waves/uniqueItems", keyword: "uniqueItems", params: { i: i6, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i6 + " are identical)", schema: !0, parentSchema: schema31.properties.freeze.items.properties.waves, data: data25 };
                        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
                        break outer1;
                      }
                }
              } else {
                let err69 = { instancePath: instancePath + "/freeze/" + i4 + "/waves", schemaPath: "#/properties/freeze/items/properties/waves/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.freeze.items.properties.waves.type, parentSchema: schema31.properties.freeze.items.properties.waves, data: data25 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
            if (data21.clusters !== void 0) {
              let data27 = data21.clusters;
              if (Array.isArray(data27)) {
                if (data27.length > 1e4) {
                  let err70 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters", schemaPath: "#/properties/freeze/items/properties/clusters/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items", schema: 1e4, parentSchema: schema31.properties.freeze.items.properties.clusters, data: data27 };
                  vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
                }
                if (data27.length < 1) {
                  let err71 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters", schemaPath: "#/properties/freeze/items/properties/clusters/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.freeze.items.properties.clusters, data: data27 };
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                }
                let len5 = data27.length;
                for (let i7 = 0; i7 < len5; i7++) {
                  let data28 = data27[i7];
                  if (typeof data28 == "string") {
                    if (!pattern5.test(data28)) {
                      let err72 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters/" + i7, schemaPath: "#/$defs/label/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"', schema: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", parentSchema: schema32, data: data28 };
                      vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
                    }
                  } else {
                    let err73 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters/" + i7, schemaPath: "#/$defs/label/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data28 };
                    vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
                  }
                }
                let i8 = data27.length, j2;
                if (i8 > 1) {
                  outer2: for (; i8--; )
                    for (j2 = i8; j2--; )
                      if (func0(data27[i8], data27[j2])) {
                        let err74 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters", schemaPath: "#/properties/freeze/items/properties/clusters/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i8 + " are identical)", schema: !0, parentSchema: schema31.properties.freeze.items.properties.clusters, data: data27 };
                        vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
                        break outer2;
                      }
                }
              } else {
                let err75 = { instancePath: instancePath + "/freeze/" + i4 + "/clusters", schemaPath: "#/properties/freeze/items/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.freeze.items.properties.clusters.type, parentSchema: schema31.properties.freeze.items.properties.clusters, data: data27 };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            }
          } else {
            let err76 = { instancePath: instancePath + "/freeze/" + i4, schemaPath: "#/properties/freeze/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.freeze.items.type, parentSchema: schema31.properties.freeze.items, data: data21 };
            vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
          }
        }
      } else {
        let err77 = { instancePath: instancePath + "/freeze", schemaPath: "#/properties/freeze/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.freeze.type, parentSchema: schema31.properties.freeze, data: data20 };
        vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
      }
    }
    if (data.clusters !== void 0) {
      let data29 = data.clusters;
      if (Array.isArray(data29)) {
        if (data29.length < 1) {
          let err78 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.clusters, data: data29 };
          vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
        }
        let len6 = data29.length;
        for (let i9 = 0; i9 < len6; i9++)
          validate21(data29[i9], { instancePath: instancePath + "/clusters/" + i9, parentData: data29, parentDataProperty: i9, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err79 = { instancePath: instancePath + "/clusters", schemaPath: "#/properties/clusters/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.clusters.type, parentSchema: schema31.properties.clusters, data: data29 };
        vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
      }
    }
  } else {
    let err80 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
  }
  return validate20.errors = vErrors, errors === 0;
}
function loadSide2(name) {
  let here = (0, import_node_url2.fileURLToPath)(__rollgateModuleUrl), folder = (0, import_node_path2.basename)((0, import_node_path2.dirname)(here)) === "chunks" ? "./" : "./chunks/";
  return (0, import_node_module3.createRequire)(__rollgateModuleUrl)(folder + name);
}
function validatorFor(name) {
  return name === "fleet" ? fleet : (others ??= loadSide2("validators.cjs"), others[name]);
}
var import_node_module3, import_node_path2, import_node_url2, fleet, schema31, schema32, schema33, schema34, schema38, pattern4, pattern5, func0, func2, formats0, formats2, schema42, func5, pattern12, pattern13, pattern14, schema46, schema47, pattern15, schema49, schema50, schema51, pattern17, pattern18, pattern19, schema52, schema54, others, init_validators = __esm({
  "src/schema/validators.ts"() {
    "use strict";
    import_node_module3 = require("node:module"), import_node_path2 = require("node:path"), import_node_url2 = require("node:url"), fleet = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/fleet.schema.json", title: "rollgate fleet manifest", description: "The desired versions of a fleet's cluster components. rollgate/v1. Reference: docs/manifest.md.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "policy", "clusters"], properties: { $schema: { description: "The JSON Schema editors validate this file with (rollgate ignores it).", type: "string" }, apiVersion: { description: "The manifest format version: rollgate/v1.", const: "rollgate/v1" }, kind: { description: "What this file is: Fleet.", const: "Fleet" }, policy: { description: "A pack name from policies/ (or the packs that ship with rollgate), or a relative path to a pack file.", type: "string", pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, waves: { description: "The promotion order of clusters: a change reaches a later wave only once the earlier waves run it. When set, every cluster names its `wave`.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 32 }, rollout: { description: "How the clusters of each wave roll out: how many at once (`parallel`) and how many may fail before the wave starts no new cluster (`maxFailures`), fleet-wide, with `waves` overriding either for a wave. Default: one cluster at a time, and the first failure stops the wave. Clusters of a wave are independent; members inside a cluster, and waves, still go one after another. Reference: docs/rollout.md#parallel-clusters-and-failure-budgets.", type: "object", additionalProperties: !1, properties: { parallel: { $ref: "#/$defs/parallel", description: "Clusters of each wave at once, fleet-wide (default 1)." }, maxFailures: { $ref: "#/$defs/maxFailures", description: "Failed clusters each wave tolerates, fleet-wide (default 0)." }, waves: { description: "Settings for one wave, by its name (one of `waves`), on top of the fleet-wide ones: `production: { parallel: 10 }`.", type: "object", propertyNames: { $ref: "#/$defs/label", description: "A wave name, one of `waves`." }, additionalProperties: { description: "This wave's `parallel` and `maxFailures`; a field left out is the fleet-wide one.", type: "object", additionalProperties: !1, properties: { parallel: { $ref: "#/$defs/parallel", description: "Clusters of this wave at once (default: the fleet-wide `parallel`)." }, maxFailures: { $ref: "#/$defs/maxFailures", description: "Failed clusters this wave tolerates (default: the fleet-wide `maxFailures`)." } } }, maxProperties: 32 } } }, freeze: { description: "Change freezes: no version may change from `from` to `to`, both inclusive, in the clusters a freeze covers (the whole fleet, unless it names `waves` or `clusters`).", type: "array", maxItems: 256, items: { type: "object", additionalProperties: !1, required: ["from", "to"], properties: { from: { $ref: "#/$defs/moment", description: "The first day (UTC) or moment of the freeze." }, to: { $ref: "#/$defs/moment", description: "The last day (UTC, the whole day) or moment of the freeze." }, reason: { description: "Why nothing may change, shown with the hold/freeze finding.", type: "string", maxLength: 200 }, waves: { description: "The waves the freeze covers: their clusters may not change. Absent (with `clusters` absent too), the freeze covers the whole fleet.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 32 }, clusters: { description: "The clusters the freeze covers, by name, besides those of its `waves`. Absent (with `waves` absent too), the freeze covers the whole fleet.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 1e4 } } } }, clusters: { description: "The clusters of the fleet, in rollout order within each wave.", type: "array", minItems: 1, items: { $ref: "#/$defs/cluster" } } }, allOf: [{ if: { properties: { waves: { type: "array", minItems: 1 } }, required: ["waves"] }, then: { properties: { clusters: { type: "array", items: { description: "The manifest sets `waves`, so every cluster names its `wave`, one of them.", type: "object", properties: { wave: !0 }, required: ["wave"] } } } } }, { if: { type: "object", properties: { waves: !1 } }, then: { properties: { clusters: { type: "array", items: { description: "A cluster names a `wave` only when the manifest sets `waves`, the promotion order.", type: "object", properties: { wave: !1 } } } } } }], $defs: { parallel: { description: "How many clusters of a wave roll out at once, each in its own GitHub job (default 1: one after another). At most 256, the jobs one GitHub matrix runs.", type: "integer", minimum: 1, maximum: 256 }, maxFailures: { description: "How many failed clusters a wave tolerates (default 0). A failed cluster stops only itself; once more clusters than this have failed, the wave starts no new cluster and the rollout stops after it.", type: "integer", minimum: 0, maximum: 65536 }, label: { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, hostname: { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, componentName: { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, moment: { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, component: { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pinnedComponent: { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } }, components: { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, memberComponents: { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, member: { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, cluster: { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, params: { description: "Values the pack's rollout steps need for this cluster, by the names the pack declares in its params (charmed-etcd: model, the Juju model, and application). A field the pack gives no default must be set for rollgate plan; rollgate check does not ask for it.", type: "object", propertyNames: { description: "A parameter the pack declares.", type: "string", pattern: "^[a-z][a-z0-9-]{0,30}$" }, additionalProperties: { description: "A value put into commands: letters, digits, dots, underscores, colons, slashes and hyphens, starting with a letter or digit (a Juju model may be controller:owner/model).", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, maxProperties: 16 }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } } } }, schema32 = { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, schema33 = { description: "How many clusters of a wave roll out at once, each in its own GitHub job (default 1: one after another). At most 256, the jobs one GitHub matrix runs.", type: "integer", minimum: 1, maximum: 256 }, schema34 = { description: "How many failed clusters a wave tolerates (default 0). A failed cluster stops only itself; once more clusters than this have failed, the wave starts no new cluster and the rollout stops after it.", type: "integer", minimum: 0, maximum: 65536 }, schema38 = { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, pattern4 = new RegExp("^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", "u"), pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", "u"), func0 = require_equal().default, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, formats2 = require_formats().fullFormats["date-time"], schema42 = { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, params: { description: "Values the pack's rollout steps need for this cluster, by the names the pack declares in its params (charmed-etcd: model, the Juju model, and application). A field the pack gives no default must be set for rollgate plan; rollgate check does not ask for it.", type: "object", propertyNames: { description: "A parameter the pack declares.", type: "string", pattern: "^[a-z][a-z0-9-]{0,30}$" }, additionalProperties: { description: "A value put into commands: letters, digits, dots, underscores, colons, slashes and hyphens, starting with a letter or digit (a Juju model may be controller:owner/model).", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, maxProperties: 16 }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } }, func5 = Object.prototype.hasOwnProperty, pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u"), pattern13 = new RegExp("^[a-z][a-z0-9-]{0,30}$", "u"), pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", "u"), schema46 = { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, schema47 = { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", "u"), schema49 = { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, schema50 = { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, schema51 = { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pattern17 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u"), pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", "u"), pattern19 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", "u");
    validate23.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
    validate22.evaluated = { dynamicProps: !0, dynamicItems: !1 };
    schema52 = { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, schema54 = { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } };
    validate27.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
    validate26.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
    validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
    validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
  }
});

// src/schema/validate.ts
function validateSchema(name, source) {
  let oversized = oversizedMapping(source.value);
  if (oversized) {
    let { line, column } = positionOf(source, oversized.path);
    return [
      schemaFinding(
        "TOO_MANY_KEYS",
        { file: source.file, line, column },
        { keys: oversized.keys, most: MAX_MAPPING_KEYS }
      )
    ];
  }
  let validate = validatorFor(name);
  if (validate(source.value)) return [];
  let findings = pickErrors(validate.errors ?? []).map((error) => {
    let path14 = pointerToPath(error.instancePath), explained = explainCondition(name, error, path14, source.value), key2 = error.keyword === "additionalProperties" ? error.params.additionalProperty : error.keyword === "propertyNames" ? error.params.propertyName : void 0, { line, column } = typeof key2 == "string" ? keyPositionOf(source, [...path14, key2]) : explained?.atKey ? keyPositionOf(source, path14) : positionOf(source, path14), { code, data } = explained ?? describeError(error, path14, source, name);
    return schemaFinding(code, { file: source.file, line, column, ...explained?.about }, data);
  }), seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    let id = JSON.stringify([finding.line, finding.column, finding.code, finding.data]);
    return seen.has(id) ? !1 : (seen.add(id), !0);
  });
}
function passes(name, value) {
  return !hasOversizedMapping(value) && validatorFor(name)(value) === !0;
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function oversizedMapping(value) {
  if (!hasOversizedMapping(value)) return;
  let stack = [[value, []]];
  for (; stack.length > 0; ) {
    let [node, path14] = stack.pop();
    if (Array.isArray(node))
      for (let index = node.length - 1; index >= 0; index--) {
        let item = node[index];
        item !== null && typeof item == "object" && stack.push([item, [...path14, index]]);
      }
    else if (node !== null && typeof node == "object") {
      let keys = Object.keys(node);
      if (keys.length > MAX_MAPPING_KEYS) return { path: path14, keys: keys.length };
      for (let index = keys.length - 1; index >= 0; index--) {
        let key2 = keys[index], item = node[key2];
        item !== null && typeof item == "object" && stack.push([item, [...path14, key2]]);
      }
    }
  }
}
function hasOversizedMapping(value) {
  let stack = [value];
  for (; stack.length > 0; ) {
    let node = stack.pop();
    if (Array.isArray(node))
      for (let item of node) item !== null && typeof item == "object" && stack.push(item);
    else if (node !== null && typeof node == "object") {
      let keys = 0;
      for (let key2 in node) {
        if (++keys > MAX_MAPPING_KEYS) return !0;
        let item = node[key2];
        item !== null && typeof item == "object" && stack.push(item);
      }
    }
  }
  return !1;
}
function pickErrors(errors) {
  let byPath = /* @__PURE__ */ new Map();
  for (let error of errors) {
    if (error.propertyName !== void 0) continue;
    let list = byPath.get(error.instancePath) ?? [];
    list.push(error), byPath.set(error.instancePath, list);
  }
  let hasDeeper = /* @__PURE__ */ new Set();
  for (let path14 of byPath.keys())
    for (let cut = path14.lastIndexOf("/"); cut >= 0 && (hasDeeper.add(path14.slice(0, cut)), cut !== 0); cut = path14.lastIndexOf("/", cut - 1))
      ;
  let picked = [];
  for (let [path14, list] of byPath) {
    let deeper = hasDeeper.has(path14), misspelled = list.some((e) => e.keyword === "additionalProperties"), specific = list.filter(
      (e) => !["anyOf", "oneOf", "if", "type", "format"].includes(e.keyword) && !(misspelled && isConditional(e))
    );
    if (specific.length > 0)
      picked.push(...dedupe(specific));
    else if (!deeper) {
      let types = list.filter((e) => e.keyword === "type"), formats = list.filter((e) => e.keyword === "format");
      if (types.length > 0) {
        let expected2 = [...new Set(types.map((e) => String(e.params.type)))].join(" or ");
        picked.push({ ...types[0], params: { type: expected2 } });
      } else formats.length > 0 ? picked.push({
        ...formats[0],
        params: { format: formats.map((e) => e.params.format).join("|") }
      }) : list[0] && picked.push(list[0]);
    }
  }
  return picked;
}
function isConditional(error) {
  return error.keyword === "dependentRequired" || error.keyword === "required" && error.schemaPath.includes("/then/");
}
function dedupe(errors) {
  let seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => {
    let key2 = `${error.keyword}:${JSON.stringify(error.params)}`;
    return seen.has(key2) ? !1 : (seen.add(key2), !0);
  });
}
function show(value) {
  let text = typeof value == "string" ? value : typeof value == "number" ? String(value) : JSON.stringify(value);
  return text === void 0 ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function describeError(error, path14, source, schema2) {
  let field = path14.length > 0 ? `\`${path14.filter((p) => typeof p == "string").slice(-1)[0] ?? path14[path14.length - 1]}\`` : "The file", where = path14.length > 0 ? ` at ${path14.join(".")}` : "", at2 = { field, where }, what = schema2 === "fleet" ? "manifest" : "policy pack", subject = path14.length > 0 ? `${field}${where}` : `The ${what}`;
  switch (error.keyword) {
    case "type": {
      let expected2 = String(error.params.type), written = sourceTextAt(source, path14), value = valueAt(source.value, path14);
      return expected2.includes("string") && typeof value == "number" ? { code: "NUMBER_FOR_STRING", data: { ...at2, written: written ?? String(value) } } : path14.length === 0 && value == null ? { code: "EMPTY_FILE", data: { what } } : { code: "type", data: { ...at2, expected: article(expected2), actual: describeValue(value) } };
    }
    case "required": {
      let why = error.schemaPath.includes("/then/") ? conditionHelp(error) : "";
      return { code: "required", data: { subject, property: String(error.params.missingProperty), why } };
    }
    case "additionalProperties":
      return {
        code: "additionalProperties",
        data: {
          subject,
          property: show(error.params.additionalProperty),
          reference: schema2 === "fleet" ? "manifest reference (docs/manifest.md)" : "pack reference (docs/packs/README.md)"
        }
      };
    case "propertyNames":
      return error.params.propertyName === "" ? { code: "EMPTY_NAME", data: at2 } : { code: "propertyNames", data: { ...at2, name: show(error.params.propertyName) } };
    case "pattern": {
      let value = valueAt(source.value, path14);
      return {
        code: "pattern",
        data: { ...at2, value: JSON.stringify(show(value)), help: patternHelp(error) }
      };
    }
    case "const":
      return { code: "const", data: { ...at2, allowed: JSON.stringify(error.params.allowedValue) } };
    case "enum":
      return {
        code: "enum",
        data: {
          ...at2,
          allowed: error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ")
        }
      };
    case "format":
      return { code: "format", data: at2 };
    case "minItems":
      return {
        code: "minItems",
        data: {
          ...at2,
          limit: Number(error.params.limit),
          items: error.params.limit === 1 ? "item" : "items"
        }
      };
    case "maxItems":
    case "maxProperties":
    case "minimum":
    case "maximum":
      return { code: error.keyword, data: { ...at2, limit: Number(error.params.limit) } };
    case "uniqueItems":
      return {
        code: "uniqueItems",
        data: { ...at2, first: Number(error.params.j), second: Number(error.params.i) }
      };
    default:
      return {
        code: isSchemaCode(error.keyword) ? error.keyword : "INVALID",
        data: { ...at2, detail: error.message ?? "is not valid" }
      };
  }
}
function conditionHelp(error) {
  let description = error.parentSchema?.description;
  return description ? `: ${description.replace(/\.$/, "")}` : "";
}
function patternHelp(error) {
  let description = error.parentSchema?.description;
  return description ? description.replace(/\.$/, "") : `it must match ${String(error.params.pattern)}`;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describeValue(value) {
  return value == null ? "empty" : Array.isArray(value) ? "a list" : ArrayBuffer.isView(value) ? "binary data (a !!binary value)" : typeof value == "object" ? "a mapping" : `the ${typeof value} ${show(value)}`;
}
function valueAt(root, path14) {
  let value = root;
  for (let key2 of path14) {
    if (value === null || typeof value != "object" || !Object.hasOwn(value, key2)) return;
    value = value[key2];
  }
  return value;
}
var MAX_MAPPING_KEYS, init_validate = __esm({
  "src/schema/validate.ts"() {
    "use strict";
    init_bad_input();
    init_positions();
    init_conditions();
    init_validators();
    MAX_MAPPING_KEYS = 1024;
  }
});

// src/manifest/validate-fleet.ts
function validateFleet(source, known) {
  let pieces = source.pieces, copied = pieces?.copied, value = source.value;
  if (pieces && copied && known?.passed && value !== null && typeof value == "object" && waveMode(value) === waveMode(known.source.value)) {
    let items = value[pieces.key];
    if (Array.isArray(items)) {
      let rest = items.filter((_, index) => !copied.has(index));
      if (passes("fleet", { ...value, [pieces.key]: rest })) return [];
    }
  }
  return validateSchema("fleet", source);
}
function waveMode(value) {
  if (value === null || typeof value != "object" || !Object.hasOwn(value, "waves")) return "absent";
  let waves = value.waves;
  return Array.isArray(waves) && waves.length > 0 ? "list" : "other";
}
var init_validate_fleet = __esm({
  "src/manifest/validate-fleet.ts"() {
    "use strict";
    init_validate();
  }
});

// src/manifest/flow-depth.ts
function offsetPastBracketDepth(text, limit) {
  let depth = 0, special = /[[\]{}#'"]/g, afterSkip = -1;
  for (; special.test(text); ) {
    let at2 = special.lastIndex - 1, char = text.charCodeAt(at2);
    if (char === 91 || char === 123) {
      if (depth++, depth > limit) return at2;
    } else if (char === 93 || char === 125)
      depth > 0 && depth--;
    else if (quoteMayOpenAt(text, at2, afterSkip)) {
      let end = char === 35 ? text.indexOf(`
`, at2) : closingQuote(text, at2, char);
      if (end < 0) return;
      afterSkip = end + 1, special.lastIndex = end + 1;
    }
  }
}
function quoteMayOpenAt(text, at2, afterSkip) {
  if (at2 === 0) return !0;
  if (at2 === afterSkip) return !1;
  let before = text.charCodeAt(at2 - 1);
  return before === 32 || before === 9 || before === 10 || before === 13 || before === 91 || before === 123 || before === 44 || before === 58;
}
function closingQuote(text, open2, quote) {
  for (let at2 = open2 + 1; at2 < text.length; at2++) {
    let char = text.charCodeAt(at2);
    if (quote === 34 && char === 92) at2++;
    else if (char === quote)
      if (quote === 39 && text.charCodeAt(at2 + 1) === 39) at2++;
      else return at2;
  }
  return -1;
}
var init_flow_depth = __esm({
  "src/manifest/flow-depth.ts"() {
    "use strict";
  }
});

// src/manifest/input-gate.ts
function checkInput(text, file) {
  let bytes = Buffer.byteLength(text, "utf8");
  if (bytes > YAML_LIMITS.maxBytes)
    return yamlSyntaxFinding(
      "TOO_LARGE",
      { file, line: 1, column: 1 },
      { size: (bytes / 1024 / 1024).toFixed(1), limit: YAML_LIMITS.maxBytes / 1024 / 1024 }
    );
  let nul = text.indexOf("\0");
  if (nul >= 0) {
    let place = { file, ...positionOfOffset(text, nul) };
    return /^\uFFFD\uFFFD/.test(text) || /^(?:[^\u0000]\u0000){4}|^(?:\u0000[^\u0000]){4}/.test(text) ? yamlSyntaxFinding("UTF16", place) : yamlSyntaxFinding("NUL_BYTE", place);
  }
  let replaced = text.indexOf("\uFFFD");
  if (replaced >= 0) return yamlSyntaxFinding("NOT_UTF8", { file, ...positionOfOffset(text, replaced) });
  let deepBracket = offsetPastBracketDepth(text, 16 * YAML_LIMITS.maxDepth);
  if (deepBracket !== void 0)
    return yamlSyntaxFinding(
      "TOO_DEEP",
      { file, ...positionOfOffset(text, deepBracket) },
      { limit: YAML_LIMITS.maxDepth }
    );
}
function positionOfOffset(text, offset) {
  let line = 1, lineStart = 0;
  for (let i = text.indexOf(`
`); i >= 0 && i < offset; i = text.indexOf(`
`, i + 1))
    line++, lineStart = i + 1;
  return { line, column: offset - lineStart + 1 };
}
var init_input_gate = __esm({
  "src/manifest/input-gate.ts"() {
    "use strict";
    init_bad_input();
    init_flow_depth();
    init_source();
  }
});

// src/manifest/yaml.ts
function parseYamlFile(text, file, options = {}) {
  let refused = checkInput(text, file);
  if (refused) return { findings: [refused] };
  if (text.length >= (options.piecesFrom ?? PIECES_FROM)) {
    let source = readInPieces(text, file, options.known);
    if (source) return { source, findings: [] };
  }
  let reading = startReading(text, file);
  for (let step of PARSE_STEPS) {
    let findings = step(reading);
    if (findings) return { findings };
  }
  let { lineCounter, document, value } = reading;
  return { source: { file, text, document, lineCounter, value }, findings: [] };
}
function startReading(text, file) {
  let lineCounter = lineCounterOf(text), at2 = (offset) => {
    let pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line, column: pos.col };
  };
  return {
    text,
    file,
    lineCounter,
    tokens: [],
    finding: (code, data = {}, offset) => yamlSyntaxFinding(
      code,
      { file, ...offset === void 0 ? { line: 1, column: 1 } : at2(offset) },
      data
    )
  };
}
function readTokens(reading) {
  try {
    reading.tokens = tokensOf(reading.text);
  } catch (error) {
    return [reading.finding("UNREADABLE", { detail: describeThrown(error) })];
  }
}
function refuseDeepTokens(reading) {
  let deep = findTooDeepToken(reading.tokens);
  if (deep !== void 0)
    return [reading.finding("TOO_DEEP", { limit: YAML_LIMITS.maxDepth }, deep)];
}
function composeDocument(reading) {
  try {
    reading.document = composeFirstDocument(reading.tokens, reading.text.length);
  } catch (error) {
    return [reading.finding("UNREADABLE", { detail: describeThrown(error) })];
  }
}
function refuseStackOverflow(reading) {
  let overflow = documentOf(reading).errors.find((error) => /call stack/i.test(error.message));
  if (overflow)
    return [reading.finding("STACK_OVERFLOW", { limit: YAML_LIMITS.maxDepth }, overflow.pos[0])];
}
function reportSyntaxErrors(reading) {
  let findings = [], seen = /* @__PURE__ */ new Set();
  for (let error of documentOf(reading).errors) {
    let finding = reading.finding(error.code, { detail: firstSentence(error.message) }, error.pos[0]), key2 = `${finding.line}:${finding.column}:${finding.message}`;
    seen.has(key2) || (seen.add(key2), findings.push(finding));
  }
  if (findings.length > MAX_SYNTAX_FINDINGS) {
    let more = findings.length - MAX_SYNTAX_FINDINGS;
    findings.length = MAX_SYNTAX_FINDINGS;
    let last = findings[MAX_SYNTAX_FINDINGS - 1];
    last.message = `${last.message} ${moreSyntaxErrors(more)}`;
  }
  return findings.length > 0 ? findings : void 0;
}
function refuseOtherYamlVersions(reading) {
  let directive = documentOf(reading).directives?.yaml;
  if (!(!directive?.explicit || directive.version === "1.2"))
    return [reading.finding("YAML_1_1", { version: directive.version })];
}
function refuseDeepNodes(reading) {
  let deep = findTooDeepNode(documentOf(reading).contents);
  if (deep)
    return [reading.finding("TOO_DEEP", { limit: YAML_LIMITS.maxDepth }, deep.range?.[0] ?? 0)];
}
function readValue(reading) {
  let document = documentOf(reading);
  try {
    reading.value = document.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
  } catch (error) {
    let message = describeThrown(error);
    if (/alias count/i.test(message))
      return [reading.finding("ALIAS_BOMB", { limit: YAML_LIMITS.maxAliasCount })];
    let alias = unresolvedAlias(document);
    return alias ? [reading.finding("ALIAS_BEFORE_ANCHOR", { name: alias.source }, alias.range?.[0] ?? 0)] : [reading.finding("UNREADABLE", { detail: message })];
  }
}
function documentOf(reading) {
  return reading.document;
}
function unresolvedAlias(document) {
  let anchors = /* @__PURE__ */ new Set(), found;
  return visit(document, {
    Node(_, node) {
      if (isAlias(node))
        return anchors.has(node.source) ? void 0 : (found = node, visit.BREAK);
      node.anchor && anchors.add(node.anchor);
    }
  }), found;
}
function firstSentence(message) {
  return message.split(`
`)[0]?.replace(/\s*at line \d+, column \d+:?$/, "").replace(/\.$/, "") ?? message;
}
function describeThrown(error) {
  return error instanceof RangeError ? "it nests too deeply to read" : error instanceof Error ? firstSentence(error.message) : String(error);
}
var MAX_SYNTAX_FINDINGS, PARSE_STEPS, init_yaml2 = __esm({
  "src/manifest/yaml.ts"() {
    "use strict";
    init_yaml();
    init_bad_input();
    init_compose();
    init_input_gate();
    init_pieces();
    init_source();
    init_source();
    MAX_SYNTAX_FINDINGS = 3;
    PARSE_STEPS = [
      readTokens,
      refuseDeepTokens,
      composeDocument,
      refuseStackOverflow,
      reportSyntaxErrors,
      refuseOtherYamlVersions,
      refuseDeepNodes,
      readValue
    ];
  }
});

// src/manifest/fleet.ts
function loadManifest(text, file, options = {}) {
  let { source, findings } = parseYamlFile(text, file, options);
  if (!source) return { file, findings };
  let schemaFindings = validateFleet(
    source,
    options.known ? { source: options.known, passed: options.knownPassed === !0 } : void 0
  );
  if (schemaFindings.length > 0) return { file, source, findings: schemaFindings };
  let fleet2 = toFleet(source.value);
  return { file, source, fleet: fleet2, findings: crossCheck(fleet2, source) };
}
function memberState(cluster, member, component) {
  let own = member.overrides?.[component], shared = cluster.components[component];
  return own ? shared ? { ...shared, ...own } : own : shared;
}
function waveRollout(fleet2, wave) {
  let settings = fleet2.rollout, own = wave !== null ? settings?.waves?.[wave] : void 0;
  return {
    parallel: own?.parallel ?? settings?.parallel ?? DEFAULT_WAVE_ROLLOUT.parallel,
    maxFailures: own?.maxFailures ?? settings?.maxFailures ?? DEFAULT_WAVE_ROLLOUT.maxFailures
  };
}
function describeState(state) {
  if (!state) return "(none)";
  let pin = state.channel ? `${state.channel}${state.revision !== void 0 ? `@${state.revision}` : ""}` : "";
  return state.version && pin ? `${state.version} (${pin})` : state.version ?? pin ?? "(none)";
}
function sameRun(a, b) {
  return a?.version === b?.version && a?.channel === b?.channel && a?.revision === b?.revision;
}
function crossCheck(fleet2, source) {
  let findings = [], report = (path14, code, data, subject = {}, atKey = !1) => {
    let { line, column } = atKey ? keyPositionOf(source, path14) : positionOf(source, path14);
    findings.push(schemaFinding(code, { file: source.file, line, column, ...subject }, data));
  }, clusterNames = /* @__PURE__ */ new Set(), waves = fleet2.waves ? new Set(fleet2.waves) : void 0, allClusters;
  for (let wave of Object.keys(fleet2.rollout?.waves ?? {}))
    waves?.has(wave) || report(
      ["rollout", "waves", wave],
      "ROLLOUT_WAVE_UNKNOWN",
      {
        wave,
        waves: waves ? `one of \`waves\` (${[...waves].join(", ")})` : "a wave: the manifest sets no `waves`"
      },
      {},
      !0
    );
  for (let freeze of fleet2.freeze)
    Date.parse(freeze.from) > Date.parse(endOf(freeze.to)) && report(["freeze", freeze.index], "FREEZE_ENDS_BEFORE_START", { from: freeze.from, to: freeze.to }), (freeze.waves ?? []).forEach((wave, index) => {
      waves?.has(wave) || report(["freeze", freeze.index, "waves", index], "FREEZE_WAVE_UNKNOWN", {
        wave,
        waves: waves ? [...waves].join(", ") : "none: the manifest sets no `waves`"
      });
    }), (freeze.clusters ?? []).forEach((name, index) => {
      allClusters ??= new Set(fleet2.clusters.map((cluster) => cluster.name)), allClusters.has(name) || report(["freeze", freeze.index, "clusters", index], "FREEZE_CLUSTER_UNKNOWN", { cluster: name });
    });
  for (let cluster of fleet2.clusters) {
    clusterNames.has(cluster.name) && report(
      [...manifestPaths.cluster(cluster), "name"],
      "DUPLICATE_CLUSTER",
      { cluster: cluster.name },
      { cluster: cluster.name }
    ), clusterNames.add(cluster.name), cluster.wave !== void 0 && waves && !waves.has(cluster.wave) && report(
      [...manifestPaths.cluster(cluster), "wave"],
      "WAVE_UNKNOWN",
      { cluster: cluster.name, wave: cluster.wave, waves: [...waves].join(", ") },
      { cluster: cluster.name }
    );
    let members2 = cluster.members;
    for (let i = 0; i < members2.length; i++) {
      let member = members2[i];
      isNamedBefore(members2, i) && report(
        [...manifestPaths.member(cluster, member)],
        "DUPLICATE_MEMBER",
        { member: member.name, cluster: cluster.name },
        { cluster: cluster.name, member: member.name }
      );
    }
    for (let member of cluster.members)
      if (member.overrides)
        for (let name of Object.keys(member.overrides)) {
          let own = member.overrides[name];
          own && cluster.components[name] === void 0 && !isComplete(own) && report(
            manifestPaths.memberComponent(cluster, member, name),
            "INCOMPLETE_COMPONENT",
            { which: `Component \`${name}\`` },
            { cluster: cluster.name, component: name, member: member.name },
            !0
          );
        }
  }
  return findings;
}
function isNamedBefore(members2, index) {
  let name = members2[index].name;
  if (members2.length > 16) {
    let names = memberNameSets.get(members2);
    if (!names) {
      names = /* @__PURE__ */ new Map();
      for (let i = members2.length - 1; i >= 0; i--) names.set(members2[i].name, i);
      memberNameSets.set(members2, names);
    }
    return names.get(name) < index;
  }
  let last = name.charCodeAt(name.length - 1);
  for (let i = 0; i < index; i++) {
    let other = members2[i].name;
    if (other.charCodeAt(other.length - 1) === last && other === name) return !0;
  }
  return !1;
}
function isComplete(state) {
  return state.version !== void 0 || state.channel !== void 0 && state.revision !== void 0;
}
function freezeCovers(freeze, cluster) {
  if (!freeze.waves && !freeze.clusters) return !0;
  let scope = freezeScopes.get(freeze);
  return scope || (scope = { waves: new Set(freeze.waves), clusters: new Set(freeze.clusters) }, freezeScopes.set(freeze, scope)), scope.clusters.has(cluster.name) || cluster.wave !== void 0 && scope.waves.has(cluster.wave);
}
function endOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : moment;
}
function startOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00.000Z` : moment;
}
var DEFAULT_WAVE_ROLLOUT, manifestPaths, memberNameSets, freezeScopes, init_fleet = __esm({
  "src/manifest/fleet.ts"() {
    "use strict";
    init_bad_input();
    init_positions();
    init_to_fleet();
    init_validate_fleet();
    init_yaml2();
    DEFAULT_WAVE_ROLLOUT = { parallel: 1, maxFailures: 0 }, manifestPaths = {
      cluster: (cluster) => ["clusters", cluster.index],
      component: (cluster, component) => [
        "clusters",
        cluster.index,
        "components",
        component
      ],
      member: (cluster, member) => [
        "clusters",
        cluster.index,
        "members",
        member.index
      ],
      memberComponent: (cluster, member, component) => [
        "clusters",
        cluster.index,
        "members",
        member.index,
        "components",
        component
      ]
    };
    memberNameSets = /* @__PURE__ */ new WeakMap();
    freezeScopes = /* @__PURE__ */ new WeakMap();
  }
});

// src/rules/compare-change.ts
function versionMoves(context) {
  let known = movesOf.get(context.changes);
  if (known?.policy === context.policy) return known.moves;
  let moves2 = [];
  for (let change2 of context.changes) {
    let from = context.versionOf(change2.component, change2.fromState), to = context.versionOf(change2.component, change2.toState);
    from === void 0 || to === void 0 || moves2.push({ change: change2, from, to });
  }
  return movesOf.set(context.changes, { policy: context.policy, moves: moves2 }), moves2;
}
function changePath(context, change2) {
  let cluster = clusterNamed(context.head.fleet, change2.cluster);
  if (!cluster) return [];
  if (change2.member) {
    let member = cluster.members.find((m) => m.name === change2.member);
    if (member?.overrides?.[change2.component])
      return ["clusters", cluster.index, "members", member.index, "components", change2.component];
    if (member) return ["clusters", cluster.index, "members", member.index];
  }
  return ["clusters", cluster.index, "components", change2.component];
}
function clusterNamed(fleet2, name) {
  let byName2 = clustersByName.get(fleet2);
  if (!byName2) {
    byName2 = /* @__PURE__ */ new Map();
    for (let cluster of fleet2.clusters) byName2.has(cluster.name) || byName2.set(cluster.name, cluster);
    clustersByName.set(fleet2, byName2);
  }
  return byName2.get(name);
}
function changeSubject(change2) {
  return {
    cluster: change2.cluster,
    component: change2.component,
    ...change2.member ? { member: change2.member } : {}
  };
}
function moved(context, at2) {
  return context.base !== void 0 && !sameRun(context.baseState(at2), at2.state);
}
function introducedIfMoved(context, at2) {
  return moved(context, at2) ? { introduced: !0 } : {};
}
var movesOf, clustersByName, init_compare_change = __esm({
  "src/rules/compare-change.ts"() {
    "use strict";
    init_fleet();
    movesOf = /* @__PURE__ */ new WeakMap();
    clustersByName = /* @__PURE__ */ new WeakMap();
  }
});

// src/rules/types.ts
var init_types = __esm({
  "src/rules/types.ts"() {
    "use strict";
    init_messages();
  }
});

// src/rules/channel-blocked.ts
var channelBlocked, init_channel_blocked = __esm({
  "src/rules/channel-blocked.ts"() {
    "use strict";
    init_compare_change();
    init_types();
    channelBlocked = {
      id: "channel/blocked",
      description: "A version or revision is on the pack's known-bad list (with the reason the pack gives).",
      severity: "error",
      messages: {
        blocked: "{{component}} {{what}} is on the known-bad list of {{pack}}: {{reason}} Pick another version or revision."
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet)) {
          let blocked = context.component(at2.component)?.blocked, scheme = context.scheme(at2.component);
          if (!blocked || !scheme) continue;
          let version = context.versionOf(at2.component, at2.state);
          for (let entry of blocked) {
            if (entry.version !== void 0) {
              let own = at2.state.version ?? version;
              if (own === void 0 || own !== entry.version && !(scheme.isValid(own) && scheme.matches(own, entry.version))) continue;
            }
            if (entry.channel !== void 0 && at2.state.channel !== entry.channel || entry.revision !== void 0 && at2.state.revision !== entry.revision) continue;
            let what = [
              entry.version,
              entry.channel,
              entry.revision !== void 0 ? `revision ${entry.revision}` : void 0
            ].filter(Boolean).join(" ");
            context.report({
              path: at2.path,
              atKey: !0,
              cluster: at2.cluster.name,
              component: at2.component,
              ...at2.member ? { member: at2.member.name } : {},
              // Refreshing onto a known-bad version or revision is the change's own, whatever the base ran.
              ...introducedIfMoved(context, at2),
              messageId: "blocked",
              data: { component: at2.component, what, pack: context.policy.pack.name, reason: entry.reason }
            });
          }
        }
      }
    };
  }
});

// src/rules/channel-eol.ts
var channelEol, init_channel_eol = __esm({
  "src/rules/channel-eol.ts"() {
    "use strict";
    init_fleet();
    init_compare_change();
    init_types();
    channelEol = {
      id: "channel/eol",
      description: "A track or version is past its end of life (a warning when the base already ran it there).",
      severity: "error",
      messages: {
        pastEndOfLife: "{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. Choose a supported version instead, or plan the upgrade off it.",
        alreadyPastEndOfLife: "{{component}} {{version}} reached its end of life on {{date}}{{note}}; it gets no more fixes. It was already there before this change; plan the upgrade off it."
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet)) {
          let entries = context.component(at2.component)?.eol, scheme = context.scheme(at2.component), version = context.versionOf(at2.component, at2.state);
          if (!(!entries || !scheme || version === void 0))
            for (let entry of entries) {
              if (!scheme.matches(version, entry.version) || context.now.getTime() <= Date.parse(endOf(entry.date))) continue;
              let untouched = context.base !== void 0 && context.versionOf(at2.component, context.baseState(at2)) === version;
              context.report({
                path: at2.path,
                atKey: !0,
                cluster: at2.cluster.name,
                component: at2.component,
                ...at2.member ? { member: at2.member.name } : {},
                // A new revision of the same version stays where it was; a move to another version past its end is the change's.
                ...untouched ? { introduced: !1 } : moved(context, at2) ? { introduced: !0 } : {},
                messageId: untouched ? "alreadyPastEndOfLife" : "pastEndOfLife",
                data: {
                  component: at2.component,
                  version,
                  date: entry.date,
                  note: entry.note ? ` (${entry.note})` : ""
                }
              });
            }
        }
      }
    };
  }
});

// src/rules/channel-risk.ts
function riskOf(channel) {
  let slash = channel.indexOf("/");
  if (slash === -1) return "stable";
  let next = channel.indexOf("/", slash + 1);
  return channel.slice(slash + 1, next === -1 ? void 0 : next);
}
var channelRisk, init_channel_risk = __esm({
  "src/rules/channel-risk.ts"() {
    "use strict";
    init_compare_change();
    init_types();
    channelRisk = {
      id: "channel/risk",
      description: "A channel's risk is not allowed, in the head or in the base a change refreshes from.",
      severity: "error",
      messages: {
        riskNotAllowed: "{{component}} tracks {{channel}}, risk {{risk}}; {{pack}} allows {{allowed}} only, since no refresh to or from a pre-release risk is supported. Use {{track}}/{{suggested}}.",
        refreshFromRisk: "{{component}} in {{where}} refreshes from {{from}}, risk {{fromRisk}}, to {{to}}; {{pack}} supports no in-place refresh from a pre-release risk. Reinstall it out of place on {{to}}, or, if you accept the risk, lower channel/risk for {{component}} in the pack."
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet)) {
          let risks = context.component(at2.component)?.risks, channel = at2.state.channel;
          if (!risks || channel === void 0) continue;
          let risk = riskOf(channel);
          if (risks.includes(risk)) continue;
          let track = channel.split("/")[0];
          context.report({
            path: [...at2.path, "channel"],
            cluster: at2.cluster.name,
            component: at2.component,
            ...at2.member ? { member: at2.member.name } : {},
            // A refresh to a pre-release risk (a new revision on it included) is the change's own, whatever the base ran.
            ...introducedIfMoved(context, at2),
            messageId: "riskNotAllowed",
            data: {
              component: at2.component,
              channel,
              risk,
              pack: context.policy.pack.name,
              allowed: risks.join(", "),
              track: track ?? "",
              suggested: risks[0] ?? ""
            }
          });
        }
        for (let change2 of context.changes) {
          let risks = context.component(change2.component)?.risks, from = change2.fromState?.channel, to = change2.toState?.channel;
          !risks || from === void 0 || to === void 0 || !risks.includes(riskOf(to)) || risks.includes(riskOf(from)) || context.report({
            path: changePath(context, change2),
            atKey: !0,
            ...changeSubject(change2),
            // A refresh off a disallowed risk is a move, whatever the base's riskNotAllowed on the same subject says.
            introduced: !0,
            messageId: "refreshFromRisk",
            data: {
              component: change2.component,
              where: change2.member ?? change2.cluster,
              from,
              fromRisk: riskOf(from),
              to,
              pack: context.policy.pack.name
            }
          });
        }
      }
    };
  }
});

// src/rules/cohort-required.ts
var cohortRequired, init_cohort_required = __esm({
  "src/rules/cohort-required.ts"() {
    "use strict";
    init_types();
    cohortRequired = {
      id: "cohort/required",
      description: "A component that must be in a cohort is not.",
      severity: "error",
      messages: {
        notInCohort: '{{component}} in {{where}} is not in a cohort; without one, members can be served different revisions. Set `cohort: true` (on the machines: snap refresh {{component}} --cohort="+").'
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet))
          context.component(at2.component)?.cohort !== "required" || at2.state.cohort === !0 || context.report({
            path: at2.path,
            atKey: !0,
            cluster: at2.cluster.name,
            component: at2.component,
            ...at2.member ? { member: at2.member.name } : {},
            messageId: "notInCohort",
            data: { component: at2.component, where: at2.member?.name ?? at2.cluster.name }
          });
      }
    };
  }
});

// src/observe/compare.ts
function fullChannel(channel) {
  return channel.split("/").length === 1 ? RISKS.includes(channel) ? `latest/${channel}` : `${channel}/stable` : channel;
}
function runsPin(found, pin) {
  if (!pin || found.status !== "found") return !1;
  if (pin.channel !== void 0) {
    if (found.channel === void 0) return !1;
    let want = fullChannel(pin.channel), have = fullChannel(found.channel);
    if (have.endsWith("/\u2026") && want.split("/").length === 3 ? !want.startsWith(have.slice(0, -1)) : have !== want) return !1;
  }
  return pin.revision !== void 0 && found.revision !== pin.revision ? !1 : pin.channel === void 0 && pin.revision === void 0 && pin.version !== void 0 ? found.version === pin.version : !0;
}
function describeObserved(found) {
  if (found.status === "absent") return "(not installed)";
  if (found.status !== "found") return `(${found.status})`;
  let channel = found.channel ?? "(no channel)";
  return found.revision !== void 0 ? `${channel}@${found.revision}` : `${channel} (sideloaded)`;
}
var RISKS, init_compare = __esm({
  "src/observe/compare.ts"() {
    "use strict";
    RISKS = ["stable", "candidate", "beta", "edge"];
  }
});

// src/rules/drift.ts
var drift, init_drift = __esm({
  "src/rules/drift.ts"() {
    "use strict";
    init_fleet();
    init_compare();
    init_types();
    drift = {
      id: "drift",
      description: "A member runs what neither the base nor the head pins, or is not held where the manifest holds it.",
      severity: "warning",
      messages: {
        notPinned: "{{member}} in {{cluster}} runs {{component}} {{found}} (observed {{at}}), which is not what the manifest pins: {{expected}}. It was changed by hand or a rollout stopped half-way; roll out again (rollgate plan --observed) or write what it runs into the manifest.",
        notHeld: "{{member}} in {{cluster}} has {{component}} not held (observed {{at}}), though the manifest says `hold: true`; automatic refreshes can move it. Hold it again: snap refresh --hold {{component}}."
      },
      check(context) {
        let observed = context.observed;
        if (!observed) return;
        let byMember = new Map(
          observed.members.map((member) => [`${member.cluster}\0${member.name}`, member])
        );
        for (let cluster of context.head.fleet.clusters) {
          let baseCluster = context.baseCluster(cluster.name), baseMembers = new Map(baseCluster?.members.map((m) => [m.name, m]) ?? []);
          for (let member of cluster.members) {
            let seen = byMember.get(`${cluster.name}\0${member.name}`);
            if (seen?.status !== "answered") continue;
            let baseMember = baseMembers.get(member.name);
            for (let [component, found] of Object.entries(seen.components)) {
              if (found.status !== "found" && found.status !== "absent") continue;
              let head = memberState(cluster, member, component);
              if (!head) continue;
              let base = baseCluster && baseMember ? memberState(baseCluster, baseMember, component) : void 0, subject = {
                path: manifestPaths.member(cluster, member),
                cluster: cluster.name,
                member: member.name,
                component
              }, data = { member: member.name, cluster: cluster.name, component, at: seen.at };
              if (!runsPin(found, head) && !runsPin(found, base)) {
                let expected2 = base && describeState(base) !== describeState(head) ? `${describeState(base)} (base) or ${describeState(head)} (head)` : describeState(head);
                context.report({
                  ...subject,
                  messageId: "notPinned",
                  data: { ...data, found: describeObserved(found), expected: expected2 }
                });
              }
              found.status === "found" && head.hold === !0 && !found.held && context.report({
                ...subject,
                messageId: "notHeld",
                data: { ...data, found: "not held", expected: "hold: true" }
              });
            }
          }
        }
      }
    };
  }
});

// src/rules/hold-freeze.ts
function scopeOf(freeze, wave, cluster) {
  return !freeze.waves && !freeze.clusters ? "" : wave !== void 0 && freeze.waves?.includes(wave) ? `of wave ${wave} ` : `of cluster ${cluster} `;
}
var holdFreeze, init_hold_freeze = __esm({
  "src/rules/hold-freeze.ts"() {
    "use strict";
    init_fleet();
    init_compare_change();
    init_types();
    holdFreeze = {
      id: "hold/freeze",
      description: "Versions change during a declared freeze of their cluster, its wave or the whole fleet.",
      severity: "error",
      messages: {
        changeDuringFreeze: "{{component}} in {{where}} changes ({{from}} -> {{to}}) during the freeze {{scope}}from {{start}} to {{end}}{{reason}}. Merge it after {{end}}."
      },
      check(context) {
        let now = context.now.getTime(), freezes = context.head.fleet.freeze.filter(
          (f) => Date.parse(startOf(f.from)) <= now && now <= Date.parse(endOf(f.to))
        );
        if (freezes.length === 0) return;
        let clusters = /* @__PURE__ */ new Map();
        for (let cluster of context.head.fleet.clusters)
          clusters.has(cluster.name) || clusters.set(cluster.name, cluster);
        for (let change2 of context.changes) {
          if (change2.to === change2.from) continue;
          let cluster = clusters.get(change2.cluster) ?? context.baseCluster(change2.cluster), freeze = freezes.find((f) => freezeCovers(f, cluster ?? { name: change2.cluster }));
          freeze && context.report({
            path: changePath(context, change2),
            atKey: !0,
            ...changeSubject(change2),
            messageId: "changeDuringFreeze",
            data: {
              component: change2.component,
              where: change2.member ?? change2.cluster,
              from: change2.from ?? "new",
              to: change2.to ?? "removed",
              scope: scopeOf(freeze, cluster?.wave, change2.cluster),
              start: freeze.from,
              end: freeze.to,
              reason: freeze.reason ? ` (${freeze.reason})` : ""
            }
          });
        }
      }
    };
  }
});

// src/rules/hold-required.ts
var holdRequired, init_hold_required = __esm({
  "src/rules/hold-required.ts"() {
    "use strict";
    init_types();
    holdRequired = {
      id: "hold/required",
      description: "A component that must be held is not.",
      severity: "error",
      messages: {
        notHeld: "{{component}} in {{where}} is not held; automatic refreshes would let members run different versions. Set `hold: true` (on the machines: snap refresh --hold {{component}})."
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet))
          context.component(at2.component)?.hold !== "required" || at2.state.hold === !0 || context.report({
            path: at2.path,
            atKey: !0,
            cluster: at2.cluster.name,
            component: at2.component,
            ...at2.member ? { member: at2.member.name } : {},
            messageId: "notHeld",
            data: { component: at2.component, where: at2.member?.name ?? at2.cluster.name }
          });
      }
    };
  }
});

// src/rules/order-promotion.ts
function runKey(state) {
  let part = (value) => value === void 0 ? "-" : `+${value}`;
  return `${part(state.version)}\0${part(state.channel)}\0${part(state.revision)}`;
}
var orderPromotion, init_order_promotion = __esm({
  "src/rules/order-promotion.ts"() {
    "use strict";
    init_fleet();
    init_types();
    orderPromotion = {
      id: "order/promotion",
      description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base.",
      severity: "error",
      messages: {
        aheadOfEarlierWaves: "{{cluster}} ({{wave}}) moves {{component}} to {{to}}, which the earlier waves do not run yet: {{behind}}. Roll it out there first, then promote."
      },
      check(context) {
        let waves = context.head.fleet.waves, base = context.base;
        if (!waves || !base) return;
        let headClusters = new Map(context.head.fleet.clusters.map((c) => [c.name, c])), earlierRuns = /* @__PURE__ */ new Map(), runsBefore = (component, rank2) => {
          let id = `${rank2}\0${component}`, found = earlierRuns.get(id);
          if (found) return found;
          let earlier = new Set(waves.slice(0, rank2));
          found = { runs: [], counts: /* @__PURE__ */ new Map() };
          for (let cluster of base.fleet.clusters) {
            if (cluster.wave === void 0 || !earlier.has(cluster.wave)) continue;
            let state = cluster.components[component];
            if (state === void 0) continue;
            let key2 = runKey(state);
            found.runs.push({ key: key2, cluster, state }), found.counts.set(key2, (found.counts.get(key2) ?? 0) + 1);
          }
          return earlierRuns.set(id, found), found;
        };
        for (let change2 of context.changes) {
          if (change2.member || !change2.toState) continue;
          let cluster = headClusters.get(change2.cluster), wave = cluster?.wave, rank2 = wave === void 0 ? -1 : waves.indexOf(wave);
          if (!cluster || rank2 <= 0) continue;
          let { runs, counts } = runsBefore(change2.component, rank2), target = runKey(change2.toState), behindCount = runs.length - (counts.get(target) ?? 0);
          if (behindCount === 0) continue;
          let behind = [];
          for (let run2 of runs) {
            if (behind.length === 5) break;
            run2.key !== target && behind.push(`${run2.cluster.name} (${run2.cluster.wave}) runs ${describeState(run2.state)}`);
          }
          context.report({
            path: ["clusters", cluster.index, "components", change2.component],
            atKey: !0,
            cluster: change2.cluster,
            component: change2.component,
            messageId: "aheadOfEarlierWaves",
            data: {
              cluster: change2.cluster,
              wave: wave ?? "",
              component: change2.component,
              to: change2.to ?? "",
              behind: `${behind.join("; ")}${behindCount > 5 ? `; and ${behindCount - 5} more` : ""}`
            }
          });
        }
      }
    };
  }
});

// src/rules/order-requires.ts
var orderRequires, init_order_requires = __esm({
  "src/rules/order-requires.ts"() {
    "use strict";
    init_fleet();
    init_types();
    orderRequires = {
      id: "order/requires",
      description: "A component's target needs a version of another component that the cluster will not have.",
      severity: "error",
      messages: {
        requirementMissing: "{{component}} {{version}} needs {{other}} {{allowed}}, but cluster {{cluster}} will run {{runs}}. Move {{other}} to {{allowed}} in the same change or before it ({{other}} upgrades first).",
        requirementBroken: "{{other}} moves from {{was}} to {{runs}} in cluster {{cluster}}, but {{component}} {{version}} there needs {{other}} {{allowed}}. Leave {{other}} on {{was}}{{alternative}}.",
        requirementMissed: "{{component}} {{version}} needs {{other}} {{allowed}}, but this change moves {{other}} in cluster {{cluster}} to {{runs}}. Move {{other}} to {{allowed}} instead."
      },
      check(context) {
        for (let at2 of context.states(context.head.fleet)) {
          let requirements = context.component(at2.component)?.requires;
          if (!requirements) continue;
          let scheme = context.scheme(at2.component), version = context.versionOf(at2.component, at2.state);
          if (!(!scheme || version === void 0)) {
            for (let requirement of requirements)
              if (scheme.matches(version, requirement.version))
                for (let [other, allowed] of Object.entries(requirement.needs)) {
                  let otherScheme = context.scheme(other);
                  if (!otherScheme) continue;
                  if (!at2.member && !at2.cluster.members.some((m) => m.overrides?.[other] !== void 0)) {
                    let shared = at2.cluster.components[other], sharedVersion = context.versionOf(other, shared);
                    if (shared && sharedVersion === void 0 || sharedVersion !== void 0 && allowed.some((pattern) => otherScheme.matches(sharedVersion, pattern)))
                      continue;
                  }
                  let lastState, lastVerdict, meets = (state) => {
                    if (lastVerdict !== void 0 && state === lastState) return lastVerdict;
                    let otherVersion = context.versionOf(other, state);
                    return lastState = state, lastVerdict = otherVersion !== void 0 && allowed.some((pattern) => otherScheme.matches(otherVersion, pattern)), lastVerdict;
                  }, members2 = at2.member ? [at2.member] : at2.cluster.members, offending = /* @__PURE__ */ new Map(), metInBase = context.base !== void 0, moved2 = !1, was, to;
                  for (let member of members2) {
                    let otherState = memberState(at2.cluster, member, other);
                    if (otherState && context.versionOf(other, otherState) === void 0 || meets(otherState)) continue;
                    let shown = otherState ? describeState(otherState) : "nothing";
                    if (offending.set(shown, [...offending.get(shown) ?? [], member.name]), context.base === void 0) continue;
                    let before = context.baseState({
                      cluster: at2.cluster,
                      member,
                      component: other,
                      state: otherState ?? at2.state,
                      path: at2.path
                    });
                    meets(before) || (metInBase = !1), describeState(before) !== shown && (moved2 = !0), was ??= before, to ??= otherState;
                  }
                  if (offending.size === 0) continue;
                  let runs = [...offending.entries()].map(
                    ([shown, names]) => names.length === members2.length ? shown : `${shown} on ${names.join(", ")}`
                  ).join("; "), needingMoved = context.base !== void 0 && context.versionOf(at2.component, context.baseState(at2)) !== version, common = {
                    component: at2.component,
                    version,
                    other,
                    allowed: allowed.join(" or "),
                    cluster: at2.cluster.name,
                    runs
                  }, subject = {
                    path: at2.path,
                    atKey: !0,
                    cluster: at2.cluster.name,
                    component: at2.component,
                    ...at2.member ? { member: at2.member.name } : {}
                  };
                  if (metInBase && moved2) {
                    let toVersion = context.versionOf(other, to), takes = toVersion === void 0 ? void 0 : requirements.find(
                      (r) => r.needs[other]?.some((pattern) => otherScheme.matches(toVersion, pattern))
                    );
                    context.report({
                      ...subject,
                      // About a move the change makes: the needed component moves away.
                      introduced: !0,
                      messageId: "requirementBroken",
                      data: {
                        ...common,
                        was: describeState(was),
                        alternative: takes && !needingMoved ? `, or move ${at2.component} to ${takes.version} first, which runs with ${other} ${toVersion}` : ""
                      }
                    });
                  } else needingMoved && moved2 ? context.report({ ...subject, introduced: !0, messageId: "requirementMissed", data: common }) : context.report({ ...subject, messageId: "requirementMissing", data: common });
                }
          }
        }
      }
    };
  }
});

// src/policy/schemes/calver.ts
function ordinal(version) {
  let match = RELEASE.exec(version);
  if (!match) throw new TypeError(`not a YYYY.N release: ${version}`);
  return Number(match[1]) * 2 + Number(match[2]) - 1;
}
function release(n) {
  return `${Math.floor(n / 2)}.${n % 2 + 1}`;
}
function calverScheme(versioning) {
  let tags = versioning.tags ?? {};
  return {
    name: "calver",
    unit: "release",
    example: "2025.1",
    known: "",
    isRange: () => !1,
    inFull: (version) => version,
    isValid: (version) => RELEASE.test(version),
    compare: (a, b) => ordinal(a) - ordinal(b),
    distance: (a, b) => Math.abs(ordinal(b) - ordinal(a)),
    family: () => "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => tag === "slurp" && version.endsWith(".1") || (tags[tag] ?? []).includes(version),
    between: (from, to) => {
      let stops = [];
      for (let n = ordinal(from) + 1; n <= ordinal(to); n++) stops.push(release(n));
      return stops;
    },
    line: (version) => version
  };
}
var RELEASE, init_calver = __esm({
  "src/policy/schemes/calver.ts"() {
    "use strict";
    RELEASE = /^(\d{4})\.([12])$/;
  }
});

// stand-in:semver
function loadSide3(name) {
  let here = (0, import_node_url3.fileURLToPath)(__rollgateModuleUrl), folder = (0, import_node_path3.basename)((0, import_node_path3.dirname)(here)) === "chunks" ? "./" : "./chunks/";
  return (0, import_node_module4.createRequire)(__rollgateModuleUrl)(folder + name);
}
function load2() {
  return lib2 || (lib2 = loadSide3("semver.cjs"), parse2 = lib2.parse, valid = lib2.valid, clean = lib2.clean, inc = lib2.inc, diff = lib2.diff, major = lib2.major, minor = lib2.minor, patch = lib2.patch, prerelease = lib2.prerelease, compare = lib2.compare, rcompare = lib2.rcompare, compareLoose = lib2.compareLoose, compareBuild = lib2.compareBuild, sort = lib2.sort, rsort = lib2.rsort, gt = lib2.gt, lt = lib2.lt, eq = lib2.eq, neq = lib2.neq, gte = lib2.gte, lte = lib2.lte, cmp = lib2.cmp, coerce = lib2.coerce, truncate = lib2.truncate, Comparator = lib2.Comparator, Range = lib2.Range, satisfies = lib2.satisfies, toComparators = lib2.toComparators, maxSatisfying = lib2.maxSatisfying, minSatisfying = lib2.minSatisfying, minVersion = lib2.minVersion, validRange = lib2.validRange, outside = lib2.outside, gtr = lib2.gtr, ltr = lib2.ltr, intersects = lib2.intersects, simplifyRange = lib2.simplifyRange, subset = lib2.subset, SemVer = lib2.SemVer, re = lib2.re, src = lib2.src, tokens = lib2.tokens, RELEASE_TYPES = lib2.RELEASE_TYPES, compareIdentifiers = lib2.compareIdentifiers, rcompareIdentifiers = lib2.rcompareIdentifiers, whole2 = lib2, lib2);
}
var import_node_module4, import_node_path3, import_node_url3, lib2, later2, parse2, valid, clean, inc, diff, major, minor, patch, prerelease, compare, rcompare, compareLoose, compareBuild, sort, rsort, gt, lt, eq, neq, gte, lte, cmp, coerce, truncate, Comparator, Range, satisfies, toComparators, maxSatisfying, minSatisfying, minVersion, validRange, outside, gtr, ltr, intersects, simplifyRange, subset, SemVer, re, src, tokens, RELEASE_TYPES, compareIdentifiers, rcompareIdentifiers, whole2, init_semver = __esm({
  "stand-in:semver"() {
    import_node_module4 = require("node:module"), import_node_path3 = require("node:path"), import_node_url3 = require("node:url");
    later2 = (key2) => new Proxy(function() {
    }, {
      apply: (_, self, args) => Reflect.apply(load2()[key2], self, args),
      construct: (_, args) => Reflect.construct(load2()[key2], args),
      get: (_, property) => Reflect.get(load2()[key2], property),
      has: (_, property) => Reflect.has(load2()[key2], property)
    }), parse2 = later2("parse"), valid = later2("valid"), clean = later2("clean"), inc = later2("inc"), diff = later2("diff"), major = later2("major"), minor = later2("minor"), patch = later2("patch"), prerelease = later2("prerelease"), compare = later2("compare"), rcompare = later2("rcompare"), compareLoose = later2("compareLoose"), compareBuild = later2("compareBuild"), sort = later2("sort"), rsort = later2("rsort"), gt = later2("gt"), lt = later2("lt"), eq = later2("eq"), neq = later2("neq"), gte = later2("gte"), lte = later2("lte"), cmp = later2("cmp"), coerce = later2("coerce"), truncate = later2("truncate"), Comparator = later2("Comparator"), Range = later2("Range"), satisfies = later2("satisfies"), toComparators = later2("toComparators"), maxSatisfying = later2("maxSatisfying"), minSatisfying = later2("minSatisfying"), minVersion = later2("minVersion"), validRange = later2("validRange"), outside = later2("outside"), gtr = later2("gtr"), ltr = later2("ltr"), intersects = later2("intersects"), simplifyRange = later2("simplifyRange"), subset = later2("subset"), SemVer = later2("SemVer"), re = later2("re"), src = later2("src"), tokens = later2("tokens"), RELEASE_TYPES = later2("RELEASE_TYPES"), compareIdentifiers = later2("compareIdentifiers"), rcompareIdentifiers = later2("rcompareIdentifiers"), whole2 = new Proxy({}, {
      get: (_, property) => Reflect.get(load2(), property),
      has: (_, property) => Reflect.has(load2(), property)
    });
  }
});

// src/policy/schemes/semver.ts
function read(text) {
  let parsed = cache.get(text);
  if (parsed === void 0) {
    let version = ownString(text);
    parsed = /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(version) ? whole2.parse(version, { loose: !0 }) ?? whole2.coerce(version, { includePrerelease: !0 }) : null, cache.size > 1e4 && cache.clear(), cache.set(version, parsed);
  }
  return parsed;
}
function must(version) {
  let parsed = read(version);
  if (!parsed) throw new TypeError(`not a semantic version: ${version}`);
  return parsed;
}
function semverScheme(versioning) {
  let known = [...versioning.versions ?? []].filter((v) => read(v)).sort((a, b) => whole2.compare(must(a), must(b))), tags = versioning.tags ?? {}, scheme = {
    name: "semver",
    unit: "minor version",
    example: "1.0.0",
    known: "",
    isRange: (pattern) => RANGE.test(pattern),
    inFull: (version) => /^\d+\.\d+$/.test(version) ? `${version}.0` : version,
    isValid: (version) => read(version) !== null,
    compare: (a, b) => whole2.compare(must(a), must(b)),
    distance: (a, b) => Math.abs(must(b).minor - must(a).minor) + 1e3 * Math.abs(must(b).major - must(a).major),
    family: (version) => String(must(version).major),
    matches: (version, pattern) => {
      if (version === pattern) return !0;
      let parsed = read(version);
      if (!parsed) return !1;
      try {
        return whole2.satisfies(parsed, pattern, { includePrerelease: !0 });
      } catch {
        return !1;
      }
    },
    hasTag: (version, tag) => (tags[tag] ?? []).some((pattern) => scheme.matches(version, pattern)),
    between: (from, to) => {
      let low = must(from), high = must(to), stops = known.filter((v) => whole2.gt(must(v), low) && whole2.lte(must(v), high));
      if (stops.length > 0)
        return stops.includes(to) || stops.push(to), stops;
      let lines = [];
      if (low.major === high.major)
        for (let minor2 = low.minor + 1; minor2 < high.minor; minor2++) lines.push(`${low.major}.${minor2}`);
      return lines.push(to), lines;
    },
    line: (version) => {
      let parsed = must(version);
      return `${parsed.major}.${parsed.minor}`;
    }
  };
  return scheme;
}
var RANGE, cache, init_semver2 = __esm({
  "src/policy/schemes/semver.ts"() {
    "use strict";
    init_semver();
    init_copy();
    RANGE = /^[\d.xX*<>=~^|\s-]+$/, cache = /* @__PURE__ */ new Map();
  }
});

// src/policy/schemes/tracks.ts
function tracksScheme(versioning) {
  let tracks = versioning.versions ?? [], index = new Map(tracks.map((track, i) => [track, i])), position = (track) => {
    let i = index.get(track);
    if (i === void 0) throw new TypeError(`unknown track: ${track}`);
    return i;
  }, tags = versioning.tags ?? {}, families = versioning.families ?? {};
  return {
    name: "tracks",
    unit: "track",
    example: "1.0.0",
    known: ` It knows ${tracks.join(", ")}.`,
    isRange: () => !1,
    inFull: (version) => version,
    isValid: (version) => index.has(version),
    compare: (a, b) => position(a) - position(b),
    distance: (a, b) => Math.abs(position(b) - position(a)),
    family: (version) => Object.hasOwn(families, version) ? families[version] ?? "" : "",
    matches: (version, pattern) => version === pattern,
    hasTag: (version, tag) => (tags[tag] ?? []).includes(version),
    between: (from, to) => tracks.slice(position(from) + 1, position(to) + 1),
    line: (version) => version
  };
}
var init_tracks = __esm({
  "src/policy/schemes/tracks.ts"() {
    "use strict";
  }
});

// src/policy/schemes/index.ts
function createScheme(versioning) {
  return SCHEMES[versioning.scheme](versioning);
}
function sameScheme(a, b) {
  return a.scheme === b.scheme;
}
var SCHEMES, init_schemes = __esm({
  "src/policy/schemes/index.ts"() {
    "use strict";
    init_calver();
    init_semver2();
    init_tracks();
    SCHEMES = {
      semver: semverScheme,
      tracks: tracksScheme,
      calver: calverScheme
    };
  }
});

// src/policy/skew.ts
function skewProblem(scheme, version, of, skew) {
  if (!scheme.isValid(version) || !scheme.isValid(of)) return;
  let order = scheme.compare(version, of);
  if (order === 0) return;
  let steps = scheme.family(version) === scheme.family(of) ? scheme.distance(version, of) : Number.POSITIVE_INFINITY;
  if (order > 0) return steps > skew.newer ? { direction: "newer", steps } : void 0;
  if (!(steps <= skew.older)) {
    if (skew.skip && Number.isFinite(steps) && scheme.hasTag(version, skew.skip) && scheme.hasTag(of, skew.skip)) {
      let nextTagged = scheme.between(version, of).find((v) => scheme.hasTag(v, skew.skip));
      if (nextTagged !== void 0 && scheme.compare(nextTagged, of) === 0) return;
    }
    return { direction: "older", steps };
  }
}
function describeSkew(skew) {
  let bound = skew.newer === 0 ? `never newer than ${skew.of}` : `at most ${skew.newer} newer than ${skew.of}`, skip = skew.skip ? `, or on the ${skew.skip} version before ${skew.of}'s` : "";
  return `${bound} and at most ${skew.older} older${skip}`;
}
var init_skew = __esm({
  "src/policy/skew.ts"() {
    "use strict";
  }
});

// src/policy/transition/limits.ts
function verdictsOf(pack) {
  let verdicts = verdictsByPack.get(pack);
  return (!verdicts || verdicts.size > MAX_VERDICTS) && (verdicts = /* @__PURE__ */ new Map(), verdictsByPack.set(pack, verdicts)), verdicts;
}
function limitsOf(pack) {
  let known = limitsByPack.get(pack);
  if (known) return known;
  let limits = [], has = (name) => Object.hasOwn(pack.components, name);
  for (let [name, spec] of Object.entries(pack.components)) {
    for (let skew of spec.skew ?? [])
      skew.of !== name && has(skew.of) && limits.push({ kind: "skew", subject: name, target: skew.of, skew });
    let byTarget = /* @__PURE__ */ new Map();
    for (let requirement of spec.requires ?? [])
      for (let [other, allowed] of Object.entries(requirement.needs))
        other === name || !has(other) || byTarget.set(other, [...byTarget.get(other) ?? [], { version: requirement.version, allowed }]);
    for (let [target, needs] of byTarget) limits.push({ kind: "requires", subject: name, target, needs });
  }
  return pack.strictOrder && pack.order.forEach((earlier, i) => {
    for (let later3 of pack.order.slice(i + 1))
      readAlike(pack, earlier, later3) && limits.push({ kind: "order", subject: later3, target: earlier });
  }), limitsByPack.set(pack, limits), limits;
}
function readAlike(pack, first, second) {
  let a = pack.components[first]?.versioning, b = pack.components[second]?.versioning;
  return !a || !b || !sameScheme(a, b) || a.source !== b.source ? !1 : JSON.stringify(a.versions ?? []) === JSON.stringify(b.versions ?? []);
}
function judge(setting, limit, index, subject, target) {
  let key2 = `${index}\0${subject ?? ""}\0${target ?? ""}`, known = setting.verdicts.get(key2);
  if (known !== void 0) return known ?? void 0;
  let problem = judgeOnce(setting.policy, limit, subject, target);
  return setting.verdicts.set(key2, problem ?? null), problem;
}
function judgeOnce(policy, limit, subject, target) {
  if (subject === void 0) return;
  let scheme = policy.schemes.get(limit.subject);
  if (!scheme) return;
  if (limit.kind === "skew") {
    if (target === void 0) return;
    let skew = skewProblem(scheme, subject, target, limit.skew);
    return skew ? { limit, skew } : void 0;
  }
  if (limit.kind === "requires") {
    let targetScheme = policy.schemes.get(limit.target);
    for (let need of limit.needs)
      if (scheme.matches(subject, need.version) && !(target !== void 0 && targetScheme && need.allowed.some((pattern) => targetScheme.matches(target, pattern))))
        return { limit, allowed: need.allowed };
    return;
  }
  let earlier = policy.schemes.get(limit.target);
  if (!(target === void 0 || !earlier || !earlier.isValid(subject) || !earlier.isValid(target)))
    return earlier.compare(earlier.line(subject), earlier.line(target)) > 0 ? { limit } : void 0;
}
function targetsOf(target, member) {
  let own = target.byMember.get(member);
  return own ? [own] : target.cells;
}
function judged(limit, subject, target) {
  return (!subject.moves || !subject.moved) && (!target.moves || !target.moved) ? !1 : limit.kind === "order" ? !0 : !((!subject.moves || subject.moved) && (!target.moves || target.moved));
}
var limitsByPack, verdictsByPack, MAX_VERDICTS, init_limits = __esm({
  "src/policy/transition/limits.ts"() {
    "use strict";
    init_schemes();
    init_skew();
    limitsByPack = /* @__PURE__ */ new WeakMap(), verdictsByPack = /* @__PURE__ */ new WeakMap(), MAX_VERDICTS = 1e4;
  }
});

// src/policy/transition/walk.ts
function walk2(setting, order) {
  for (let track of setting.tracks.values()) for (let cell of track.cells) cell.moved = !1;
  for (let name of order) {
    let track = setting.tracks.get(name);
    if (track?.moves)
      for (let cell of track.cells) {
        if (!cell.moves) continue;
        cell.moved = !0;
        let breach = breachAt(setting, track, cell);
        if (breach) return breach;
      }
  }
}
function breachAt(setting, track, cell) {
  for (let [index, limit] of setting.limits.entries())
    if (limit.subject === track.name) {
      let target = setting.tracks.get(limit.target);
      if (!target) continue;
      for (let other of targetsOf(target, cell.member)) {
        let found = pairBreach(setting, limit, index, track, cell, cell, other);
        if (found) return found;
      }
    } else if (limit.target === track.name) {
      let subject = setting.tracks.get(limit.subject);
      if (!subject) continue;
      for (let other of subject.cells) {
        if (other.member !== cell.member && track.byMember.has(other.member)) continue;
        let found = pairBreach(setting, limit, index, track, cell, other, cell);
        if (found) return found;
      }
    }
}
function pairBreach(setting, limit, index, moverTrack, mover, subject, target) {
  if (!judged(limit, subject, target)) return;
  let subjectVersion = subject.moved ? subject.end : subject.base, targetVersion = target.moved ? target.end : target.base, problem = judge(setting, limit, index, subjectVersion, targetVersion);
  if (!problem) return;
  let other = mover === subject ? target : subject;
  return describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, {
    // A strict order broken where the other cell stands at its end is broken by the head itself, in every order.
    always: limit.kind === "order" && (!other.moves || other.moved)
  });
}
function describe(setting, problem, moverTrack, mover, subject, subjectVersion, target, targetVersion, { always }) {
  let { limit } = problem, name = (cell) => setting.memberNames[cell.member] ?? "", where = (cell) => cell.member === mover.member ? "there" : `on ${name(cell)}`, subjectText = subject === mover ? "it" : `${limit.subject} ${subjectVersion ?? "(none)"} ${where(subject)}`, targetText = target === mover ? "it" : `${limit.target} ${targetVersion ?? "(none)"} ${where(target)}`, what;
  if (limit.kind === "skew") {
    let skew = problem.skew, unit = setting.policy.schemes.get(limit.subject)?.unit ?? "step", distance = Number.isFinite(skew.steps) ? `${skew.steps} ${unit}${skew.steps === 1 ? "" : "s"}` : "a major version";
    what = `${subjectText} is ${distance} ${skew.direction} than ${targetText} (${limit.subject} must be ${describeSkew(limit.skew)})`;
  } else if (limit.kind === "requires") {
    let runs = targetVersion === void 0 ? `no ${limit.target}` : `${limit.target} ${targetVersion}`;
    what = `${subjectText} needs ${limit.target} ${(problem.allowed ?? []).join(" or ")}, but ${name(target)} runs ${runs}`;
  } else
    what = `${subjectText} is newer than ${targetText}, which the order puts before ${limit.subject}`;
  let moverVersion = mover.end ?? "";
  return {
    component: moverTrack.name,
    member: name(mover),
    from: mover.base ?? null,
    to: moverVersion,
    kind: limit.kind,
    subject: { component: limit.subject, member: name(subject), version: subjectVersion ?? null },
    target: { component: limit.target, member: name(target), version: targetVersion ?? null },
    always,
    text: `once ${moverTrack.name} ${moverVersion} runs on ${name(mover)}, ${what}`
  };
}
var init_walk = __esm({
  "src/policy/transition/walk.ts"() {
    "use strict";
    init_skew();
    init_limits();
  }
});

// src/policy/transition/reorder.ts
function solve(setting, packOrder) {
  let strict = setting.policy.pack.strictOrder === !0, movers = 0;
  for (let track of setting.tracks.values()) track.moves && movers++;
  if (movers === 0 || movers < 2 && !strict) return {};
  let breach = walk2(setting, packOrder);
  if (!breach || strict || breach.always) return breach ? { breach } : {};
  let order = closestOrder(setting, packOrder);
  return order && !walk2(setting, order) ? { breach, order } : { breach };
}
function closestOrder(setting, packOrder) {
  let movers = packOrder.filter((name) => setting.tracks.get(name)?.moves), before = /* @__PURE__ */ new Map(), mayPrecede = (first, second) => {
    let key2 = `${first}\0${second}`, answer = before.get(key2);
    return answer === void 0 && (answer = !pairwiseBreach(setting, first, second), before.set(key2, answer)), answer;
  }, placed = [], left = [...movers];
  for (; left.length > 0; ) {
    let next = left.findIndex((name) => left.every((other) => other === name || mayPrecede(name, other)));
    if (next < 0) return;
    placed.push(...left.splice(next, 1));
  }
  let order = [...placed];
  for (let name of packOrder) {
    if (setting.tracks.get(name)?.moves) continue;
    let rankInPack = packOrder.indexOf(name), at2 = 0;
    order.forEach((other, i) => {
      packOrder.indexOf(other) < rankInPack && (at2 = i + 1);
    }), order.splice(at2, 0, name);
  }
  return order;
}
function pairwiseBreach(setting, first, second) {
  let a = setting.tracks.get(first), b = setting.tracks.get(second);
  if (!a || !b) return !1;
  for (let cell of a.cells) cell.moved = cell.moves;
  for (let cell of b.cells) cell.moved = !1;
  for (let [index, limit] of setting.limits.entries()) {
    let forward = limit.subject === first && limit.target === second, backward = limit.subject === second && limit.target === first;
    if (!forward && !backward) continue;
    let subject = forward ? a : b, target = forward ? b : a;
    for (let s of subject.cells)
      for (let t of targetsOf(target, s.member)) {
        if (!s.moves || !t.moves || !judged(limit, s, t)) continue;
        if (judge(setting, limit, index, s.moved ? s.end : s.base, t.moved ? t.end : t.base)) return !0;
      }
  }
  return !1;
}
function aheadOfPack(packOrder, order) {
  return order.filter(
    (name, i) => order.slice(i + 1).some((later3) => packOrder.indexOf(later3) < packOrder.indexOf(name))
  );
}
function behindOf(packOrder, order, ahead) {
  let behind = /* @__PURE__ */ new Set();
  for (let name of ahead) {
    let at2 = order.indexOf(name);
    for (let later3 of order.slice(at2 + 1))
      packOrder.indexOf(later3) < packOrder.indexOf(name) && behind.add(later3);
  }
  return packOrder.filter((name) => behind.has(name));
}
var init_reorder = __esm({
  "src/policy/transition/reorder.ts"() {
    "use strict";
    init_limits();
    init_walk();
  }
});

// src/policy/comparable.ts
function comparableVersion(policy, component, state) {
  if (!state) return;
  let spec = Object.hasOwn(policy.pack.components, component) ? policy.pack.components[component] : void 0;
  if (!spec) return;
  let byTrack = spec.versioning.source === "track", text = byTrack ? state.channel : state.version;
  if (text === void 0) return;
  let components = read2.get(policy);
  components || (components = /* @__PURE__ */ new Map(), read2.set(policy, components));
  let versions = components.get(component);
  if (versions || (versions = /* @__PURE__ */ new Map(), components.set(component, versions)), versions.has(text)) return versions.get(text);
  let key2 = ownString(text), raw = byTrack ? trackOf(key2) : key2, version = policy.schemes.get(component)?.isValid(raw) ? raw : void 0;
  return versions.size > 1e4 && versions.clear(), versions.set(key2, version), version;
}
function trackOf(channel) {
  let slash = channel.indexOf("/");
  return slash === -1 ? channel : channel.slice(0, slash);
}
var read2, init_comparable = __esm({
  "src/policy/comparable.ts"() {
    "use strict";
    init_copy();
    read2 = /* @__PURE__ */ new WeakMap();
  }
});

// src/policy/transition/setting.ts
function orderOf(pack, components) {
  let names = new Set(components), known = pack.order.filter((name) => names.has(name)), rest = [...names].filter((name) => !pack.order.includes(name)).sort();
  return [...known, ...rest];
}
function settingOf(policy, move) {
  let order = move.members.map((_, index) => index);
  order.sort((a, b) => rank(move.members[a]) - rank(move.members[b]) || a - b);
  let tracks = /* @__PURE__ */ new Map();
  for (let name of move.components) {
    let roles = (Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : void 0)?.rollout?.roles, scheme = policy.schemes.get(name), cells = [], byMember = /* @__PURE__ */ new Map();
    for (let member of order) {
      let role = move.members[member]?.role ?? "worker";
      if (roles && !roles.includes(role)) continue;
      let base = versionOf(policy, name, move.base(name, member)), end = versionOf(policy, name, move.head(name, member)) ?? base, moves2 = end !== void 0 && (base === void 0 || (scheme ? scheme.compare(base, end) !== 0 : base !== end)), cell = { member, base, end, moves: moves2, moved: !1 };
      cells.push(cell), byMember.set(member, cell);
    }
    tracks.set(name, { name, scheme, cells, byMember, moves: cells.some((cell) => cell.moves) });
  }
  return {
    policy,
    cluster: move.cluster,
    memberNames: move.members.map((member) => member.name),
    tracks,
    limits: limitsOf(policy.pack),
    verdicts: verdictsOf(policy.pack)
  };
}
function rank(member) {
  return member?.role === "control" ? 0 : 1;
}
var versionOf, init_setting = __esm({
  "src/policy/transition/setting.ts"() {
    "use strict";
    init_comparable();
    init_limits();
    versionOf = comparableVersion;
  }
});

// src/policy/upgrade-path.ts
function tooFarToChain(scheme, from, to) {
  return scheme.family(from) === scheme.family(to) && scheme.distance(from, to) > 256;
}
function jumpLimit(scheme, jump, from, to) {
  let found;
  for (let limit of jump.limits ?? [])
    limit.from !== void 0 && !scheme.matches(from, limit.from) || limit.to !== void 0 && !scheme.matches(to, limit.to) || (!found || limit.max < found.max) && (found = limit);
  return found;
}
function jumpProblem(scheme, jump, from, to) {
  let order = scheme.compare(from, to);
  if (order > 0) return "downgrade";
  if (order === 0) return null;
  if (scheme.family(from) !== scheme.family(to)) return jump.major === "forbid" ? "major" : null;
  let limit = jumpLimit(scheme, jump, from, to);
  if (scheme.distance(from, to) <= Math.min(jump.max, limit?.max ?? jump.max)) return null;
  if (!limit && jump.skip && !tooFarToChain(scheme, from, to) && scheme.hasTag(from, jump.skip) && scheme.hasTag(to, jump.skip)) {
    let nextTagged = scheme.between(from, to).find((v) => scheme.hasTag(v, jump.skip));
    if (nextTagged !== void 0 && scheme.compare(nextTagged, to) === 0) return null;
  }
  return "jump";
}
function findUpgradePath(scheme, jump, from, to) {
  if (scheme.compare(from, to) >= 0) return scheme.compare(from, to) === 0 ? [from] : null;
  if (tooFarToChain(scheme, from, to)) return null;
  let stops = [from, ...scheme.between(from, to)];
  if (stops.length > 257) return null;
  let previous = /* @__PURE__ */ new Map(), queue = [0], seen = /* @__PURE__ */ new Set([0]);
  for (; queue.length > 0; ) {
    let at2 = queue.shift();
    for (let next = stops.length - 1; next > at2; next--)
      if (!seen.has(next) && jumpProblem(scheme, jump, stops[at2], stops[next]) === null) {
        if (seen.add(next), previous.set(next, at2), next === stops.length - 1) {
          let path14 = [next];
          for (; path14[0] !== 0; ) path14.unshift(previous.get(path14[0]));
          return path14.map((i) => stops[i]);
        }
        queue.push(next);
      }
  }
  return null;
}
function noPathReason(scheme, jump, from, to) {
  return jumpLimit(scheme, jump, from, to)?.max === 0 ? "closed" : tooFarToChain(scheme, from, to) ? "too-far" : "no-chain";
}
function describeLimit(limit, unit) {
  let where = [
    ...limit.from !== void 0 ? [`from ${limit.from}`] : [],
    ...limit.to !== void 0 ? [`to ${limit.to}`] : []
  ].join(" ");
  return `${limit.max === 0 ? "no upgrade" : `${limit.max} ${unit}${limit.max === 1 ? "" : "s"} at a time`}${where ? ` ${where}` : ""} ("${limit.note}")`;
}
function describeJump(jump, unit) {
  let steps = `${jump.max} ${unit}${jump.max === 1 ? "" : "s"}`;
  return jump.skip ? `${steps} at a time, or from one ${jump.skip} version to the next` : `${steps} at a time`;
}
var init_upgrade_path = __esm({
  "src/policy/upgrade-path.ts"() {
    "use strict";
  }
});

// src/policy/transition/split.ts
function findSplit(policy, move, breach) {
  let packOrder = orderOf(policy.pack, move.components), moves2 = [], middle = move.base, current = breach;
  for (let round = 0; round < move.components.length; round++) {
    let candidates2 = current.subject.component === current.component ? [current.target.component, current.subject.component] : [current.subject.component, current.target.component], progress;
    for (let name of candidates2)
      if (!moves2.some((m) => m.component === name))
        for (let stop of stopsOf(policy, move, middle, name)) {
          let next = moveTo(policy, move, middle, name, stop), tried = [...moves2, { component: name, to: stop }];
          if (headBreaks(
            settingOf(policy, { ...move, head: next }),
            tried.map((m) => m.component)
          ))
            continue;
          let rest = solve(settingOf(policy, { ...move, base: next }), packOrder);
          if (!rest.breach || rest.order) {
            let first = solve(settingOf(policy, { ...move, head: next }), packOrder);
            if (!first.breach || first.order) return tried;
            continue;
          }
          !progress && !rest.breach.always && (progress = { move: { component: name, to: stop }, middle: next, breach: rest.breach });
        }
    if (!progress) return;
    moves2.push(progress.move), middle = progress.middle, current = progress.breach;
  }
}
function stopsOf(policy, move, middle, name) {
  let scheme = policy.schemes.get(name), cell = settingOf(policy, { ...move, base: middle }).tracks.get(name)?.cells.find((c) => c.moves && c.base !== void 0);
  if (!scheme || !cell?.base || cell.end === void 0) return [];
  let { base: from, end: to } = cell, jump = policy.pack.components[name]?.jump;
  return scheme.between(from, to).filter((version) => scheme.compare(version, to) < 0).filter(
    (version) => !jump || !jumpProblem(scheme, jump, from, version) && !jumpProblem(scheme, jump, version, to)
  ).reverse().slice(0, MAX_SPLIT_STOPS);
}
function moveTo(policy, move, middle, name, stop) {
  let scheme = policy.schemes.get(name);
  return (component, member) => {
    let state = middle(component, member);
    if (component !== name) return state;
    let from = versionOf(policy, name, state), to = versionOf(policy, name, move.head(name, member));
    return from === void 0 || to === void 0 || scheme.compare(from, stop) >= 0 || scheme.compare(stop, to) >= 0 ? state : readAs(policy, name, stop, state);
  };
}
function readAs(policy, component, version, state) {
  if (policy.pack.components[component]?.versioning.source === "track") {
    let risk = state?.channel?.split("/").slice(1).join("/") || "stable";
    return { ...state, channel: `${version}/${risk}` };
  }
  return { ...state, version };
}
function headBreaks(setting, moved2) {
  for (let t of setting.tracks.values()) for (let cell of t.cells) cell.moved = cell.moves;
  for (let [index, limit] of setting.limits.entries()) {
    let subject = setting.tracks.get(limit.subject), target = setting.tracks.get(limit.target);
    if (!(!subject || !target) && !(!moved2.includes(limit.subject) && !moved2.includes(limit.target))) {
      for (let s of subject.cells)
        for (let t of targetsOf(target, s.member))
          if (!(!s.moves && !t.moves) && judge(setting, limit, index, s.end, t.end))
            return !0;
    }
  }
  return !1;
}
var MAX_SPLIT_STOPS, init_split = __esm({
  "src/policy/transition/split.ts"() {
    "use strict";
    init_upgrade_path();
    init_limits();
    init_reorder();
    init_setting();
    MAX_SPLIT_STOPS = 8;
  }
});

// src/policy/transition/index.ts
function planTransition(policy, move) {
  let setting = settingOf(policy, move), packOrder = orderOf(policy.pack, move.components), found = solve(setting, packOrder);
  if (!found.breach) return { ok: !0, order: packOrder };
  let { breach } = found;
  if (found.order) {
    let moving = (name) => setting.tracks.get(name)?.moves === !0, ahead = aheadOfPack(packOrder, found.order).filter(moving), behind = behindOf(packOrder, found.order, ahead).filter(moving);
    return {
      ok: !0,
      order: found.order,
      reordered: {
        ahead,
        breach,
        text: `${ahead.join(", ")} ${ahead.length === 1 ? "moves" : "move"} before ${behind.join(", ")} in ${move.cluster}, against the ${policy.pack.name} pack's order: in that order, ${breach.text}.`
      }
    };
  }
  let split = breach.always ? void 0 : findSplit(policy, move, breach);
  return { ok: !1, order: packOrder, breach, ...split ? { split } : {} };
}
function clusterMove(head, base) {
  let baseMembers = new Map(base?.members.map((member) => [member.name, member]) ?? []), components = new Set(Object.keys(head.components));
  for (let cluster of base ? [head, base] : [head]) {
    for (let name of Object.keys(cluster.components)) components.add(name);
    for (let member of cluster.members)
      if (member.overrides) for (let name of Object.keys(member.overrides)) components.add(name);
  }
  return {
    cluster: head.name,
    members: head.members,
    components: [...components],
    base: (component, index) => {
      let member = head.members[index], before = member && base ? baseMembers.get(member.name) : void 0;
      return before && base ? memberState(base, before, component) : void 0;
    },
    head: (component, index) => {
      let member = head.members[index];
      return member ? memberState(head, member, component) : void 0;
    }
  };
}
var init_transition = __esm({
  "src/policy/transition/index.ts"() {
    "use strict";
    init_fleet();
    init_reorder();
    init_setting();
    init_split();
    init_setting();
  }
});

// src/rules/order-transition.ts
function transitionMessage(policy, cluster, transition) {
  let { pack } = policy, { breach, split } = transition, order = pack.order.join(", "), base = { cluster, pack: pack.name, order, state: breach.text };
  if (breach.always)
    return {
      messageId: "strictOrderBroken",
      data: {
        ...base,
        earlier: breach.target.component,
        later: breach.subject.component,
        version: breach.subject.version ?? ""
      }
    };
  let orders = pack.strictOrder ? `In the pack's order, which is strict (${order})` : "In the pack's order (every other order meets such a state too)";
  if (split)
    return {
      messageId: "noOrderSplit",
      data: { ...base, orders, first: split.map((move) => `${move.component} to ${move.to}`).join(" and ") }
    };
  let other = breach.component === breach.subject.component ? breach.target.component : breach.subject.component;
  return { messageId: "noOrder", data: { ...base, orders, moved: breach.component, other } };
}
function refusedBy(policy, component, from, to) {
  let scheme = policy.schemes.get(component);
  if (!scheme) return;
  if (scheme.compare(from, to) > 0) return "skew/downgrade";
  let jump = Object.hasOwn(policy.pack.components, component) ? policy.pack.components[component]?.jump : void 0, problem = jump ? jumpProblem(scheme, jump, from, to) : null;
  return problem === "major" ? "skew/major" : problem === "jump" ? "skew/jump" : void 0;
}
function severityOf(policy, rule, component) {
  let severities = (rules) => rules;
  return (Object.hasOwn(policy.pack.components, component) ? severities(policy.pack.components[component]?.rules)?.[rule] : void 0) ?? severities(policy.pack.rules)?.[rule] ?? "error";
}
var orderTransition, init_order_transition = __esm({
  "src/rules/order-transition.ts"() {
    "use strict";
    init_transition();
    init_upgrade_path();
    init_compare_change();
    init_types();
    orderTransition = {
      id: "order/transition",
      description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change.",
      severity: "error",
      messages: {
        strictOrderBroken: "The {{pack}} pack's order is strict ({{order}}), and {{cluster}} would break it: {{state}}. Move {{earlier}} to {{version}} or later in this change or before it, or {{later}} no further than {{earlier}}.",
        noOrderSplit: "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: first move {{first}} in {{cluster}} in a change of its own, then the rest of this one.",
        noOrder: "No order of the moves in {{cluster}} keeps every state within the {{pack}} pack's limits. {{orders}}, the first state that breaks one: {{state}}. Split the change: move {{moved}} and {{other}} in smaller steps, one change each, so that each state keeps the limit."
      },
      check(context) {
        if (!context.base) return;
        let moved2 = new Set(context.changes.map((change2) => change2.cluster));
        if (moved2.size !== 0) {
          for (let { change: change2, from, to } of versionMoves(context)) {
            let rule = refusedBy(context.policy, change2.component, from, to);
            rule && severityOf(context.policy, rule, change2.component) === "error" && moved2.delete(change2.cluster);
          }
          for (let cluster of context.head.fleet.clusters) {
            if (!moved2.has(cluster.name)) continue;
            moved2.delete(cluster.name);
            let transition = planTransition(
              context.policy,
              clusterMove(cluster, context.baseCluster(cluster.name))
            );
            if (transition.ok) continue;
            let { component } = transition.breach, member = Object.hasOwn(cluster.components, component) ? void 0 : cluster.members.find((m) => m.overrides?.[component]);
            context.report({
              path: member ? ["clusters", cluster.index, "members", member.index, "components", component] : ["clusters", cluster.index, "components", component],
              atKey: !0,
              cluster: cluster.name,
              component,
              ...member ? { member: member.name } : {},
              ...transitionMessage(context.policy, cluster.name, transition)
            });
          }
        }
      }
    };
  }
});

// src/rules/pins-conflict.ts
var pinsConflict, init_pins_conflict = __esm({
  "src/rules/pins-conflict.ts"() {
    "use strict";
    init_types();
    pinsConflict = {
      id: "pins/conflict",
      description: "Clusters behind the same proxy pin one snap channel to different revisions: within one wave, or without a hold.",
      severity: "error",
      messages: {
        revisionsDiffer: "{{where}} pins {{component}} {{channel}} to revision {{revision}}, but {{other}} behind the same proxy {{proxy}} pins it to {{otherRevision}}; a proxy override serves one revision per channel. Pin both to the same revision, or serve them from different proxies.",
        notHeld: "{{where}} ({{wave}}) pins {{component}} {{channel}} to revision {{revision}} without a hold, while {{other}} ({{otherWave}}) behind the same proxy {{proxy}} pins it to {{otherRevision}}; when one wave's stage sets the override, auto-refresh moves every member that does not hold {{component}} to that revision. Hold it (hold: true), or pin both to the same revision."
      },
      check(context) {
        let pins = /* @__PURE__ */ new Map();
        for (let at2 of context.states(context.head.fleet)) {
          let { channel, revision } = at2.state;
          if (at2.cluster.proxy === void 0 || channel === void 0 || revision === void 0) continue;
          let key2 = `${at2.cluster.proxy}\0${at2.component}\0${channel}`, places = pins.get(key2);
          places ? places.push(at2) : pins.set(key2, [at2]);
        }
        let name = (at2) => at2.member ? `${at2.cluster.name}/${at2.member.name}` : at2.cluster.name, report = (at2, first, messageId) => context.report({
          path: [...at2.path, "revision"],
          cluster: at2.cluster.name,
          component: at2.component,
          ...at2.member ? { member: at2.member.name } : {},
          messageId,
          data: {
            where: name(at2),
            wave: at2.cluster.wave ?? "",
            component: at2.component,
            channel: at2.state.channel ?? "",
            revision: at2.state.revision ?? "",
            other: name(first),
            otherWave: first.cluster.wave ?? "",
            proxy: at2.cluster.proxy ?? "",
            otherRevision: first.state.revision ?? ""
          }
        });
        for (let places of pins.values()) {
          let first = places[0], other = places.find((at2) => at2.state.revision !== first.state.revision);
          if (!other) continue;
          if (places.some((at2) => at2.cluster.wave === void 0)) {
            for (let at2 of places)
              at2.state.revision !== first.state.revision && report(at2, first, "revisionsDiffer");
            continue;
          }
          let firstOfWave = /* @__PURE__ */ new Map();
          for (let at2 of places) {
            let wave = at2.cluster.wave, own = firstOfWave.get(wave);
            own ? at2.state.revision !== own.state.revision && report(at2, own, "revisionsDiffer") : firstOfWave.set(wave, at2);
          }
          for (let at2 of places) {
            if (at2.state.hold === !0) continue;
            let differing = at2.state.revision === first.state.revision ? other : first;
            report(at2, differing, "notHeld");
          }
        }
      }
    };
  }
});

// src/rules/policy-changed.ts
var VERBS, policyChanged, init_policy_changed = __esm({
  "src/rules/policy-changed.ts"() {
    "use strict";
    init_types();
    VERBS = { edited: "edits", added: "adds", removed: "removes", renamed: "renames" }, policyChanged = {
      id: "policy/changed",
      description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs).",
      severity: "warning",
      messages: {
        packChanged: "This change {{verb}} the policy pack {{file}}. It is judged by the base's packs ({{judge}}), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.",
        policyMoved: "The manifest's policy moves from {{from}} to {{to}}. This change is judged by {{from}}, the base's pack; the new one applies from the next change on."
      },
      check(context) {
        let judge2 = context.policy.file;
        for (let change2 of context.policyChanges)
          context.report({
            path: [],
            at: { file: change2.file, line: change2.line ?? 1, column: 1 },
            messageId: "packChanged",
            data: { verb: VERBS[change2.what], file: change2.file, judge: judge2 }
          });
        let base = context.base;
        base && base.fleet.policy !== context.head.fleet.policy && context.report({
          path: ["policy"],
          messageId: "policyMoved",
          data: { from: base.fleet.policy, to: context.head.fleet.policy }
        });
      }
    };
  }
});

// src/rules/schema.ts
var schema, init_schema = __esm({
  "src/rules/schema.ts"() {
    "use strict";
    init_bad_input();
    init_types();
    schema = {
      id: "schema",
      description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read.",
      severity: "error",
      messages: SCHEMA_MESSAGES
    };
  }
});

// src/rules/skew-components.ts
var skewComponents, init_skew_components = __esm({
  "src/rules/skew-components.ts"() {
    "use strict";
    init_fleet();
    init_skew();
    init_types();
    skewComponents = {
      id: "skew/components",
      description: "Two components of one cluster are further apart than the pack allows.",
      severity: "error",
      messages: {
        tooNew: "{{component}} {{version}} is newer than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{of}} first.",
        tooOld: "{{component}} {{version}} is older than {{of}} {{ofVersion}} by {{by}} in {{cluster}}; {{component}} must be {{limit}}. Upgrade {{component}} too."
      },
      check(context) {
        for (let [name, policy] of Object.entries(context.policy.pack.components))
          for (let skew of policy.skew ?? []) {
            let scheme = context.scheme(name);
            if (scheme)
              for (let cluster of context.head.fleet.clusters) {
                let seen = /* @__PURE__ */ new Set();
                for (let member of cluster.members) {
                  let version = context.versionOf(name, memberState(cluster, member, name)), of = context.versionOf(skew.of, memberState(cluster, member, skew.of));
                  if (version === void 0 || of === void 0) continue;
                  let key2 = `${version}|${of}`;
                  if (seen.has(key2)) continue;
                  seen.add(key2);
                  let problem = skewProblem(scheme, version, of, skew);
                  if (!problem) continue;
                  let tooNew = problem.direction === "newer", steps = problem.steps, overridden = member.overrides?.[name] ? member : void 0;
                  context.report({
                    path: overridden ? ["clusters", cluster.index, "members", member.index, "components", name] : ["clusters", cluster.index, "components", name],
                    atKey: !0,
                    cluster: cluster.name,
                    component: name,
                    ...overridden ? { member: member.name } : {},
                    messageId: tooNew ? "tooNew" : "tooOld",
                    data: {
                      component: name,
                      version,
                      of: skew.of,
                      ofVersion: of,
                      by: Number.isFinite(steps) ? steps : "a major version",
                      cluster: cluster.name,
                      limit: describeSkew(skew)
                    }
                  });
                }
              }
          }
      }
    };
  }
});

// src/rules/skew-downgrade.ts
var skewDowngrade, init_skew_downgrade = __esm({
  "src/rules/skew-downgrade.ts"() {
    "use strict";
    init_compare_change();
    init_types();
    skewDowngrade = {
      id: "skew/downgrade",
      description: "Head is older than base: an older version, or a lower revision on the same channel.",
      severity: "error",
      messages: {
        olderVersion: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.",
        olderRevision: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change."
      },
      check(context) {
        for (let { change: change2, from, to } of versionMoves(context)) {
          let scheme = context.scheme(change2.component);
          if (!scheme) continue;
          let order = scheme.compare(from, to), older = order > 0, olderRevision = order === 0 && change2.fromState?.channel !== void 0 && change2.fromState.channel === change2.toState?.channel && (change2.toState?.revision ?? 0) < (change2.fromState.revision ?? 0);
          !older && !olderRevision || context.report({
            path: changePath(context, change2),
            atKey: !0,
            ...changeSubject(change2),
            messageId: older ? "olderVersion" : "olderRevision",
            data: {
              component: change2.component,
              from: older ? from : change2.from ?? "",
              to: older ? to : change2.to ?? "",
              where: change2.member ?? change2.cluster
            }
          });
        }
      }
    };
  }
});

// src/rules/skew-jump.ts
var NO_PATH, skewJump, init_skew_jump = __esm({
  "src/rules/skew-jump.ts"() {
    "use strict";
    init_upgrade_path();
    init_compare_change();
    init_types();
    NO_PATH = { closed: "jumpFromClosed", "too-far": "jumpTooFar", "no-chain": "jumpNoChain" }, skewJump = {
      id: "skew/jump",
      description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes.",
      severity: "error",
      messages: {
        jumpWithPath: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. Upgrade in steps instead: {{path}}, one change for each.",
        jumpFromClosed: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of upgrades leaves it; see the vendor's notes for how to move off it.",
        jumpTooFar: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. That is more than {{maxStops}} {{unit}}s away, too far for rollgate to chain steps to; check the version, and see the vendor's upgrade notes.",
        jumpNoChain: "{{component}} {{from}} -> {{to}} in {{where}} jumps {{distance}}; {{pack}} allows {{allows}}. No chain of allowed steps leads there with the versions the pack knows; see the vendor's upgrade notes."
      },
      check(context) {
        for (let { change: change2, from, to } of versionMoves(context)) {
          let policy = context.component(change2.component), scheme = context.scheme(change2.component);
          if (!policy?.jump || !scheme || jumpProblem(scheme, policy.jump, from, to) !== "jump") continue;
          let unit = scheme.unit, distance = scheme.distance(from, to), limit = jumpLimit(scheme, policy.jump, from, to), allows = limit ? describeLimit(limit, unit) : describeJump(policy.jump, unit), path14 = findUpgradePath(scheme, policy.jump, from, to);
          context.report({
            path: changePath(context, change2),
            atKey: !0,
            ...changeSubject(change2),
            messageId: path14 ? "jumpWithPath" : NO_PATH[noPathReason(scheme, policy.jump, from, to)],
            data: {
              component: change2.component,
              from,
              to,
              where: change2.member ?? change2.cluster,
              distance: `${distance} ${unit}${distance === 1 ? "" : "s"}`,
              pack: context.policy.pack.name,
              allows,
              path: path14?.join(" -> ") ?? "",
              maxStops: 256,
              unit
            }
          });
        }
      }
    };
  }
});

// src/rules/skew-major.ts
var skewMajor, init_skew_major = __esm({
  "src/rules/skew-major.ts"() {
    "use strict";
    init_compare_change();
    init_types();
    skewMajor = {
      id: "skew/major",
      description: "The major version or track family changes where the pack forbids in-place major upgrades.",
      severity: "error",
      messages: {
        majorChange: "{{component}} {{from}} -> {{to}} in {{where}} changes the major version ({{fromFamily}} to {{toFamily}}); {{pack}} supports no in-place major upgrade. Stay on {{fromFamily}}.x, or migrate out of place."
      },
      check(context) {
        for (let { change: change2, from, to } of versionMoves(context)) {
          let policy = context.component(change2.component), scheme = context.scheme(change2.component);
          policy?.jump?.major !== "forbid" || !scheme || scheme.family(from) !== scheme.family(to) && context.report({
            path: changePath(context, change2),
            atKey: !0,
            ...changeSubject(change2),
            messageId: "majorChange",
            data: {
              component: change2.component,
              from,
              to,
              where: change2.member ?? change2.cluster,
              fromFamily: scheme.family(from),
              toFamily: scheme.family(to),
              pack: context.policy.pack.name
            }
          });
        }
      }
    };
  }
});

// src/rules/skew-members.ts
var skewMembers, init_skew_members = __esm({
  "src/rules/skew-members.ts"() {
    "use strict";
    init_fleet();
    init_types();
    skewMembers = {
      id: "skew/members",
      description: "Members of one cluster would run different versions or revisions.",
      severity: "error",
      messages: {
        memberDiffers: "{{member}} would run {{component}} {{runs}} while {{rest}}; members of a cluster must run the same version and revision (a mismatched member is blocked or cannot change the cluster). Move {{member}} with the others, or drop its override."
      },
      check(context) {
        for (let cluster of context.head.fleet.clusters) {
          let overriding = cluster.members.filter((m) => m.overrides);
          if (overriding.length === 0) continue;
          let sharedRun = /* @__PURE__ */ new Map(), anyRunsShared = (component) => {
            let known = sharedRun.get(component);
            if (known === void 0) {
              let shared = cluster.components[component];
              known = cluster.members.some((m) => sameRun(memberState(cluster, m, component), shared)), sharedRun.set(component, known);
            }
            return known;
          };
          for (let member of overriding)
            for (let component of Object.keys(member.overrides ?? {})) {
              let shared = cluster.components[component], own = memberState(cluster, member, component);
              if (sameRun(shared, own)) continue;
              let rest = shared ? anyRunsShared(component) ? `the rest of ${cluster.name} runs ${describeState(shared)}` : `the cluster declares ${describeState(shared)}` : "the other members run none";
              context.report({
                path: ["clusters", cluster.index, "members", member.index, "components", component],
                atKey: !0,
                cluster: cluster.name,
                component,
                member: member.name,
                messageId: "memberDiffers",
                data: { member: member.name, component, runs: describeState(own), rest }
              });
            }
        }
      }
    };
  }
});

// src/rules/yaml-syntax.ts
var yamlSyntax, init_yaml_syntax = __esm({
  "src/rules/yaml-syntax.ts"() {
    "use strict";
    init_bad_input();
    init_types();
    yamlSyntax = {
      id: "yaml/syntax",
      description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits.",
      severity: "error",
      messages: YAML_SYNTAX_MESSAGES
    };
  }
});

// src/rules/index.ts
var RULES, RULE_IDS, init_rules = __esm({
  "src/rules/index.ts"() {
    "use strict";
    init_channel_blocked();
    init_channel_eol();
    init_channel_risk();
    init_cohort_required();
    init_drift();
    init_hold_freeze();
    init_hold_required();
    init_order_promotion();
    init_order_requires();
    init_order_transition();
    init_pins_conflict();
    init_policy_changed();
    init_schema();
    init_skew_components();
    init_skew_downgrade();
    init_skew_jump();
    init_skew_major();
    init_skew_members();
    init_yaml_syntax();
    RULES = [
      yamlSyntax,
      schema,
      orderRequires,
      orderPromotion,
      orderTransition,
      skewJump,
      skewDowngrade,
      skewMajor,
      skewMembers,
      skewComponents,
      channelRisk,
      channelEol,
      channelBlocked,
      holdRequired,
      holdFreeze,
      cohortRequired,
      pinsConflict,
      policyChanged,
      drift
    ], RULE_IDS = RULES.map((rule) => rule.id);
  }
});

// src/findings.ts
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
var RollgateError, init_findings = __esm({
  "src/findings.ts"() {
    "use strict";
    init_rules();
    RollgateError = class extends Error {
      name = "RollgateError";
    };
  }
});

// src/io/paths.ts
function toPosix(file) {
  return file.split(import_node_path4.default.sep).join("/");
}
function shownPath(from, file, fallback) {
  return toPosix(import_node_path4.default.relative(from, import_node_path4.default.resolve(from, file))) || fallback;
}
var import_node_path4, init_paths = __esm({
  "src/io/paths.ts"() {
    "use strict";
    import_node_path4 = __toESM(require("node:path"), 1);
  }
});

// src/policy/pack.ts
function rememberPrecompiledPack(text, json) {
  validatedAtBuild.set(text, json);
}
function loadPack(text, file) {
  let precompiled = validatedAtBuild.get(text);
  if (precompiled !== void 0)
    return { policy: policyOf(JSON.parse(precompiled), file, text), findings: [] };
  let { source, findings } = parseYamlFile(text, file);
  if (!source) return { findings };
  let schemaFindings = validateSchema("policy", source);
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  let pack = source.value, problems = checkPack(pack, source);
  return problems.length > 0 ? { findings: problems } : { policy: policyOf(pack, file, text), findings: [] };
}
function policyOf(pack, file, text) {
  let schemes = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    schemes.set(name, createScheme(component.versioning));
  return { pack, file, text, schemes };
}
function checkPack(pack, source) {
  let findings = [], report = (path14, code, data) => {
    let { line, column } = positionOf(source, path14);
    findings.push(schemaFinding(code, { file: source.file, line, column }, data));
  }, params = Object.keys(pack.params ?? {});
  for (let name of params)
    STEP_PLACEHOLDERS.includes(name) && report(["params", name], "PARAM_NAME_TAKEN", { param: name, placeholder: `{${name}}` });
  let names = Object.keys(pack.components);
  for (let name of names)
    pack.order.includes(name) || report(["order"], "ORDER_MISSING", { component: name });
  pack.order.forEach((name, i) => {
    Object.hasOwn(pack.components, name) || report(["order", i], "ORDER_UNKNOWN", { component: name });
  });
  let cycle = findRequiresCycle(pack);
  cycle && report(["components", cycle[0], "requires"], "REQUIRES_CYCLE", { cycle: cycle.join(" -> ") });
  for (let [name, component] of Object.entries(pack.components)) {
    let base = ["components", name], scheme = createScheme(component.versioning), checkVersion = (path14, version, ranges) => {
      scheme.isValid(version) || ranges && scheme.isRange(version) || report(path14, "UNKNOWN_VERSION", { version, scheme: component.versioning.scheme, component: name });
    };
    (component.versioning.versions ?? []).forEach((v, i) => {
      checkVersion([...base, "versioning", "versions", i], v, !1);
    }), (component.jump?.limits ?? []).forEach((limit, i) => {
      limit.from !== void 0 && checkVersion([...base, "jump", "limits", i, "from"], limit.from, !0), limit.to !== void 0 && checkVersion([...base, "jump", "limits", i, "to"], limit.to, !0);
    }), (component.eol ?? []).forEach((e, i) => {
      checkVersion([...base, "eol", i, "version"], e.version, !0);
    }), (component.blocked ?? []).forEach((b, i) => {
      b.version !== void 0 && checkVersion([...base, "blocked", i, "version"], b.version, !0);
    }), (component.requires ?? []).forEach((requirement, i) => {
      checkVersion([...base, "requires", i, "version"], requirement.version, !0);
      for (let [other, versions] of Object.entries(requirement.needs)) {
        let path14 = [...base, "requires", i, "needs", other];
        checkNeeded(pack, other, versions, path14, `\`${name}\` requires`, report) && pack.order.indexOf(other) > pack.order.indexOf(name) && report(path14, "REQUIRES_LATER_IN_ORDER", { component: name, other });
      }
    }), (component.skew ?? []).forEach((skew, i) => {
      let other = pack.components[skew.of];
      !other || !Object.hasOwn(pack.components, skew.of) ? report([...base, "skew", i, "of"], "SKEW_UNKNOWN_COMPONENT", { component: name, other: skew.of }) : sameScheme(other.versioning, component.versioning) || report([...base, "skew", i, "of"], "SKEW_SCHEMES_DIFFER", { component: name, other: skew.of });
    }), checkSteps(component, base, report, params);
  }
  for (let key2 of ["first", "finally"])
    (pack.rollout?.[key2] ?? []).forEach((step, i) => {
      checkStep(step, ["rollout", key2, i], report, params), (step.on === "control" || step.each) && report(["rollout", key2, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      for (let [other, versions] of Object.entries(step.needs ?? {}))
        checkNeeded(pack, other, versions, ["rollout", key2, i, "needs", other], `Step \`${step.name}\` needs`, report);
    });
  return findings;
}
function checkNeeded(pack, component, versions, path14, who, report) {
  let policy = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  if (!policy)
    return report(path14, "UNKNOWN_REFERENCE", { who, component }), !1;
  let scheme = createScheme(policy.versioning);
  return versions.forEach((v, j) => {
    !scheme.isValid(v) && !scheme.isRange(v) && report([...path14, j], "UNKNOWN_VERSION", { version: v, scheme: policy.versioning.scheme, component });
  }), !0;
}
function checkSteps(component, base, report, params) {
  let rollout = component.rollout;
  if (rollout)
    for (let key2 of ["before", "member", "after", "rollback"])
      (rollout[key2] ?? []).forEach((step, i) => {
        checkStep(step, [...base, "rollout", key2, i], report, params), (step.on === "control" || step.each) && (key2 === "member" || key2 === "rollback") && report([...base, "rollout", key2, i, "on"], "STEP_NOT_ON_CONTROL", { step: step.name });
      });
}
function checkStep(step, path14, report, params) {
  let args = step.run.map((arg, i) => [arg, ["run", i]]);
  (step.unless ?? []).forEach((arg, i) => {
    args.push([arg, ["unless", i]]);
  }), step.creates !== void 0 && args.push([step.creates, ["creates"]]), (step.onlyIf ?? []).forEach((arg, i) => {
    args.push([arg, ["onlyIf", i]]);
  }), (step.expect ?? []).forEach((expectation, i) => {
    let tests = ["is", "has", "lacks", "like"].filter((key2) => expectation[key2] !== void 0);
    tests.length !== 1 && report([...path14, "expect", i], "EXPECT_ONE_TEST", { step: step.name, count: String(tests.length) });
    for (let key2 of ["match", "like"]) {
      let expression = expectation[key2];
      if (expression !== void 0)
        try {
          new RegExp(expression.replaceAll(PLACEHOLDER, "x"));
        } catch {
          report([...path14, "expect", i, key2], "EXPECT_NOT_REGEX", { step: step.name });
        }
    }
    for (let key2 of ["what", "match", "is", "has", "lacks", "like"]) {
      let text = expectation[key2];
      text !== void 0 && args.push([text, ["expect", i, key2]]);
    }
  }), step.unless && step.creates !== void 0 && report([...path14, "unless"], "UNLESS_AND_CREATES", { step: step.name });
  let known = [...STEP_PLACEHOLDERS, ...params];
  for (let [arg, where] of args)
    for (let match of arg.matchAll(PLACEHOLDER))
      known.includes(match[1]) || report([...path14, ...where], "UNKNOWN_PLACEHOLDER", {
        step: step.name,
        placeholder: `{${match[1]}}`,
        known: known.map((p) => `{${p}}`).join(", ")
      });
}
function findRequiresCycle(pack) {
  let edges = /* @__PURE__ */ new Map();
  for (let [name, component] of Object.entries(pack.components))
    edges.set(name, [...new Set((component.requires ?? []).flatMap((r) => Object.keys(r.needs)))]);
  let state = /* @__PURE__ */ new Map(), stack = [], visit2 = (name) => {
    if (state.get(name) === "done") return null;
    if (state.get(name) === "open") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "open"), stack.push(name);
    for (let next of edges.get(name) ?? []) {
      let cycle = visit2(next);
      if (cycle) return cycle;
    }
    return stack.pop(), state.set(name, "done"), null;
  };
  for (let name of edges.keys()) {
    let cycle = visit2(name);
    if (cycle) return cycle;
  }
  return null;
}
var STEP_PLACEHOLDERS, PLACEHOLDER, validatedAtBuild, init_pack = __esm({
  "src/policy/pack.ts"() {
    "use strict";
    init_bad_input();
    init_positions();
    init_yaml2();
    init_validate();
    init_schemes();
    STEP_PLACEHOLDERS = [
      "component",
      "member",
      "cluster",
      "channel",
      "track",
      "revision",
      "version",
      "proxy",
      "attempts",
      "from"
    ], PLACEHOLDER = /\{([a-z][a-z-]*)\}/g, validatedAtBuild = /* @__PURE__ */ new Map();
  }
});

// src/io/embedded-packs.ts
function loadSide4(name) {
  let here = (0, import_node_url4.fileURLToPath)(__rollgateModuleUrl), folder = (0, import_node_path6.basename)((0, import_node_path6.dirname)(here)) === "chunks" ? "./" : "./chunks/";
  return (0, import_node_module5.createRequire)(__rollgateModuleUrl)(folder + name);
}
function embeddedPacks() {
  return loadSide4("packs.json");
}
var import_node_module5, import_node_path6, import_node_url4, init_embedded_packs = __esm({
  "src/io/embedded-packs.ts"() {
    "use strict";
    import_node_module5 = require("node:module"), import_node_path6 = require("node:path"), import_node_url4 = require("node:url");
  }
});

// src/io/files.ts
async function readText(file, root, into) {
  let descriptor;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    let code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw code === "ELOOP" ? new RollgateError(
      `${file} is a symbolic link; rollgate reads only regular files, so a link in a checkout cannot make it read a file elsewhere.`
    ) : new RollgateError(`Cannot read ${file}: ${error.message}.`);
  }
  try {
    root !== void 0 && refuseEscape(file, root);
    let stat2 = fstatSync(descriptor);
    if (stat2.isDirectory()) throw new RollgateError(`${file} is a directory, not a manifest file.`);
    if (!stat2.isFile())
      throw new RollgateError(
        `${file} is not a regular file (a pipe, device or socket); rollgate reads files.`
      );
    if (stat2.size > MAX_READ_BYTES) {
      let size = stat2.size >= 1073741824 ? `${(stat2.size / 1073741824).toFixed(1)} GiB` : `${(stat2.size / 1048576).toFixed(1)} MiB`;
      throw new RollgateError(
        `${file} is ${size}; rollgate reads files of at most ${YAML_LIMITS.maxBytes / 2 ** 20} MiB.`
      );
    }
    return readWhole(descriptor, stat2.size, into).toString("utf8");
  } catch (error) {
    throw error instanceof RollgateError ? error : new RollgateError(`Cannot read ${file}: ${error.message}.`);
  } finally {
    closeSync(descriptor);
  }
}
function readWhole(descriptor, size, into) {
  let buffer = into ? into.take(size) : Buffer.allocUnsafe(size), filled = 0;
  for (; filled < size; ) {
    let bytesRead = readSync(descriptor, buffer, filled, size - filled, filled);
    if (bytesRead === 0) return buffer.subarray(0, filled);
    filled += bytesRead;
  }
  return readSync(descriptor, Buffer.allocUnsafe(1), 0, 1, filled) === 0 ? buffer : readFileSync(descriptor);
}
function isInside(file, folder) {
  let relative = import_node_path7.default.relative(folder, file);
  return relative === "" || !relative.startsWith(`..${import_node_path7.default.sep}`) && relative !== ".." && !import_node_path7.default.isAbsolute(relative);
}
function refuseEscape(file, root) {
  let named2 = import_node_path7.default.resolve(file);
  if (!isInside(named2, import_node_path7.default.resolve(root))) return;
  let [real, realRoot] = [realpathNative(named2), realpathNative(root)];
  if (!isInside(real, realRoot))
    throw new RollgateError(
      `${file} lies under a symbolic link that leads out of ${root}; rollgate does not follow links out of the repository it reads.`
    );
}
async function requireText(file, what, root, into) {
  let text = await readText(file, root, into);
  if (text === void 0) throw new RollgateError(`The ${what} ${file} does not exist.`);
  return text;
}
async function replaceText(file, shown, expected2, text, calls = fsPromises()) {
  let { lstat: lstat2, unlink } = fsPromises(), folder = import_node_path7.default.dirname(file), name = import_node_path7.default.basename(file), lock = import_node_path7.default.join(folder, `.${name}.rollgate-lock`), lockHandle;
  try {
    lockHandle = await calls.open(lock, EXCLUSIVE, 384);
  } catch (error) {
    throw error.code === "EEXIST" ? new RollgateError(
      `Another rollgate edit is writing ${shown} (${import_node_path7.default.basename(lock)} is there); nothing was written. Run this again when it is done, or remove that file if no edit is running.`
    ) : new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  let { randomUUID } = await import("node:crypto"), temporary = import_node_path7.default.join(folder, `.${name}.rollgate-${randomUUID()}.tmp`), written = !1;
  try {
    if (await readText(file) !== expected2)
      throw new RollgateError(
        `${shown} changed after rollgate read it (another edit of it ran meanwhile); nothing was written, so that edit stands. Run this again.`
      );
    let { mode } = await lstat2(file), handle = await calls.open(temporary, EXCLUSIVE, 384);
    try {
      await handle.chmod(mode & 4095), await handle.writeFile(text), await handle.sync();
    } finally {
      await handle.close();
    }
    await calls.rename(temporary, file), written = !0, await syncFolder(folder);
  } catch (error) {
    throw error instanceof RollgateError ? error : new RollgateError(
      `Cannot write ${shown}: ${error.message}${written ? "" : `; ${shown} is as it was`}.`
    );
  } finally {
    written || await unlink(temporary).catch(() => {
    }), await lockHandle.close().catch(() => {
    }), await unlink(lock).catch(() => {
    });
  }
}
async function syncFolder(folder) {
  try {
    let handle = await fsPromises().open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
var import_node_path7, MAX_READ_BYTES, ReadBuffer, EXCLUSIVE, init_files = __esm({
  "src/io/files.ts"() {
    "use strict";
    import_node_path7 = __toESM(require("node:path"), 1);
    init_findings();
    init_yaml2();
    init_node_fs();
    MAX_READ_BYTES = 2 * YAML_LIMITS.maxBytes;
    ReadBuffer = class {
      bytes;
      /** The first `size` bytes of the buffer, made larger when it is too small, with room for a file a little larger. */
      take(size) {
        return (!this.bytes || this.bytes.length < size) && (this.bytes = Buffer.allocUnsafe(Math.ceil(size * 1.25))), this.bytes.subarray(0, size);
      }
    };
    EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  }
});

// src/io/packs.ts
function isPackPath(nameOrPath) {
  return /\.ya?ml$/.test(nameOrPath);
}
function builtinPacks() {
  let embedded = embeddedPacks();
  if (embedded) {
    let packs2 = /* @__PURE__ */ new Map();
    for (let [name, { text, json }] of Object.entries(embedded))
      rememberPrecompiledPack(text, json), packs2.set(name, text);
    return packs2;
  }
  let packs = /* @__PURE__ */ new Map(), dir = import_node_path8.default.dirname((0, import_node_url5.fileURLToPath)(__rollgateModuleUrl));
  for (let up = 0; up < 4; up++) {
    let candidate = import_node_path8.default.join(dir, "policies");
    if (existsSync(import_node_path8.default.join(candidate, "microcloud.yaml"))) {
      for (let file of readdirSync(candidate).sort())
        file.endsWith(".yaml") && packs.set(file.slice(0, -5), readFileSync(import_node_path8.default.join(candidate, file), "utf8"));
      break;
    }
    dir = import_node_path8.default.dirname(dir);
  }
  return packs;
}
function checkPoliciesFolder(cwd, policies, given, mayBeAbsent) {
  let isFolder;
  try {
    isFolder = statSync(import_node_path8.default.resolve(cwd, policies)).isDirectory();
  } catch {
    if (mayBeAbsent) return;
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, ".")} does not exist. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`
    );
  }
  if (!isFolder)
    throw new RollgateError(
      `${given} names no folder: ${shownPath(cwd, policies, ".")} is a file. Name the folder of your own packs, or leave it out to judge by rollgate's packs alone.`
    );
}
function packResolver(policiesDir, read3) {
  let builtin = builtinPacks();
  return {
    async resolve(nameOrPath, manifestFile) {
      let manifestDir = import_node_path8.default.posix.dirname(toPosix(manifestFile)), own = await readPackFile(nameOrPath, policiesDir, read3, manifestDir);
      if (own) return own;
      let text = isPackPath(nameOrPath) ? void 0 : builtin.get(nameOrPath);
      return text === void 0 ? void 0 : { file: `builtin:${nameOrPath}`, text };
    },
    known: [...builtin.keys()].sort()
  };
}
function workingTreePacks(cwd, policies) {
  let policiesDir = shownPath(cwd, policies, ".");
  return { ...packResolver(policiesDir, (file) => readText(import_node_path8.default.resolve(cwd, file), cwd)), policiesDir };
}
async function loadNamedPack(cwd, name, policies) {
  let { resolve, known, policiesDir } = workingTreePacks(cwd, policies), found = await resolve(name, "fleet.yaml");
  if (!found)
    throw new RollgateError(
      `There is no pack named ${JSON.stringify(name)} in ${policiesDir}/ or among rollgate's packs (${known.join(", ")}).`
    );
  let { policy, findings } = loadPack(found.text, found.file), first = findings[0];
  if (!policy)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : "."}`
    );
  return policy;
}
function packPath(nameOrPath, manifestDir) {
  if (!isPackPath(nameOrPath)) return;
  let file = import_node_path8.default.posix.normalize(import_node_path8.default.posix.join(toPosix(manifestDir), nameOrPath));
  if (!(file.startsWith("../") || file === ".." || import_node_path8.default.posix.isAbsolute(file)))
    return file;
}
async function readPackFile(nameOrPath, policiesDir, read3, manifestDir) {
  if (isPackPath(nameOrPath)) {
    let file = packPath(nameOrPath, manifestDir);
    if (file === void 0) return;
    let text = await read3(file);
    return text === void 0 ? void 0 : { file, text };
  }
  if (PACK_NAME.test(nameOrPath))
    for (let extension of [".yaml", ".yml"]) {
      let file = import_node_path8.default.posix.join(toPosix(policiesDir), `${nameOrPath}${extension}`), text = await read3(file);
      if (text !== void 0) return { file, text };
    }
}
var import_node_path8, import_node_url5, PACK_NAME, init_packs = __esm({
  "src/io/packs.ts"() {
    "use strict";
    import_node_path8 = __toESM(require("node:path"), 1), import_node_url5 = require("node:url");
    init_findings();
    init_pack();
    init_embedded_packs();
    init_files();
    init_node_fs();
    init_paths();
    PACK_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
  }
});

// src/report/escape.ts
function printable(text) {
  return text.replace(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to write as escapes.
    /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function visible(text) {
  return printable(text).replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
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
var INVISIBLE, LIVE, AROUND, init_escape = __esm({
  "src/report/escape.ts"() {
    "use strict";
    INVISIBLE = /[\u00ad\u061c\u115f\u1160\u200b-\u200d\u2060-\u2064\u206a-\u206f\u3164\ufeff\uffa0]|\u034f|[\u17b4\u17b5]|[\u180b-\u180f]|[\ufe00-\ufe0f]/g;
    LIVE = /@|#\w|\bGH-\d|:\/\/|www\./i, AROUND = /^([([{"'<]*)(.*?)([)\]}"'>.,;:!?]*)$/s;
  }
});

// src/io/heap.ts
function keepHeapSmallFor(sources) {
  return sources.head.text.length + (sources.base?.text.length ?? 0) < LARGE_MANIFESTS ? !1 : ((0, import_node_module6.createRequire)(__rollgateModuleUrl)("node:v8").setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`), !0);
}
var import_node_module6, LARGE_MANIFESTS, HEAP_GROWING_PERCENT, init_heap = __esm({
  "src/io/heap.ts"() {
    "use strict";
    import_node_module6 = require("node:module"), LARGE_MANIFESTS = 16 * 1024 * 1024, HEAP_GROWING_PERCENT = 30;
  }
});

// src/observe/file.ts
function parseObserved(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RollgateError(`${file} is not JSON; give the file \`rollgate observe --out\` wrote.`);
  }
  let validate = validatorFor("observed");
  if (!validate(value)) {
    let first = validate.errors?.[0], where = first && /^[A-Za-z0-9/_-]{0,200}$/.test(first.instancePath) ? first.instancePath || "/" : "";
    throw new RollgateError(
      `${file} is not in the shape of observed.json${where ? ` (${where} breaks \`${first?.keyword}\`)` : ""}; give the file \`rollgate observe --out\` wrote.`
    );
  }
  let observed = value, seen = /* @__PURE__ */ new Set();
  for (let member of observed.members) {
    let key2 = JSON.stringify([member.cluster, member.name]);
    if (seen.has(key2))
      throw new RollgateError(
        `${file} lists a member twice; give the file \`rollgate observe --out\` wrote.`
      );
    seen.add(key2);
  }
  return observed;
}
var init_file = __esm({
  "src/observe/file.ts"() {
    "use strict";
    init_findings();
    init_validators();
  }
});

// src/io/observed-file.ts
async function readObserved(cwd, file) {
  let text = await readText(import_node_path10.default.resolve(cwd, file));
  if (text === void 0)
    throw new RollgateError(
      `--observed ${inertText(file)} does not exist; write it with rollgate observe --out ${inertText(file)}.`
    );
  if (text.length > MAX_OBSERVED_BYTES)
    throw new RollgateError(`--observed ${inertText(file)} is larger than rollgate reads (64 MiB).`);
  return parseObserved(text, inertText(file));
}
var import_node_path10, MAX_OBSERVED_BYTES, init_observed_file = __esm({
  "src/io/observed-file.ts"() {
    "use strict";
    import_node_path10 = __toESM(require("node:path"), 1);
    init_findings();
    init_file();
    init_escape();
    init_files();
    MAX_OBSERVED_BYTES = 64 * 1024 * 1024;
  }
});

// src/check/diff.ts
function diffFleets(base, head) {
  let changes = [], baseClusters = new Map(base.clusters.map((c) => [c.name, c]));
  for (let cluster of head.clusters) {
    let before = baseClusters.get(cluster.name), baseComponents = before?.components ?? {};
    for (let component in baseComponents) {
      let fromState = baseComponents[component], toState = cluster.components[component];
      sameRun(fromState, toState) || changes.push(change(cluster.name, component, void 0, fromState, toState));
    }
    for (let component in cluster.components) {
      if (Object.hasOwn(baseComponents, component)) continue;
      let toState = cluster.components[component];
      sameRun(void 0, toState) || changes.push(change(cluster.name, component, void 0, void 0, toState));
    }
    let baseOverriding = before?.members.some((m) => m.overrides) === !0 ? new Map(before.members.filter((m) => m.overrides).map((m) => [m.name, m])) : void 0;
    for (let member of cluster.members) {
      let beforeMember = baseOverriding?.get(member.name);
      if (!member.overrides && !beforeMember) continue;
      let overridden = /* @__PURE__ */ new Set([
        ...Object.keys(member.overrides ?? {}),
        ...Object.keys(beforeMember?.overrides ?? {})
      ]);
      for (let component of overridden) {
        let fromState = before ? merged(before, beforeMember?.overrides?.[component], component) : void 0, toState = merged(cluster, member.overrides?.[component], component), clusterFrom = before?.components[component], clusterTo = cluster.components[component];
        sameRun(fromState, toState) || sameRun(fromState, clusterFrom) && sameRun(toState, clusterTo) || changes.push(change(cluster.name, component, member.name, fromState, toState));
      }
    }
  }
  return changes;
}
function merged(cluster, own, component) {
  let shared = cluster.components[component];
  return own ? shared ? { ...shared, ...own } : own : shared;
}
function change(cluster, component, member, fromState, toState) {
  return {
    cluster,
    component,
    ...member ? { member } : {},
    from: fromState ? describeState(fromState) : null,
    to: toState ? describeState(toState) : null,
    ...fromState ? { fromState } : {},
    ...toState ? { toState } : {}
  };
}
var init_diff = __esm({
  "src/check/diff.ts"() {
    "use strict";
    init_fleet();
  }
});

// src/check/states.ts
function statesOf(fleet2) {
  let states = listed.get(fleet2);
  if (states) return states;
  let list = [];
  for (let cluster of fleet2.clusters) {
    for (let component in cluster.components)
      list.push(new State(cluster, component, cluster.components[component]));
    for (let member of cluster.members)
      if (member.overrides)
        for (let component in member.overrides) {
          let own = member.overrides[component], shared = cluster.components[component];
          list.push(new State(cluster, component, shared ? { ...shared, ...own } : own, member));
        }
  }
  return states = list, listed.set(fleet2, states), states;
}
var State, listed, init_states = __esm({
  "src/check/states.ts"() {
    "use strict";
    init_fleet();
    State = class {
      constructor(cluster, component, state, member) {
        this.cluster = cluster;
        this.component = component;
        this.state = state;
        this.member = member;
      }
      cluster;
      component;
      state;
      member;
      get path() {
        return this.member ? manifestPaths.memberComponent(this.cluster, this.member, this.component) : manifestPaths.component(this.cluster, this.component);
      }
    }, listed = /* @__PURE__ */ new WeakMap();
  }
});

// src/check/pack-fit.ts
function checkAgainstPack(head, policy) {
  let findings = [], pack = policy.pack, report = (path14, code, data, subject) => {
    let { line, column } = keyPositionOf(head.source, path14);
    findings.push(schemaFinding(code, { file: head.source.file, line, column, ...subject }, data));
  };
  for (let cluster of head.fleet.clusters) {
    let size = cluster.members.length;
    if (pack.members?.min !== void 0 && size < pack.members.min || pack.members?.max !== void 0 && size > pack.members.max) {
      let range = pack.members.min === pack.members.max ? `exactly ${pack.members.min}` : `${pack.members.min ?? 1} to ${pack.members.max ?? "any number of"}`;
      report(
        [...manifestPaths.cluster(cluster), "members"],
        "MEMBER_COUNT",
        { cluster: cluster.name, size: `${size} member${size === 1 ? "" : "s"}`, pack: pack.name, range },
        { cluster: cluster.name }
      );
    }
  }
  for (let at2 of statesOf(head.fleet)) {
    let subject = () => ({
      cluster: at2.cluster.name,
      component: at2.component,
      ...at2.member ? { member: at2.member.name } : {}
    }), spec = Object.hasOwn(pack.components, at2.component) ? pack.components[at2.component] : void 0;
    if (!spec) {
      report(
        at2.path,
        "UNKNOWN_COMPONENT",
        { component: at2.component, pack: pack.name, known: pack.order.join(", ") },
        subject()
      );
      continue;
    }
    let source = spec.versioning.source, channel = at2.state.channel, raw = source === "track" ? channel === void 0 ? void 0 : trackOf(channel) : at2.state.version;
    if (raw === void 0) {
      report(
        at2.path,
        "VERSION_MISSING",
        {
          component: at2.component,
          needed: source === "track" ? "a `channel` (track/risk)" : "a `version`",
          pack: pack.name
        },
        subject()
      );
      continue;
    }
    let scheme = policy.schemes.get(at2.component);
    scheme?.isValid(raw) || report(
      at2.path,
      "UNREADABLE_VERSION",
      {
        component: at2.component,
        what: source === "track" ? "track" : "version",
        version: raw,
        pack: pack.name,
        scheme: spec.versioning.scheme,
        known: scheme?.known ?? ""
      },
      subject()
    );
  }
  return findings;
}
var init_pack_fit = __esm({
  "src/check/pack-fit.ts"() {
    "use strict";
    init_bad_input();
    init_fleet();
    init_positions();
    init_comparable();
    init_states();
  }
});

// src/check/run-rules.ts
function subjectKey(rule, code, subject) {
  return `${rule}\0${code ?? ""}\0${subject.cluster ?? ""}\0${subject.member ?? ""}\0${subject.component ?? ""}`;
}
function runRules(head, base, policy, changes, policyChanges, now, { subjects, observed, only } = {}) {
  let findings = [], baseClusters = new Map(base?.fleet.clusters.map((c) => [c.name, c]) ?? []), baseMembers = /* @__PURE__ */ new Map();
  for (let rule of RULES) {
    if (!rule.check || only && !only.has(rule.id)) continue;
    let configured = (component) => (component && Object.hasOwn(policy.pack.components, component) ? policy.pack.components[component]?.rules?.[rule.id] : void 0) ?? policy.pack.rules?.[rule.id] ?? rule.severity, context = {
      head,
      ...base ? { base } : {},
      policy,
      now,
      changes,
      policyChanges,
      ...observed ? { observed } : {},
      baseCluster: (name) => baseClusters.get(name),
      baseState(at2) {
        let before = baseClusters.get(at2.cluster.name);
        if (!before) return;
        if (!at2.member) return before.components[at2.component];
        let members2 = baseMembers.get(before);
        if (!members2) {
          members2 = /* @__PURE__ */ new Map();
          for (let member2 of before.members)
            members2.has(member2.name) || members2.set(member2.name, member2);
          baseMembers.set(before, members2);
        }
        let member = members2.get(at2.member.name);
        return member ? memberState(before, member, at2.component) : void 0;
      },
      component: (name) => Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : void 0,
      scheme: (name) => policy.schemes.get(name),
      versionOf: (component, state) => comparableVersion(policy, component, state),
      states: statesOf,
      report(finding) {
        let setting = configured(finding.component);
        if (setting === "off") return;
        if (subjects) {
          subjects.add(subjectKey(rule.id, finding.messageId, finding));
          return;
        }
        let severity = setting, position = finding.at ?? {
          file: head.source.file,
          ...finding.atKey ? keyPositionOf(head.source, finding.path) : positionOf(head.source, finding.path)
        }, template2 = rule.messages[finding.messageId];
        if (template2 === void 0) throw new Error(`${rule.id} has no message ${finding.messageId}.`);
        findings.push({
          rule: rule.id,
          code: finding.messageId,
          ...finding.data ? { data: finding.data } : {},
          severity,
          message: formatMessage(template2, finding.data),
          file: position.file,
          line: position.line,
          column: position.column,
          ...finding.cluster !== void 0 ? { cluster: finding.cluster } : {},
          ...finding.component !== void 0 ? { component: finding.component } : {},
          ...finding.member !== void 0 ? { member: finding.member } : {},
          ...finding.introduced !== void 0 ? { introduced: finding.introduced } : {}
        });
      }
    };
    rule.check(context);
  }
  return findings;
}
var init_run_rules = __esm({
  "src/check/run-rules.ts"() {
    "use strict";
    init_fleet();
    init_positions();
    init_comparable();
    init_rules();
    init_types();
    init_states();
  }
});

// src/check/introduced.ts
function markIntroduced(judged2, base, policy, now) {
  let pending = /* @__PURE__ */ new Set();
  for (let finding of judged2) finding.introduced === void 0 && pending.add(finding.rule);
  if (pending.size === 0) return;
  let old = /* @__PURE__ */ new Set();
  if (pending.has("schema"))
    for (let finding of checkAgainstPack(base, policy))
      old.add(subjectKey(finding.rule, finding.code, finding));
  runRules(base, void 0, policy, [], [], now, { subjects: old, only: pending });
  for (let finding of judged2)
    finding.introduced ??= !old.has(subjectKey(finding.rule, finding.code, finding));
}
var init_introduced = __esm({
  "src/check/introduced.ts"() {
    "use strict";
    init_pack_fit();
    init_run_rules();
  }
});

// src/check/index.ts
async function check(input) {
  let head = loadManifest(input.head.text, input.head.file), base = input.base ? loadManifest(
    input.base.text,
    input.base.file,
    head.source ? { known: head.source, knownPassed: head.fleet !== void 0 } : {}
  ) : void 0, findings = [...head.findings];
  if (!head.fleet || !head.source || head.findings.length > 0)
    return finish({ findings, changes: [], head, ...base ? { base } : {} }, input.strict);
  let baseUsable = base?.fleet && base.source && base.findings.length === 0;
  if (base && !baseUsable) {
    let first = base.findings[0];
    findings.push(
      schemaFinding(
        "BASE_UNREADABLE",
        { file: head.file, line: 1, column: 1, severity: "warning" },
        { file: base.file, reason: first ? ` (line ${first.line}: ${first.message})` : "" }
      )
    );
  }
  let judgedHead = { fleet: head.fleet, source: head.source }, judgedBase = baseUsable ? { fleet: base.fleet, source: base.source } : void 0, policyName = judgedBase?.fleet.policy ?? head.fleet.policy, packFile = await input.resolvePack(
    policyName,
    judgedBase ? base.file : head.file
  );
  if (!packFile) {
    let { line, column } = positionOf(head.source, ["policy"]), known = input.knownPacks?.length ? ` The packs there are: ${input.knownPacks.join(", ")}.` : "";
    return findings.push(
      schemaFinding(
        /\.ya?ml$/.test(policyName) ? "PACK_PATH_NOT_FOUND" : "UNKNOWN_PACK",
        { file: head.file, line, column },
        { policy: policyName, known }
      )
    ), finish({ findings, changes: [], head, ...base ? { base } : {} }, input.strict);
  }
  let loaded = loadPack(packFile.text, packFile.file);
  if (!loaded.policy) {
    let first = loaded.findings[0];
    throw new RollgateError(
      `The policy pack ${packFile.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${printable(first.message)}` : "."}`
    );
  }
  let policy = loaded.policy, policyChanges = typeof input.policyChanges == "function" ? await input.policyChanges({
    head: head.fleet.policy,
    ...base?.fleet ? { base: base.fleet.policy } : {}
  }) : input.policyChanges ?? [];
  for (let change2 of policyChanges)
    change2.text !== void 0 && findings.push(...loadPack(change2.text, change2.file).findings);
  let changes = judgedBase ? diffFleets(judgedBase.fleet, judgedHead.fleet) : [], judged2 = [
    ...checkAgainstPack(judgedHead, policy),
    ...runRules(judgedHead, judgedBase, policy, changes, policyChanges, input.now, {
      ...input.observed ? { observed: input.observed } : {}
    })
  ];
  return judgedBase && markIntroduced(judged2, judgedBase, policy, input.now), findings.push(...judged2), finish({ findings, changes, head, ...base ? { base } : {}, policy }, input.strict);
}
function finish(result, strict = !1) {
  result.findings.sort(compareFindings);
  let errors = 0, warnings = 0;
  for (let finding of result.findings)
    finding.message = printable(finding.message), finding.introduced ??= !0, !finding.introduced && !strict && (finding.severity = "warning"), finding.severity === "error" ? errors++ : warnings++;
  return { ok: errors === 0, summary: { errors, warnings }, ...result };
}
var init_check = __esm({
  "src/check/index.ts"() {
    "use strict";
    init_bad_input();
    init_findings();
    init_fleet();
    init_positions();
    init_pack();
    init_escape();
    init_diff();
    init_introduced();
    init_pack_fit();
    init_run_rules();
    init_diff();
    init_states();
  }
});

// src/io/sources.ts
async function gatherSources(options) {
  let { repository, cwd } = options, headPath = import_node_path11.default.resolve(cwd, options.head), display = (file) => shownPath(cwd, file, file), commitOf = async (ref, what) => {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The ${what} ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    return sha;
  }, headSha = options.headRef !== void 0 ? await commitOf(options.headRef, "head") : void 0, into = new ReadBuffer(), headText;
  if (headSha !== void 0) {
    let text = await repository.show(headSha, headPath);
    if (text === void 0)
      throw new RollgateError(`The head commit ${headSha} has no manifest ${display(options.head)}.`);
    headText = text;
  } else headText = await requireText(headPath, "head manifest", cwd, into);
  let head = { file: display(options.head), text: headText }, policiesDir = display(options.policies), base, readPacks, policyChanges = [];
  if (options.baseRef !== void 0) {
    let sha = await commitOf(options.baseRef, "base"), baseText = await repository.show(sha, headPath);
    baseText !== void 0 && (base = { file: head.file, text: baseText }), readPacks = (file) => repository.show(sha, import_node_path11.default.resolve(cwd, file)), policyChanges = async (named2) => {
      let watched = [import_node_path11.default.resolve(cwd, options.policies)];
      for (let name of /* @__PURE__ */ new Set([named2.head, named2.base])) {
        let file = name === void 0 ? void 0 : packPath(name, import_node_path11.default.posix.dirname(head.file));
        file !== void 0 && watched.push(import_node_path11.default.resolve(cwd, file));
      }
      let root = await repository.root(), edited = [];
      for (let changed of await repository.changed(sha, watched, headSha)) {
        if (!/\.ya?ml$/.test(changed.path)) continue;
        let absolute = import_node_path11.default.join(root, changed.path), text = changed.status === "removed" ? void 0 : headSha !== void 0 ? await repository.show(headSha, absolute) : await readText(absolute, root);
        edited.push({
          file: display(absolute),
          what: changed.status,
          ...changed.line !== void 0 ? { line: changed.line } : {},
          ...text !== void 0 ? { text } : {}
        });
      }
      return edited;
    };
  } else {
    if (options.headRef !== void 0)
      throw new RollgateError("A head commit is judged against a base commit; give a base ref too.");
    options.base !== void 0 && (base = {
      file: display(options.base),
      text: await requireText(import_node_path11.default.resolve(cwd, options.base), "base manifest", cwd, into)
    }), readPacks = (file) => readText(import_node_path11.default.resolve(cwd, file), cwd);
  }
  let { resolve, known } = packResolver(policiesDir, readPacks);
  return { head, ...base ? { base } : {}, resolvePack: resolve, knownPacks: known, policyChanges };
}
function checkSources(sources, now, strict = !1, observed) {
  return check({
    ...observed ? { observed } : {},
    head: sources.head,
    ...sources.base ? { base: sources.base } : {},
    resolvePack: sources.resolvePack,
    ...sources.policyChanges ? { policyChanges: sources.policyChanges } : {},
    knownPacks: sources.knownPacks,
    now,
    ...strict ? { strict } : {}
  });
}
var import_node_path11, init_sources = __esm({
  "src/io/sources.ts"() {
    "use strict";
    import_node_path11 = __toESM(require("node:path"), 1);
    init_check();
    init_findings();
    init_files();
    init_packs();
    init_paths();
  }
});

// src/report/text.ts
function renderText(result, options = {}) {
  let paint = (color, text) => options.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text, lines = [];
  if (result.changes.length > 0) {
    lines.push(paint("bold", "Changes"));
    for (let c of result.changes)
      lines.push(
        `  ${inertText(c.cluster)}${c.member ? `/${inertText(c.member)}` : ""}  ${inertText(c.component)}  ${c.from === null ? "(new)" : inertText(c.from)} -> ${c.to === null ? "(removed)" : inertText(c.to)}`
      );
    lines.push("");
  }
  let groups = /* @__PURE__ */ new Map();
  for (let finding of result.findings) {
    let key2 = finding.cluster ?? "", group = groups.get(key2);
    group ? group.push(finding) : groups.set(key2, [finding]);
  }
  for (let [cluster, findings] of groups) {
    lines.push(paint("bold", cluster ? `Cluster ${inertText(cluster)}` : "Fleet"));
    for (let f of findings) {
      let severity = f.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      lines.push(
        `  ${paint("dim", `${inertText(f.file)}:${f.line}:${f.column}`)}  ${severity}  ${inertText(f.message)}${f.introduced === !1 ? " (already in the base)" : ""}  ${paint("dim", inertText(f.rule))}`
      );
    }
    lines.push("");
  }
  let { errors, warnings } = result.summary, verdict = result.ok ? paint("green", "pass") : paint("red", "fail");
  return lines.push(
    `${verdict}: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`
  ), `${lines.join(`
`)}
`;
}
var COLORS, init_text = __esm({
  "src/report/text.ts"() {
    "use strict";
    init_escape();
    COLORS = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 };
  }
});

// src/cli/flags.ts
function parseNow(value) {
  if (value === void 0) return /* @__PURE__ */ new Date();
  let date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? /* @__PURE__ */ new Date(`${value}T00:00:00Z`) : new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime()))
    throw new RollgateError(
      `--now ${JSON.stringify(value)} is not an ISO 8601 date or time (for example 2026-12-24 or 2026-12-24T10:00:00Z).`
    );
  return date;
}
function baseOptions(values) {
  if (!values.head)
    throw new RollgateError("--head is required: the manifest to judge, for example --head fleet.yaml.");
  if (values.base !== void 0 && values["base-ref"] !== void 0)
    throw new RollgateError("Give --base or --base-ref, not both.");
  return {
    head: values.head,
    ...values.base !== void 0 ? { base: values.base } : {},
    ...values["base-ref"] !== void 0 ? { baseRef: values["base-ref"] } : {}
  };
}
var init_flags = __esm({
  "src/cli/flags.ts"() {
    "use strict";
    init_findings();
  }
});

// src/git/unfinished.ts
async function readUnfinished(repository, manifest, shown, refs) {
  let rollouts = [];
  for (let { ref, sha } of refs) {
    let text = await repository.show(sha, manifest);
    if (text === void 0) continue;
    let loaded = loadManifest(text, `${shown}@${ref}`);
    if (!loaded.fleet || loaded.findings.length > 0)
      throw new RollgateError(
        `The manifest at the unfinished rollout ref ${ref} could not be read, so rollgate cannot tell what that rollout may have changed.`
      );
    rollouts.push({ ref, sha, fleet: loaded.fleet });
  }
  return rollouts;
}
async function resolveUnfinishedRefs(repository, refs) {
  let resolved = [];
  for (let ref of refs) {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The unfinished rollout ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    resolved.push({ ref, sha });
  }
  return resolved;
}
var init_unfinished = __esm({
  "src/git/unfinished.ts"() {
    "use strict";
    init_findings();
    init_fleet();
  }
});

// src/io/plan-files.ts
async function writePlanChunks(dir, chunks) {
  let open2 = /* @__PURE__ */ new Map(), made = /* @__PURE__ */ new Set(), target = (file) => {
    let parts = file.split("/");
    if (parts.some((part) => part === "" || part === "." || part === ".."))
      throw new Error(`plan file path ${JSON.stringify(file)} is not a plain relative path`);
    let where = import_node_path12.default.join(dir, ...parts), parent = import_node_path12.default.dirname(where);
    return made.has(parent) || ((0, import_node_fs4.mkdirSync)(parent, { recursive: !0 }), made.add(parent)), where;
  }, pending = 0, failure, settled, created = (where, text, mode) => {
    pending++, (0, import_node_fs4.open)(where, "w", mode, (error, descriptor) => {
      try {
        if (error) throw error;
        try {
          (0, import_node_fs4.writeSync)(descriptor, text);
        } finally {
          (0, import_node_fs4.closeSync)(descriptor);
        }
      } catch (problem) {
        failure ??= problem;
      }
      pending--, pending <= PENDING_LOW && settled?.();
    });
  }, drained = (level) => pending <= level ? void 0 : new Promise((resolve) => {
    settled = () => {
      pending > level || (settled = void 0, resolve());
    };
  }), done;
  try {
    for (let next = chunks.next(); ; next = chunks.next()) {
      if (next.done) {
        done = next.value;
        break;
      }
      let chunk = next.value;
      if (failure) break;
      let descriptor = open2.get(chunk.path), mode = chunk.executable ? 493 : 420;
      if (descriptor === void 0) {
        if (chunk.end) {
          created(target(chunk.path), chunk.text, mode), pending >= PENDING_HIGH && await drained(PENDING_LOW);
          continue;
        }
        descriptor = (0, import_node_fs4.openSync)(target(chunk.path), "w", mode), open2.set(chunk.path, descriptor);
      }
      chunk.text !== "" && (0, import_node_fs4.writeSync)(descriptor, chunk.text), chunk.end && (open2.delete(chunk.path), (0, import_node_fs4.closeSync)(descriptor));
    }
  } catch (error) {
    failure ??= error;
  } finally {
    for (let descriptor of open2.values()) (0, import_node_fs4.closeSync)(descriptor);
    await drained(0);
  }
  if (failure === void 0) return done;
  let code = failure.code;
  throw typeof code == "string" && code.startsWith("E") ? new RollgateError(`Cannot write the plan under ${dir}: ${failure.message}.`) : failure;
}
var import_node_fs4, import_node_path12, PENDING_HIGH, PENDING_LOW, init_plan_files = __esm({
  "src/io/plan-files.ts"() {
    "use strict";
    import_node_fs4 = require("node:fs"), import_node_path12 = __toESM(require("node:path"), 1);
    init_findings();
    PENDING_HIGH = 64, PENDING_LOW = 16;
  }
});

// src/report/old-findings.ts
function untouchedClustersWithOldFindings(result) {
  let touched = new Set(result.changes.map((change2) => change2.cluster)), clusters = /* @__PURE__ */ new Set();
  for (let finding of result.findings)
    finding.introduced !== !1 || finding.cluster === void 0 || touched.has(finding.cluster) || clusters.add(finding.cluster);
  return [...clusters].sort();
}
var init_old_findings = __esm({
  "src/report/old-findings.ts"() {
    "use strict";
  }
});

// src/observe/resume.ts
function observedIndex(observed) {
  if (observed)
    return new Map(observed.members.map((member) => [observedKey(member.cluster, member.name), member]));
}
function observedKey(cluster, member) {
  return `${cluster}\0${member}`;
}
function componentOf(member, component) {
  return Object.hasOwn(member.components, component) ? member.components[component] : void 0;
}
function atTarget(member, component, target) {
  let found = componentOf(member, component);
  return !(found?.status !== "found" || !runsPin(found, target) || target.hold !== void 0 && found.held !== target.hold || target.cohort === !0 && !found.cohort);
}
function resumeOf(member, component, target) {
  if (member?.status !== "answered") return { kind: "plan" };
  let found = componentOf(member, component);
  if (!found || found.status === "unknown" || found.status === "unsupported") return { kind: "plan" };
  let runs = describeObserved(found), evacuated = member.service === "Evacuated";
  return (member.service === void 0 || member.service === "Online") && atTarget(member, component, target) ? { kind: "skip", runs, at: member.at } : evacuated ? { kind: "restore-first", runs, at: member.at } : { kind: "plan" };
}
var init_resume = __esm({
  "src/observe/resume.ts"() {
    "use strict";
    init_compare();
  }
});

// src/plan/canonical.ts
function canonicalJson(value) {
  return value === null || typeof value != "object" ? JSON.stringify(value) ?? "null" : Array.isArray(value) ? `[${value.map((item) => canonicalJson(item === void 0 ? null : item)).join(",")}]` : `{${Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key2, item]) => `${JSON.stringify(key2)}:${canonicalJson(item)}`).join(",")}}`;
}
function contentId(value) {
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(canonicalJson(value)).digest("hex")}`;
}
function jsonFile(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
var import_node_crypto, init_canonical = __esm({
  "src/plan/canonical.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
  }
});

// src/plan/values.ts
function applies(spec, at2) {
  let when = spec.when ?? "always";
  return typeof when == "string" ? holds(spec.name, when, at2) : when.every((condition) => holds(spec.name, condition, at2));
}
function holds(step, when, at2) {
  switch (when) {
    case "always":
      return !0;
    case "proxy":
      return at2.cluster.proxy !== void 0;
    case "direct":
      return at2.cluster.proxy === void 0;
    case "first":
      return at2.first;
    case "later":
      return !at2.first;
    case "live":
    case "manual":
    case "skip":
      return when === at2.workload;
    case "held":
      return at2.to?.hold === !0;
    case "unheld":
      return at2.to?.hold === !1;
    case "cohort":
      return at2.to?.cohort === !0;
    case "no-cohort":
      return at2.to !== void 0 && at2.to.cohort !== !0;
    case "joins-cohort":
      return at2.to?.cohort === !0 && at2.from?.cohort !== !0;
    default: {
      let unknown = when;
      throw new RollgateError(
        `Step ${step} has a \`when\` of ${String(unknown)}, which this rollgate does not know.`
      );
    }
  }
}
function pinOf(state, where) {
  let pin = {};
  if (state.channel !== void 0 && (pin.channel = checked("channel", state.channel, where)), state.revision !== void 0) {
    if (!Number.isInteger(state.revision))
      throw new RollgateError(`The revision of ${where} is not a whole number.`);
    checked("revision", String(state.revision), where), pin.revision = state.revision;
  }
  return state.version !== void 0 && (pin.version = checked("version", state.version, where)), state.hold !== void 0 && (pin.hold = state.hold), state.cohort !== void 0 && (pin.cohort = state.cohort), pin;
}
function pinValues(pin) {
  let known = pinValuesMade.get(pin);
  if (known) return known;
  let values = {};
  return pin.channel !== void 0 && (values.channel = pin.channel, values.track = pin.channel.split("/")[0]), pin.revision !== void 0 && (values.revision = String(pin.revision)), pin.version !== void 0 && (values.version = pin.version), pinValuesMade.set(pin, values), values;
}
function summariseValues(all) {
  let first = all[0] ?? {}, shared = {};
  for (let [key2, value] of Object.entries(first))
    all.every((values) => values[key2] === value) && (shared[key2] = value);
  return shared;
}
function summarise(pins) {
  let seen = [...new Set(pins.map((pin) => pin ? describeState(pin) : null))];
  return seen.length === 1 ? seen[0] ?? null : seen.map((text) => text ?? "(new)").join(", ");
}
function checked(name, value, where) {
  let seen = fitting.get(name);
  if (seen?.has(value)) return value;
  if (!(Object.hasOwn(VALID, name) ? VALID[name] : PARAM).test(value))
    throw new RollgateError(
      `The ${name} of ${where} (${JSON.stringify(value).slice(0, 80)}) is not one the manifest schema allows, so rollgate will not put it in a command.`
    );
  return seen || (seen = /* @__PURE__ */ new Set(), fitting.set(name, seen)), seen.size < 4096 && seen.add(value), value;
}
function templatesOf(spec) {
  let made = templates.get(spec);
  return made || (made = spec.run.map(parse3), templates.set(spec, made)), made;
}
function durationSeconds(text) {
  let match = /^([1-9][0-9]{0,5})([smh])$/.exec(text);
  if (!match) throw new RollgateError(`${JSON.stringify(text)} is not a duration such as 90s, 10m or 2h.`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2]];
}
function fillStep(spec, values, host, where, at2) {
  let filled = filledParts(spec, values, where, at2), on = spec.on === "runner" ? "runner" : "member", step = { name: spec.name, run: filled.run, on, host: on === "runner" ? null : host };
  return filled.expect && (step.expect = filled.expect), spec.reboots && (step.reboots = !0), filled.retry && (step.retry = filled.retry), filled.creates !== void 0 && (step.creates = filled.creates, step.unless = ["test", "-e", filled.creates]), filled.unless && (step.unless = filled.unless), filled.onlyIf && (step.onlyIf = { host, run: filled.onlyIf }), spec.gate && (step.gate = spec.gate), spec.estimate !== void 0 && ESTIMATES.set(step, spec.estimate), step;
}
function filledParts(spec, values, where, at2) {
  let known = fillings.get(spec);
  known || (known = { names: namedIn(spec), made: /* @__PURE__ */ new Map() }, fillings.set(spec, known));
  let key2 = "";
  for (let name of known.names) {
    let value = Object.hasOwn(values, name) ? values[name] : void 0;
    if (value === void 0) return fillParts(spec, values, where, at2);
    key2 += `${value}\0`;
  }
  if (at2 && spec.expect)
    for (let e of spec.expect)
      e.when && (key2 += applies({ name: spec.name, when: e.when }, at2) ? "1" : "0");
  let parts = known.made.get(key2);
  return parts || (parts = fillParts(spec, values, where, at2), known.made.size >= KEPT_FILLINGS && known.made.clear(), known.made.set(key2, parts)), parts;
}
function namedIn(spec) {
  let texts = [
    ...spec.run,
    ...(spec.expect ?? []).flatMap((e) => [e.what, e.match, e.is, e.has, e.lacks, e.like]),
    spec.creates,
    ...spec.unless ?? [],
    ...spec.onlyIf ?? []
  ], names = /* @__PURE__ */ new Set();
  for (let text of texts)
    if (text !== void 0) for (let match of text.matchAll(PLACEHOLDER)) names.add(match[1]);
  return [...names];
}
function fillParts(spec, values, where, at2) {
  let parts = { run: fillArgs(spec, templatesOf(spec), values, where) };
  if (spec.expect) {
    let expect = spec.expect.filter((e) => !at2 || applies({ name: spec.name, when: e.when }, at2)).map((e) => fillExpectation(spec, e, values, where));
    expect.length > 0 && (parts.expect = expect);
  }
  if (spec.retry) {
    let timeout = durationSeconds(spec.retry.timeout), every = durationSeconds(spec.retry.every);
    parts.retry = { attempts: Math.max(1, Math.floor(timeout / every)) + 1, every };
  }
  return spec.creates !== void 0 && (parts.creates = fillArgs(spec, [parse3(spec.creates)], values, where)[0]), spec.unless && (parts.unless = fillArgs(spec, spec.unless.map(parse3), values, where)), spec.onlyIf && (parts.onlyIf = fillArgs(spec, spec.onlyIf.map(parse3), values, where)), parts;
}
function stepEstimate(step) {
  return ESTIMATES.get(step) ?? 0;
}
function fillExpectation(spec, e, values, where) {
  let [what] = fillArgs(spec, [parse3(e.what)], values, where);
  fillArgs(spec, [parse3(e.match)], values, where);
  let filled = { what, match: escapeFilled(e.match, values) };
  for (let key2 of ["is", "has", "lacks"]) {
    let text = e[key2];
    text !== void 0 && (filled[key2] = fillArgs(spec, [parse3(text)], values, where)[0]);
  }
  return e.like !== void 0 && (fillArgs(spec, [parse3(e.like)], values, where), filled.like = escapeFilled(e.like, values)), filled;
}
function parse3(arg) {
  if (!arg.includes("{")) return arg;
  let template2 = [], from = 0;
  for (let match of arg.matchAll(PLACEHOLDER))
    match.index > from && template2.push({ text: arg.slice(from, match.index) }), template2.push({ name: match[1] }), from = match.index + match[0].length;
  return from < arg.length && template2.push({ text: arg.slice(from) }), template2;
}
function fillArgs(spec, templates2, values, where) {
  return templates2.map((template2) => {
    if (typeof template2 == "string") return template2;
    let arg = "";
    for (let part of template2) {
      if ("text" in part) {
        arg += part.text;
        continue;
      }
      let { name } = part, value = Object.hasOwn(values, name) ? values[name] : void 0;
      if (value === void 0 && !Object.hasOwn(VALID, name))
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, which is neither a placeholder rollgate fills nor a parameter the cluster sets.`
        );
      if (value === void 0)
        throw new RollgateError(
          `Step ${spec.name} for ${where} uses {${name}}, but there is no ${name} to fill it with; the pack's step and the manifest's pins do not fit.`
        );
      arg += checked(name, value, where);
    }
    return arg;
  });
}
function escapeFilled(template2, values) {
  return template2.replace(PLACEHOLDER, (whole3, name) => {
    let value = Object.hasOwn(values, name) ? values[name] : void 0;
    return value === void 0 ? whole3 : value.replace(/[.*+?^$()[\]{}|\\]/g, "\\$&");
  });
}
var VALID, PARAM, DEFAULT_MIGRATION_ATTEMPTS, pinValuesMade, fitting, templates, UNKNOWN_FROM, fillings, KEPT_FILLINGS, ESTIMATES, init_values = __esm({
  "src/plan/values.ts"() {
    "use strict";
    init_findings();
    init_fleet();
    init_pack();
    VALID = {
      component: /^[a-z0-9][a-z0-9._-]{0,62}$/,
      member: /^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$/,
      cluster: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
      channel: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/,
      track: /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$/,
      revision: /^[1-9][0-9]{0,9}$/,
      version: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/,
      proxy: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/,
      attempts: /^[1-9][0-9]?$/,
      from: /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/
    }, PARAM = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, DEFAULT_MIGRATION_ATTEMPTS = 3;
    pinValuesMade = /* @__PURE__ */ new WeakMap();
    fitting = /* @__PURE__ */ new Map();
    templates = /* @__PURE__ */ new WeakMap();
    UNKNOWN_FROM = "unknown";
    fillings = /* @__PURE__ */ new WeakMap(), KEPT_FILLINGS = 256;
    ESTIMATES = /* @__PURE__ */ new WeakMap();
  }
});

// src/plan/steps.ts
function sharedFrom(members2) {
  let versions = new Set(members2.map((m) => m.from?.version ?? UNKNOWN_FROM));
  return versions.size === 1 ? [...versions][0] : UNKNOWN_FROM;
}
function memberSteps(context, cluster, member, component, target, kind, first, from = null) {
  let rollout = componentPolicy(context, component)?.rollout, specs = kind === "rollback" ? rollout?.rollback ?? rollout?.member ?? [] : rollout?.member ?? [], values = {
    ...clusterValues(context, cluster),
    ...pinValues(target),
    component,
    member: member.name,
    attempts: String(member.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS),
    from: from?.version ?? UNKNOWN_FROM
  }, at2 = { workload: member.workload, first, cluster, to: target, from }, where = `${component} on ${cluster.name}/${member.name}`;
  return specs.filter((spec) => applies(spec, at2)).map((spec) => fillStep(spec, values, member.name, where, at2));
}
function componentSteps(context, cluster, component, key2, members2) {
  let specs = componentPolicy(context, component)?.rollout?.[key2] ?? [], host = members2[0];
  if (!host || specs.length === 0) return [];
  let shared = summariseValues(members2.map((m) => pinValues(m.to))), values = {
    ...clusterValues(context, cluster),
    ...shared,
    component,
    member: host.name,
    from: sharedFrom(members2)
  }, where = `the ${key2} steps of ${component} in ${cluster.name}`, control = cluster.members.filter((member) => member.role === "control"), byName2 = new Map(cluster.members.map((member) => [member.name, member])), at2 = { workload: host.workload, first: !0, cluster, to: host.to, from: host.from };
  return specs.flatMap((spec) => spec.each === "member" ? members2.map((member) => ({
    member,
    own: { ...at2, workload: member.workload, to: member.to, from: member.from }
  })).filter(({ own }) => applies(spec, own)).map(({ member, own }) => {
    let attempts = byName2.get(member.name)?.migrationAttempts ?? DEFAULT_MIGRATION_ATTEMPTS, memberValues = {
      ...values,
      ...pinValues(member.to),
      member: member.name,
      from: member.from?.version ?? UNKNOWN_FROM,
      attempts: String(attempts)
    };
    return fillStep(spec, memberValues, member.name, where, own);
  }) : applies(spec, at2) ? spec.on === "control" ? control.map(
    (member) => fillStep(spec, { ...values, member: member.name }, member.name, where, at2)
  ) : [fillStep(spec, values, host.name, where, at2)] : []);
}
function clusterSteps(context, cluster, specs, members2, runs) {
  let host = cluster.members.find((member) => member.role === "control") ?? members2[0];
  if (!host || !specs?.length) return [];
  let values = {
    ...clusterValues(context, cluster),
    ...summariseValues(members2.map((m) => pinValues(m.to))),
    member: host.name,
    from: sharedFrom(members2)
  }, at2 = { workload: host.workload, first: !0, cluster };
  return specs.filter((spec) => applies(spec, at2) && needsHold(context, spec, runs, host.name)).map((spec) => fillStep(spec, values, host.name, `the pack's cluster steps in ${cluster.name}`, at2));
}
function clusterValues(context, cluster) {
  let known = clusterValuesMade.get(cluster);
  if (known?.pack === context.pack) return known.values;
  let values = { cluster: cluster.name };
  cluster.proxy !== void 0 && (values.proxy = cluster.proxy);
  for (let [name, param] of Object.entries(context.pack.params ?? {})) {
    let value = cluster.params && Object.hasOwn(cluster.params, name) ? cluster.params[name] : param.default;
    value !== void 0 && (values[name] = value);
  }
  return clusterValuesMade.set(cluster, { pack: context.pack, values }), values;
}
function requireParams(context, cluster) {
  for (let name of context.usedParams) {
    let param = context.pack.params?.[name];
    if (!(!param || param.default !== void 0) && !(cluster.params && Object.hasOwn(cluster.params, name)))
      throw new RollgateError(
        `Cluster ${cluster.name} sets no params.${name} (${param.description}), which the ${context.pack.name} pack's steps need; add params: { ${name}: ... } to the cluster.`
      );
  }
}
function paramsUsed(context) {
  let declared = Object.keys(context.pack.params ?? {}), used = /* @__PURE__ */ new Set();
  if (declared.length === 0) return used;
  let steps = [
    ...context.pack.rollout?.first ?? [],
    ...context.pack.rollout?.finally ?? []
  ];
  for (let component of Object.values(context.pack.components)) {
    let rollout = component.rollout;
    rollout && steps.push(
      ...rollout.before ?? [],
      ...rollout.member,
      ...rollout.after ?? [],
      ...rollout.rollback ?? []
    );
  }
  for (let step of steps) {
    let texts = [
      ...step.run,
      ...step.unless ?? [],
      ...step.onlyIf ?? [],
      step.creates,
      ...(step.expect ?? []).flatMap((e) => [e.what, e.match, e.is, e.has, e.lacks, e.like])
    ];
    for (let text of texts)
      for (let match of (text ?? "").matchAll(/\{([^}]*)\}/g))
        declared.includes(match[1]) && used.add(match[1]);
  }
  return used;
}
function needsHold(context, spec, cluster, memberName) {
  if (!spec.needs) return !0;
  let member = cluster?.members.find((m) => m.name === memberName);
  return !cluster || !member ? !1 : Object.entries(spec.needs).every(([component, versions]) => {
    let version = comparableVersion(context.policy, component, memberState(cluster, member, component)), scheme = context.policy.schemes.get(component);
    return version !== void 0 && !!scheme && versions.some((v) => scheme.matches(version, v));
  });
}
var clusterValuesMade, init_steps = __esm({
  "src/plan/steps.ts"() {
    "use strict";
    init_findings();
    init_fleet();
    init_comparable();
    init_context();
    init_values();
    clusterValuesMade = /* @__PURE__ */ new WeakMap();
  }
});

// src/plan/context.ts
function planContext(head, base, unfinished, policy, transport, observed) {
  let clusters;
  if (head.waves) {
    let byWave = new Map(head.waves.map((wave) => [wave, []]));
    for (let cluster of head.clusters)
      cluster.wave !== void 0 && byWave.get(cluster.wave)?.push(cluster);
    clusters = [...byWave.values()].flat();
  } else
    clusters = [...head.clusters];
  return {
    policy,
    pack: policy.pack,
    snapPins: (policy.pack.rollout?.pins ?? "snap") === "snap",
    base,
    baseClusters: indexFleet(base),
    unfinishedClusters: unfinished.map(indexFleet),
    clusters,
    headClusters: new Map(head.clusters.map((cluster) => [cluster.name, cluster])),
    ordered: /* @__PURE__ */ new Map(),
    transport,
    usedParams: paramsUsed(policy),
    rollout: head.rollout,
    ...observed ? { observed } : {}
  };
}
function indexFleet(fleet2) {
  return new Map(
    (fleet2?.clusters ?? []).map((cluster) => [
      cluster.name,
      { cluster, members: new Map(cluster.members.map((m) => [m.name, m])) }
    ])
  );
}
function componentPolicy(context, name) {
  return Object.hasOwn(context.pack.components, name) ? context.pack.components[name] : void 0;
}
function runsOn(context, component, member) {
  let roles = componentPolicy(context, component)?.rollout?.roles;
  return !roles || roles.includes(member.role);
}
function componentsOf(context, cluster, baseCluster) {
  let names = new Set(Object.keys(cluster.components));
  for (let member of cluster.members)
    if (member.overrides) for (let name of Object.keys(member.overrides)) names.add(name);
  if (baseCluster) for (let name of Object.keys(baseCluster.components)) names.add(name);
  let key2 = [...names].join(" "), known = context.ordered.get(key2);
  if (known) return known;
  let { order } = context.pack, inPack = order.filter((name) => names.has(name)), rest = [...names].filter((name) => !order.includes(name)).sort(), result = [...inPack, ...rest];
  return context.ordered.set(key2, result), result;
}
function clusterOf(context, stage) {
  let cluster = context.headClusters.get(stage.cluster);
  if (!cluster) throw new Error(`cluster ${stage.cluster} vanished from the head fleet`);
  return cluster;
}
var init_context = __esm({
  "src/plan/context.ts"() {
    "use strict";
    init_steps();
  }
});

// src/plan/shell.ts
function shellQuote(value) {
  if (value.includes("\0"))
    throw new RollgateError("A command argument contains a NUL byte, which no shell argument can carry.");
  return value.includes("'") ? `'${value.replace(/'/g, "'\\''")}'` : `'${value}'`;
}
function shellWord(value) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : shellQuote(value);
}
function parseTransport(template2) {
  if (template2 === void 0 || template2.trim() === "") return LOCAL_TRANSPORT;
  if (template2.trim() === "local") return { ...LOCAL_TRANSPORT, local: !0 };
  if (hasControl(template2))
    throw new RollgateError(
      'The transport must be one line of words, for example --transport "ssh {member}".'
    );
  let words = template2.trim().split(/\s+/);
  if (words[0]?.includes("{"))
    throw new RollgateError(
      'The transport must start with a program, for example "ssh {member}"; {member} and {command} come after it.'
    );
  if (words.filter((word) => word === "{command}").length > 1)
    throw new RollgateError("The transport names {command} twice; the command goes in once.");
  for (let word of words) {
    for (let match of word.matchAll(/\{([^}]*)\}/g))
      if (match[1] !== "member" && match[1] !== "command")
        throw new RollgateError(
          `The transport uses {${match[1]}}; it knows {member} (the host) and {command} (the command as one quoted string).`
        );
    if (/[{}]/.test(word.replaceAll("{member}", "").replaceAll("{command}", "")))
      throw new RollgateError(
        `The transport word ${JSON.stringify(word)} has a brace that opens or closes no {member} or {command}.`
      );
    if (word.includes("{command}") && word !== "{command}")
      throw new RollgateError(
        'In the transport, {command} must be a word of its own, for example "ssh {member} {command}".'
      );
  }
  let members2 = words.filter((word) => word.includes("{member}")).length;
  if (members2 > 1 || words.some((word) => word.split("{member}").length > 2))
    throw new RollgateError(
      'The transport names {member} more than once; it goes once, where the host goes, for example "ssh {member}".'
    );
  let commandAt = words.indexOf("{command}");
  if (commandAt >= 0 && commandAt !== words.length - 1)
    throw new RollgateError(
      'The transport puts {command} before other words; the command goes last, for example "ssh {member} {command}".'
    );
  let shell = words.findIndex(
    (word) => REMOTE_SHELLS.includes(word.split("/").pop() ?? "")
  ), ssh = shell >= 0 && words[shell].split("/").pop() === "ssh" ? shell : -1;
  if (ssh >= 0) {
    let host = sshHost(words, ssh);
    if (members2 > 0 && (host < 0 || !words[host].includes("{member}")))
      throw new RollgateError(
        'The transport names {member} where ssh does not take its host; put it in the host, for example "ssh -o BatchMode=yes root@{member}".'
      );
    if (host >= 0 && words.slice(host + 1).some((word) => word !== "{command}"))
      throw new RollgateError(
        `The transport has words after ssh's host ${JSON.stringify(words[host])}, where ssh takes the command; rollgate puts the command there itself.`
      );
  }
  return words.some(
    (word) => REMOTE_SHELLS.includes(word.split("/").pop() ?? "")
  ) && !words.includes("{command}") && words.push("{command}"), { words, command: words.includes("{command}") ? "word" : "arguments", perMember: members2 > 0 };
}
function sshHost(words, ssh) {
  for (let at2 = ssh + 1; at2 < words.length; at2++) {
    let word = words[at2];
    if (word === "--") return at2 + 1 < words.length ? at2 + 1 : -1;
    if (word === "{command}") return -1;
    if (!word.startsWith("-") || word === "-") return at2;
    let letters = word.slice(1);
    [...letters].findIndex((letter) => SSH_VALUE_OPTIONS.includes(letter)) === letters.length - 1 && at2++;
  }
  return -1;
}
function transportArgv(step, transport) {
  if (step.on === "runner" || transport.words.length === 0) return step.run;
  let host = step.host ?? "", argv = [];
  for (let word of transport.words)
    word === "{command}" ? argv.push(commandWord(step.run)) : argv.push(word.replaceAll("{member}", host));
  return transport.command === "word" ? argv : [...argv, ...step.run];
}
function commandWord(run2) {
  let word = commandWords.get(run2);
  return word === void 0 && (word = run2.map(shellWord).join(" "), commandWords.set(run2, word)), word;
}
function comment(text) {
  return `# ${text.replace(CONTROL, " ")}`;
}
function hasControl(text) {
  return text.search(CONTROL) >= 0;
}
var LOCAL_TRANSPORT, PREVIEW_TRANSPORT, SSH_VALUE_OPTIONS, REMOTE_SHELLS, commandWords, CONTROL, init_shell = __esm({
  "src/plan/shell.ts"() {
    "use strict";
    init_findings();
    LOCAL_TRANSPORT = { words: [], command: "arguments", perMember: !1 }, PREVIEW_TRANSPORT = { words: [], command: "arguments", perMember: !0 }, SSH_VALUE_OPTIONS = "BbcDEeFIiJLlmOoPpQRSWw", REMOTE_SHELLS = ["ssh", "autossh", "pdsh", "dsh", "clush", "rsh"];
    commandWords = /* @__PURE__ */ new WeakMap();
    CONTROL = /[\u0000-\u001f\u007f]/g;
  }
});

// src/plan/graph.ts
function linkStages(stages, fleet2) {
  let schedule = { criticalPath: 0, leastSeconds: 0, unestimatedSteps: 0, waves: [] }, before = [], lanes = [], current, settings = waveRollout(fleet2, null), last, previous, closeWave = () => {
    before = lanes.filter((node) => node !== void 0), lanes = [];
  };
  for (let stage of stages) {
    let newCluster = !previous || previous.cluster !== stage.cluster;
    newCluster && (!current || current.wave !== stage.wave) && (current && closeWave(), settings = waveRollout(fleet2, stage.wave), current = { wave: stage.wave, ...settings, clusters: 0, lanes: 0 }, schedule.waves.push(current));
    let wave = current, waits;
    if (newCluster) {
      let lane = wave.clusters % settings.parallel;
      wave.clusters++, wave.lanes = Math.min(wave.clusters, settings.parallel);
      let ahead = lanes[lane];
      waits = ahead ? [ahead] : before, last = void 0;
    } else
      waits = last ? [last] : [];
    let { seconds, unestimated } = stageSeconds(stage);
    schedule.unestimatedSteps += unestimated;
    let depth = 0, start = 0;
    for (let node2 of waits)
      node2.depth > depth && (depth = node2.depth), node2.end > start && (start = node2.end);
    let node = { id: stage.id, depth: depth + 1, end: start + seconds };
    stage.needs = waits.map((wait) => wait.id), stage.estimate = seconds, lanes[(wave.clusters - 1) % settings.parallel] = node, last = node, previous = stage, node.depth > schedule.criticalPath && (schedule.criticalPath = node.depth), node.end > schedule.leastSeconds && (schedule.leastSeconds = node.end);
  }
  return schedule;
}
function stageSeconds(stage) {
  let unestimated = 0, sum = (steps) => {
    let total = 0;
    for (let step of steps) {
      let seconds = stepEstimate(step);
      seconds === 0 && step.on !== "proxy" && unestimated++, total += seconds;
    }
    return total;
  }, members2 = 0;
  for (let member of stage.members) {
    let seconds = sum(member.steps);
    members2 = stage.strategy === "parallel" ? Math.max(members2, seconds) : members2 + seconds;
  }
  return { seconds: sum(stage.before) + members2 + sum(stage.after), unestimated };
}
function formatSeconds(seconds) {
  if (seconds < 60) return `${seconds} s`;
  let minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  let hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  let days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}
var init_graph = __esm({
  "src/plan/graph.ts"() {
    "use strict";
    init_fleet();
    init_values();
  }
});

// src/plan/json-text.ts
function arrayItem(value) {
  return JSON.stringify({ a: [value] }, null, 2).slice(10, -6);
}
function* jsonObjectPieces(fields, { open: open2 = !1, opened = !1 } = {}) {
  let first = !opened;
  for (let field of fields) {
    let head = `${first ? "{" : ","}
  ${JSON.stringify(field.key)}: `;
    if (first = !1, "items" in field) {
      let [open3, close] = field.kind === "array" ? ["[", "]"] : ["{", "}"], any = !1;
      for (let item of field.items)
        yield any ? `,${item}` : `${head}${open3}${item}`, any = !0;
      yield any ? `
  ${close}` : `${head}${open3}${close}`;
    } else {
      let value = "later" in field ? field.later() : field.value;
      yield `${head}${indented(value, `
  `)}`;
    }
  }
  open2 || (yield first ? "{}" : `
}`);
}
function indented(value, newline) {
  let text = JSON.stringify(value, null, 2) ?? "null";
  return text.includes(`
`) ? text.replaceAll(`
`, newline) : text;
}
function* jsonFileChunks(path14, fields) {
  let file = new ChunkedFile(path14);
  for (let piece of jsonObjectPieces(fields)) {
    let chunk = file.add(piece);
    chunk && (yield chunk);
  }
  file.add(`
`), yield file.end();
}
function wholeFile(path14, text, executable = !1) {
  return { path: path14, text, executable, end: !0 };
}
var CHUNK_SIZE, ChunkedFile, init_json_text = __esm({
  "src/plan/json-text.ts"() {
    "use strict";
    CHUNK_SIZE = 65536, ChunkedFile = class {
      constructor(path14, executable = !1) {
        this.path = path14;
        this.executable = executable;
      }
      path;
      executable;
      pending = [];
      size = 0;
      /** Adds a piece; returns a chunk to write when enough has gathered. */
      add(text) {
        return this.pending.push(text), this.size += text.length, this.size >= CHUNK_SIZE ? this.take(!1) : void 0;
      }
      /** The file's last chunk, with what is left. */
      end() {
        return this.take(!0);
      }
      take(end) {
        let text = this.pending.join("");
        return this.pending = [], this.size = 0, { path: this.path, text, executable: this.executable, end };
      }
    };
  }
});

// src/plan/matrix.ts
function approvalEnvironment(stage) {
  return `rollgate-${stage.cluster}`;
}
function matrixChunks(plan, maxJobs = GITHUB_MATRIX_LIMIT) {
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > GITHUB_MATRIX_LIMIT)
    throw new RollgateError(
      `A matrix holds 1 to ${GITHUB_MATRIX_LIMIT} jobs; ${maxJobs} is not such a number.`
    );
  let entries = [], environments = /* @__PURE__ */ new Set();
  for (let stage of plan.stages)
    for (let part of stage.parts) {
      let environment = part.approval ? approvalEnvironment(stage) : "";
      environment && environments.add(environment);
      let count = stage.parts.length;
      entries.push({
        name: count > 1 ? `${stage.id} (${part.part}/${count})` : stage.id,
        stage: stage.id,
        part: part.part,
        parts: count,
        wave: stage.wave ?? "",
        cluster: stage.cluster,
        component: stage.component,
        members: part.members.join(" "),
        environment,
        runsOn: stage.runner ?? DEFAULT_RUNNER
      });
    }
  let chunks = [];
  for (let start = 0; start < entries.length; start += maxJobs)
    chunks.push({ include: entries.slice(start, start + maxJobs) });
  return { plan: plan.id, chunks, environments: [...environments].sort() };
}
var GITHUB_MATRIX_LIMIT, DEFAULT_RUNNER, init_matrix = __esm({
  "src/plan/matrix.ts"() {
    "use strict";
    init_findings();
    GITHUB_MATRIX_LIMIT = 256, DEFAULT_RUNNER = ["self-hosted"];
  }
});

// src/plan/lanes.ts
function clusterChunks(plan) {
  let chunks = [], settings = new Map(plan.schedule.waves.map((wave2) => [wave2.wave, wave2])), wave, flush = () => {
    if (!wave) return;
    let own = settings.get(wave.name), parallel = own?.parallel ?? 1, size = Math.floor(GITHUB_MATRIX_LIMIT / parallel) * parallel;
    for (let jobs of wave.segments)
      for (let start = 0; start < jobs.length; start += size)
        chunks.push({
          chunk: chunks.length + 1,
          wave: wave.name ?? "",
          parallel,
          maxFailures: own?.maxFailures ?? 0,
          include: jobs.slice(start, start + size)
        });
  }, current, segment = 0, previous;
  for (let stage of plan.stages) {
    (!wave || wave.name !== stage.wave) && (flush(), wave = { name: stage.wave, segments: [] }), (!previous || previous.cluster !== stage.cluster) && (current = void 0, segment = 0);
    let seconds = stage.estimate ?? stageSeconds(stage).seconds;
    stage.parts.forEach((part, index) => {
      let item = `${stage.id}/${part.part}`;
      if (!current || part.approval && current.runs !== "") {
        segment++, current = {
          name: `${stage.cluster}${segment > 1 ? ` (${segment})` : ""}`,
          wave: stage.wave ?? "",
          cluster: stage.cluster,
          segment,
          runs: "",
          environment: part.approval ? approvalEnvironment(stage) : OPEN_ENVIRONMENT,
          approved: part.approval ? item : "",
          runsOn: stage.runner ?? DEFAULT_RUNNER,
          estimate: 0
        };
        let segments = wave.segments;
        for (; segments.length < segment; ) segments.push([]);
        segments[segment - 1]?.push(current);
      }
      current.runs = current.runs === "" ? item : `${current.runs} ${item}`, index === 0 && (current.estimate += seconds);
    }), previous = stage;
  }
  return flush(), chunks;
}
var OPEN_ENVIRONMENT, JOB_SECONDS_LIMIT, RUN_SECONDS_LIMIT, init_lanes = __esm({
  "src/plan/lanes.ts"() {
    "use strict";
    init_graph();
    init_matrix();
    OPEN_ENVIRONMENT = "rollgate", JOB_SECONDS_LIMIT = 6 * 3600, RUN_SECONDS_LIMIT = 840 * 3600;
  }
});

// src/plan/pins.ts
function pinsEntry(cluster, components, cells) {
  let written = /* @__PURE__ */ new Map(), columns = keyOrder(components.map((name, column) => ({ name, column, key: JSON.stringify(name) }))), previous, list = "";
  for (let { name, row } of keyOrder(cluster.members.map((member, row2) => ({ name: member.name, row: row2 })))) {
    let rowCells = cells[row];
    if (!previous || !sameRow(previous.cells, rowCells)) {
      let body = "";
      for (let { column, key: key2 } of columns) {
        let cell = rowCells[column], pin = cell.pin;
        if (!pin) continue;
        let text = cell.changed ? void 0 : written.get(pin);
        text === void 0 && (text = "{", pin.channel !== void 0 && (text += `
            "channel": ${JSON.stringify(pin.channel)},`), pin.revision !== void 0 && (text += `
            "revision": ${JSON.stringify(pin.revision)},`), pin.version !== void 0 && (text += `
            "version": ${JSON.stringify(pin.version)},`), pin.hold !== void 0 && (text += `
            "hold": ${pin.hold},`), pin.cohort !== void 0 && (text += `
            "cohort": ${pin.cohort},`), text += `
            "changed": ${cell.changed}
          }`, cell.changed || written.set(pin, text)), body += `${body === "" ? "" : ","}
          ${key2}: ${text}`;
      }
      previous = { cells: rowCells, body: body === "" ? "{}" : `{${body}
        }` };
    }
    list += `${list === "" ? "" : ","}
        ${JSON.stringify(name)}: ${previous.body}`;
  }
  let wave = JSON.stringify(cluster.wave ?? null), proxy = JSON.stringify(cluster.proxy ?? null), members2 = list === "" ? "{}" : `{${list}
      }`;
  return `
    ${JSON.stringify(cluster.name)}: {
      "wave": ${wave},
      "proxy": ${proxy},
      "members": ${members2}
    }`;
}
function sameRow(a, b) {
  if (a === b) return !0;
  for (let column = 0; column < a.length; column++)
    if (a[column]?.pin !== b[column]?.pin || a[column]?.changed !== b[column]?.changed) return !1;
  return !0;
}
function keyOrder(items) {
  return items.some((item) => isArrayIndex(item.name)) ? [...items.filter((item) => isArrayIndex(item.name)).sort((a, b) => Number(a.name) - Number(b.name)), ...items.filter((item) => !isArrayIndex(item.name))] : items;
}
function isArrayIndex(name) {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(name) && Number(name) < 2 ** 32 - 1;
}
function directLines(component, pin) {
  if (pin.revision === void 0)
    return `# ${component}: version ${pin.version ?? "(none)"}${pin.channel ? ` on ${pin.channel}` : ""}, not a snap revision; see pins.json.
`;
  let text = `${[
    "snap",
    "refresh",
    component,
    ...pin.channel ? [`--channel=${pin.channel}`] : [],
    `--revision=${pin.revision}`
  ].map(shellWord).join(" ")}
`;
  return pin.hold === !0 && (text += `snap refresh --hold ${shellWord(component)}
`), pin.hold === !1 && (text += `snap refresh --unhold ${shellWord(component)}
`), text;
}
function directPins(context, cluster, components, cells) {
  let text = "", any = !1;
  for (let column = 0; column < components.length; column++) {
    let component = components[column], made = /* @__PURE__ */ new Map(), block = "";
    for (let row = 0; row < cluster.members.length; row++) {
      let member = cluster.members[row], pin = cells[row]?.[column]?.pin;
      if (!pin || !runsOn(context, component, member)) continue;
      pin.revision !== void 0 && (any = !0);
      let lines = made.get(pin);
      lines === void 0 && (lines = directLines(component, pin), made.set(pin, lines)), block += `# ${cluster.name}/${member.name}
${lines}`;
    }
    block !== "" && (text += `
# ${cluster.name}: ${component}, on each member in turn
${block}`);
  }
  return any ? text : void 0;
}
function addDirect(walked, cluster, text) {
  let file = walked.direct.get(cluster.wave);
  file || (file = new ChunkedFile(`overrides/direct/${cluster.wave ?? DIRECT_WITHOUT_WAVES}.txt`), file.add(
    [
      `# rollgate: the pins of the clusters ${cluster.wave === void 0 ? "" : `of wave ${cluster.wave} `}that have no store proxy.`,
      "# Each snap refresh --revision pins a member to one revision; it is no hold. Where the manifest declares hold,",
      "# the snap refresh --hold (or --unhold) after it holds it: snap refuses --hold with any other flag.",
      "# Run each line under a member's cluster/name on that member, one component on every member of the cluster",
      "# before the next component. snap refuses --cohort together with --revision; a snap already in a cohort stays",
      '# in it through a --revision refresh (join one once with snap refresh <snap> --cohort="+").',
      "# The plan these pins belong to is named on the last line.",
      ""
    ].join(`
`)
  ), walked.direct.set(cluster.wave, file));
  let chunk = file.add(text);
  chunk && walked.queue.push(chunk);
}
function served(cluster, components, cells) {
  let found = [], seen = /* @__PURE__ */ new Map();
  return components.forEach((component, column) => {
    cluster.members.forEach((member, row) => {
      let cell = cells[row]?.[column], pin = cell?.pin;
      if (pin?.channel === void 0 || pin.revision === void 0) return;
      let known = seen.get(pin);
      if (known) {
        known.moved ||= cell?.changed === !0;
        return;
      }
      let entry = {
        component,
        channel: pin.channel,
        revision: pin.revision,
        where: `${cluster.name}/${member.name}`,
        moved: cell?.changed === !0,
        held: pin.hold === !0
      };
      seen.set(pin, entry), found.push(entry);
    });
  }), found;
}
function serve(cluster, name, found, proxies) {
  let proxy = proxies.get(name);
  proxy || (proxy = { clusters: [], lines: /* @__PURE__ */ new Map() }, proxies.set(name, proxy)), proxy.clusters.push(cluster.name);
  for (let { component, channel, revision, where, moved: moved2, held } of found) {
    let key2 = `${component} ${channel}`, line = proxy.lines.get(key2);
    line || (line = { byWave: /* @__PURE__ */ new Map(), allHeld: !0 }, proxy.lines.set(key2, line)), line.allHeld &&= held;
    let ofWave = line.byWave.get(cluster.wave);
    ofWave ? ofWave.moved ||= moved2 : line.byWave.set(cluster.wave, { revision, where, moved: moved2 });
    let other = ofWave && ofWave.revision !== revision ? ofWave : [...line.byWave.values()].find((known) => known.revision !== revision);
    if (!other) continue;
    let staged = other !== ofWave && !line.byWave.has(void 0);
    if (!(staged && line.allHeld || !moved2 && !other.moved))
      throw new RollgateError(
        `Proxy ${name} would have to serve ${component} ${channel} at revision ${other.revision} (${other.where}) and ${revision} (${where}); a proxy override serves one revision per channel${staged ? ", and a member that does not hold the snap follows it" : ""} (see pins/conflict).`
      );
  }
}
function servedAtEnd(byWave) {
  let waves = [...byWave.values()], moved2 = waves.filter((known) => known.moved);
  return (moved2.length > 0 ? moved2[moved2.length - 1] : waves[0]).revision;
}
function proxyFiles(walked, planId) {
  let files = [], proxies = [...walked.proxies.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (let [name, proxy] of proxies) {
    let lines = [
      `# rollgate plan ${planId}`,
      `# Enterprise Store Proxy ${name}, serving ${proxy.clusters.join(", ")}: the revision each snap channel serves.`,
      "# Each stage job sets the overrides of its own component before refreshing; apply the whole file to set them all at once."
    ];
    for (let [key2, { byWave }] of proxy.lines) {
      let [component, channel] = key2.split(" "), revision = servedAtEnd(byWave);
      for (let [wave, known] of byWave)
        known.revision !== revision && lines.push(
          `# ${component} ${channel}: wave ${wave} holds revision ${known.revision} until a stage of its own refreshes it.`
        );
      lines.push(["snap-proxy", "override", component, `${channel}=${revision}`].map(shellWord).join(" "));
    }
    files.push([`${name}.txt`, `${lines.join(`
`)}
`]);
  }
  return files;
}
function proxyPins(context, cluster, component, members2) {
  if (cluster.proxy === void 0 || !context.snapPins) return [];
  let lines = /* @__PURE__ */ new Set();
  for (let member of members2)
    member.to.channel === void 0 || member.to.revision === void 0 || lines.add(`${member.to.channel}=${member.to.revision}`);
  return [...lines].map((override) => ({
    name: "pin",
    run: ["snap-proxy", "override", component, override],
    on: "proxy",
    host: cluster.proxy
  }));
}
var DIRECT_WITHOUT_WAVES, init_pins = __esm({
  "src/plan/pins.ts"() {
    "use strict";
    init_findings();
    init_context();
    init_json_text();
    init_shell();
    DIRECT_WITHOUT_WAVES = "all";
  }
});

// src/plan/preview.ts
function renderPlanPreview(plan) {
  let lines = [`### Rollout plan ${codeSpan(plan.id.replace(/^sha256:/, "").slice(0, 12))}`, ""];
  if (plan.stages.length === 0) {
    lines.push("No stages: the change moves no member to another pin.");
    for (let note of plan.notes) lines.push("", `- ${inlineMarkdown(note)}`);
    return lines.push(...skippedLines(plan)), `${lines.join(`
`)}
`;
  }
  let clusters = new Set(plan.stages.map((s) => s.cluster)).size, gated = plan.stages.filter((s) => s.gate === "approval").length;
  lines.push(
    `${plan.stages.length} stage${plural(plan.stages.length)} in ${clusters} cluster${plural(clusters)}${plan.waves ? `, waves in order ${plan.waves.map(codeSpan).join(" \u2192 ")}` : ""}; ${gated === 0 ? "no stage waits for approval" : `${gated} stage${plural(gated)} wait${gated === 1 ? "s" : ""} for approval`}.`,
    ...plan.schedule ? ["", scheduleLine(plan.schedule)] : [],
    "",
    "| # | Stage | Wave | Cluster | Component | From | To | Members | Health check | Gate |",
    "|---:|---|---|---|---|---|---|---|---|---|"
  ), plan.stages.slice(0, MAX_TABLE_ROWS).forEach((stage, index) => {
    let cells = [
      String(index + 1),
      codeSpan(stage.id),
      stage.wave ? codeSpan(stage.wave) : "\u2013",
      codeSpan(stage.cluster),
      codeSpan(stage.component),
      stage.from ? codeSpan(stage.from) : "(new)",
      codeSpan(stage.to),
      memberCell(stage),
      stage.health ? codeSpan(stage.health.join(" ")) : "\u2013",
      gateCell(stage)
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }), plan.stages.length > MAX_TABLE_ROWS && lines.push("", `\u2026and ${plan.stages.length - MAX_TABLE_ROWS} more stages; plan.json has them all.`), lines.push("", ...mermaid(plan.stages));
  let reordered = plan.stages.filter((stage) => stage.orderReason !== void 0);
  if (reordered.length > 0) {
    lines.push("", "**Order:** stages that move before the pack's order would have them, and why.", "");
    for (let stage of reordered.slice(0, MAX_TABLE_ROWS))
      lines.push(`- ${codeSpan(stage.id)}: ${inlineMarkdown(stage.orderReason ?? "")}`);
    reordered.length > MAX_TABLE_ROWS && lines.push(`- \u2026and ${reordered.length - MAX_TABLE_ROWS} more; plan.json has them all.`);
  }
  if (plan.notes.length > 0) {
    lines.push("", "**Notes**", "");
    for (let note of plan.notes) lines.push(`- ${inlineMarkdown(note)}`);
  }
  return lines.push(...skippedLines(plan)), `${lines.join(`
`)}
`;
}
function skippedLines(plan) {
  let skipped = plan.skipped ?? [];
  if (skipped.length === 0) return [];
  let lines = [
    "",
    `**Skipped** (observed): ${skipped.length} member${plural(skipped.length)} already run${skipped.length === 1 ? "s" : ""} the target.`,
    ""
  ];
  for (let entry of skipped.slice(0, MAX_TABLE_ROWS))
    lines.push(
      `- ${codeSpan(`${entry.cluster}/${entry.member}`)} ${codeSpan(entry.component)}: ${inlineMarkdown(entry.reason)} (observed ${codeSpan(entry.observed)})`
    );
  return skipped.length > MAX_TABLE_ROWS && lines.push(`- \u2026and ${skipped.length - MAX_TABLE_ROWS} more; plan.json has them all.`), lines;
}
function memberCell(stage) {
  if (stage.strategy === "parallel")
    return `${stage.members.map((m) => codeSpan(m.name)).join(" + ")} (all at once)`;
  let pieces = [];
  for (let part of stage.parts) {
    let names = part.members.map(codeSpan).join(" \u2192 ");
    pieces.push(part.approval ? `\u23F8 ${names}` : names);
  }
  return `${pieces.join(" \u2192 ")} (one at a time)`;
}
function gateCell(stage) {
  let waits = stage.parts.filter((part) => part.approval);
  return waits.length === 0 ? "none" : waits.map((part) => `approval before ${codeSpan(part.members[0] ?? "")}: ${inlineMarkdown(part.reason ?? "")}`).join("<br>");
}
function mermaid(stages) {
  let shown = stages.slice(0, MAX_DIAGRAM_STAGES), lines = ["```mermaid", "flowchart TD"], chain = [], group;
  shown.forEach((stage, index) => {
    let key2 = `${stage.wave ?? ""}\0${stage.cluster}`;
    key2 !== group && (group !== void 0 && lines.push("  end"), group = key2, lines.push(
      `  subgraph c${index + 1}["${label(stage.wave ? `wave ${stage.wave}: ${stage.cluster}` : stage.cluster)}"]`
    ));
    let first = stage.parts[0];
    first?.approval && (lines.push(`    a${index + 1}{{"${label(`approval: ${first.members[0] ?? ""}`)}"}}`), chain.push(`a${index + 1}`));
    let order = stage.strategy === "parallel" ? "all at once" : "one at a time", pauses = stage.parts.slice(1).filter((part) => part.approval).map((part) => part.members[0] ?? ""), text = [
      `${stage.component}: ${stage.from ?? "(new)"} to ${stage.to}`,
      `${order}: ${stage.members.map((m) => m.name).join(", ")}`,
      ...pauses.length > 0 ? [`approval before ${pauses.join(", ")}`] : []
    ];
    lines.push(`    s${index + 1}["${text.map(label).join("<br/>")}"]`), chain.push(`s${index + 1}`);
  }), lines.push("  end");
  for (let i = 1; i < chain.length; i++) lines.push(`  ${chain[i - 1]} --> ${chain[i]}`);
  return stages.length > shown.length && lines.push(
    `  more["${label(`and ${stages.length - shown.length} more stages`)}"]`,
    `  ${chain[chain.length - 1]} --> more`
  ), lines.push("```"), lines;
}
function label(text) {
  return text.replace(/[^A-Za-z0-9 ._,:/@+=-]/gu, (char) => `#${char.codePointAt(0)};`);
}
function plural(count) {
  return count === 1 ? "" : "s";
}
function scheduleLine(schedule) {
  let waves = schedule.waves.map((wave) => {
    let budget = wave.maxFailures === 0 ? "no failed cluster tolerated" : `${wave.maxFailures} failed cluster${plural(wave.maxFailures)} tolerated`, lanes = `${wave.clusters} cluster${plural(wave.clusters)} in ${wave.lanes} lane${plural(wave.lanes)}, ${budget}`;
    return wave.wave === null ? lanes : `${codeSpan(wave.wave)} ${lanes}`;
  }), unestimated = schedule.unestimatedSteps > 0 ? `; ${schedule.unestimatedSteps} step${plural(schedule.unestimatedSteps)} without an estimate counted as 0` : "";
  return `**Critical path:** ${schedule.criticalPath} stage${plural(schedule.criticalPath)} deep. **Least time:** ${formatSeconds(schedule.leastSeconds)} by the pack's step estimates (approvals not counted${unestimated}). **Lanes:** ${waves.join("; ")}.`;
}
var MAX_TABLE_ROWS, MAX_DIAGRAM_STAGES, init_preview = __esm({
  "src/plan/preview.ts"() {
    "use strict";
    init_escape();
    init_graph();
    MAX_TABLE_ROWS = 100, MAX_DIAGRAM_STAGES = 40;
  }
});

// src/plan/parts.ts
function orderMembers(members2) {
  let placed = members2.map((member, row) => [member, row]);
  return [...placed.filter(([m]) => m.role === "control"), ...placed.filter(([m]) => m.role !== "control")];
}
function splitParts(members2, strategy, pause) {
  if (strategy === "parallel") {
    let manual = members2.filter((m) => m.workload === "manual").map((m) => m.name), reasons = [];
    return pause !== "none" && reasons.push(`pauseAfterMember is ${pause}, and a parallel stage can only pause before it starts`), manual.length > 0 && reasons.push(
      `${listNames(manual)} ${manual.length === 1 ? "has" : "have"} manual workload handling: move the workloads away, then approve`
    ), [
      {
        part: 1,
        members: members2.map((m) => m.name),
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null
      }
    ];
  }
  let parts = [];
  return members2.forEach((member, index) => {
    let reasons = [], previous = members2[index - 1];
    previous && (pause === "all" || pause === "first" && index === 1) && reasons.push(`${previous.name} is done (pauseAfterMember ${pause}): check it, then approve`);
    let gateAt = member.workload === "manual" ? member.steps.findIndex((step) => step.gate === "before") : -1;
    member.workload === "manual" && gateAt < 0 && reasons.push(`${member.name} has manual workload handling: move its workloads away, then approve`);
    let current = parts[parts.length - 1];
    if (gateAt >= 0) {
      let until = { member: member.name, step: gateAt };
      !current || reasons.length > 0 ? parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: reasons.length > 0,
        reason: reasons.length > 0 ? joinReasons(reasons) : null,
        until
      }) : (current.members.push(member.name), current.until = until), parts.push({
        part: parts.length + 1,
        members: [member.name],
        approval: !0,
        reason: `${member.name} has manual workload handling: its steps before ${member.steps[gateAt]?.name ?? "the gate"} are done; move its workloads away, then approve.`,
        resume: { member: member.name, step: gateAt }
      });
      return;
    }
    !current || reasons.length > 0 ? parts.push({
      part: parts.length + 1,
      members: [member.name],
      approval: reasons.length > 0,
      reason: reasons.length > 0 ? joinReasons(reasons) : null
    }) : current.members.push(member.name);
  }), parts;
}
function joinReasons(reasons) {
  return `${reasons.join("; ")}.`;
}
function listNames(names) {
  return names.length <= 1 ? names[0] ?? "" : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
var init_parts = __esm({
  "src/plan/parts.ts"() {
    "use strict";
  }
});

// src/plan/script.ts
function renderJobScript(stage, planId, transport) {
  let gated = stage.parts.some((part) => part.approval), lines = [
    ...header(stage, planId),
    `# Usage: ${stage.id}.sh [PART]. Without PART it runs parts 1 to ${stage.parts.length} in order; with PART it runs that`,
    "# part only, as the rollout workflow does.",
    ...gated ? [
      "# A part that waits for approval asks for the cluster name at a terminal; elsewhere it needs ROLLGATE_APPROVED",
      "# (STAGE/PART, the stage, or all: the workflow sets it for a job its environment approved), or it exits 3."
    ] : [],
    "set -euo pipefail",
    "",
    ...gated ? [`rollgate_stage=${shellQuote(stage.id)}`, `rollgate_cluster=${shellQuote(stage.cluster)}`, ""] : [],
    `rollgate_progress_stage=${shellQuote(stage.id)}`,
    "rollgate_part=all",
    "",
    PROGRESS_TEXT,
    RUN_TEXT
  ], all = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
  all.some((step) => step.retry) && lines.push(RETRY_TEXT), all.some((step) => step.unless) && lines.push(UNLESS_TEXT), all.some((step) => step.onlyIf) && lines.push(ONLY_IF_TEXT), all.some((step) => step.expect) && lines.push(EXPECT_TEXT), gated && lines.push(GATE_TEXT);
  let stepLine = (step, indent) => {
    let where = step.on === "runner" ? "runner" : step.host ?? "runner", command = transportArgv(step, transport), argv = step.expect ? [
      "rollgate_expect",
      where,
      String(step.expect.length),
      ...step.expect.flatMap((e) => [e.what, e.match, ...expected(e)]),
      ...command
    ] : command, run2 = step.retry ? `rollgate_retry ${[where, step.name, String(step.retry.attempts), String(step.retry.every), ...argv].map(shellQuote).join(" ")}` : `rollgate_run ${[where, step.name, ...argv].map(shellQuote).join(" ")}`, checks = [];
    if (step.onlyIf) {
      let { host, run: run3 } = step.onlyIf, onMember = transportArgv({ name: step.name, on: "member", host, run: run3 }, transport);
      checks.push(`rollgate_off ${[host, step.name, ...onMember].map(shellQuote).join(" ")}`);
    }
    if (step.unless) {
      let check2 = transportArgv({ ...step, run: step.unless }, transport);
      checks.push(`rollgate_done ${[where, step.name, ...check2].map(shellQuote).join(" ")}`);
    }
    return checks.length === 0 ? `${indent}${run2}` : [`${indent}if ${checks.join(" || ")}; then :; else`, `${indent}  ${run2}`, `${indent}fi`].join(
      `
`
    );
  }, memberFunction = (name, steps, title) => {
    lines.push(comment(title)), lines.push(`${name}() {`), steps.length === 0 && lines.push("  :");
    for (let step of steps) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }, split = /* @__PURE__ */ new Map();
  for (let part of stage.parts) part.until && split.set(part.until.member, part.until.step);
  stage.members.forEach((member, index) => {
    let gate = split.get(member.name);
    if (gate === void 0) {
      memberFunction(`rollgate_member_${index + 1}`, member.steps, member.name);
      return;
    }
    memberFunction(
      `rollgate_member_${index + 1}_before_gate`,
      member.steps.slice(0, gate),
      `${member.name}, up to its approval gate`
    ), memberFunction(
      `rollgate_member_${index + 1}_after_gate`,
      member.steps.slice(gate),
      `${member.name}, after its approval gate`
    );
  });
  let indexOf = new Map(stage.members.map((member, index) => [member.name, index + 1])), callOf = (part, name) => {
    let base = `rollgate_member_${indexOf.get(name)}`;
    return part.until?.member === name ? `${base}_before_gate` : part.resume?.member === name ? `${base}_after_gate` : base;
  };
  for (let part of stage.parts) {
    let first = part.part === 1, last = part.part === stage.parts.length;
    if (lines.push(
      comment(
        `Part ${part.part}: ${part.members.join(", ")}${part.approval ? ` (after approval: ${part.reason ?? ""})` : ""}`
      )
    ), lines.push(`rollgate_part_${part.part}() {`, `  rollgate_part=${part.part}`), part.approval && lines.push(`  rollgate_gate ${shellQuote(String(part.part))} ${shellQuote(part.reason ?? "approval")}`), first) for (let step of stage.before) lines.push(stepLine(step, "  "));
    let calls = part.members.map((name) => callOf(part, name));
    if (stage.strategy === "parallel" && calls.length > 1) {
      lines.push("  local pids=() pid failed=0");
      for (let call of calls) lines.push(`  ${call} &`, '  pids+=("$!")');
      lines.push('  for pid in "${pids[@]}"; do', '    wait "$pid" || failed=1', "  done"), lines.push('  if [ "$failed" -ne 0 ]; then'), lines.push(
        `    printf 'rollgate: %s: a member failed; the stage stops here.\\n' ${shellQuote(stage.id)} >&2`
      ), lines.push("    exit 1", "  fi");
    } else
      for (let call of calls) lines.push(`  ${call}`);
    if (last) for (let step of stage.after) lines.push(stepLine(step, "  "));
    lines.push("}", "");
  }
  let everyPart = stage.parts.map((part) => `rollgate_part_${part.part}`).join("; ");
  lines.push('case "${1:-all}" in'), lines.push(`  all) ${everyPart} ;;`);
  for (let part of stage.parts) lines.push(`  ${part.part}) rollgate_part_${part.part} ;;`);
  return lines.push(
    `  *) printf 'rollgate: %s has parts 1 to %s, not %s.\\n' ${shellQuote(stage.id)} ${shellQuote(String(stage.parts.length))} "$1" >&2; exit 2 ;;`
  ), lines.push("esac"), lines.push('rollgate_part="${1:-all}"', "rollgate_progress '' stage 'done'"), lines.push(`printf 'rollgate: stage %s: %s done.\\n' ${shellQuote(stage.id)} "\${1:-all parts}" >&2`), `${lines.join(`
`)}
`;
}
function expected(check2) {
  return check2.is !== void 0 ? ["is", check2.is] : check2.has !== void 0 ? ["has", check2.has] : check2.lacks !== void 0 ? ["lacks", check2.lacks] : ["like", check2.like ?? ""];
}
function header(stage, planId) {
  return [
    "#!/usr/bin/env bash",
    comment(`rollgate plan ${planId}`),
    comment(
      `Stage ${stage.id}: ${stage.component} in cluster ${stage.cluster}${stage.wave ? ` (wave ${stage.wave})` : ""}, ${stage.from ?? "(new)"} -> ${stage.to}, ${stage.strategy}.`
    ),
    "# Generated by `rollgate plan`; every value is single-quoted, so nothing from the manifest is interpreted."
  ];
}
function renderRefusalScript(stage, planId) {
  return `${[
    ...header(stage, planId),
    "# No vendor-supported way back: this script runs nothing, and stops any run of the rollback scripts in order.",
    "set -euo pipefail",
    `printf 'rollgate: %s cannot be rolled back automatically: %s\\n' ${shellQuote(stage.id)} ${shellQuote(stage.reason)} >&2`,
    "exit 1"
  ].join(`
`)}
`;
}
var RUN_TEXT, PROGRESS_FUNCTION, PROGRESS_TEXT, RETRY_FUNCTION, RETRY_TEXT, UNLESS_FUNCTION, UNLESS_TEXT, ONLY_IF_FUNCTION, ONLY_IF_TEXT, EXPECT_FUNCTION, EXPECT_TEXT, GATE_FUNCTION, GATE_TEXT, init_script = __esm({
  "src/plan/script.ts"() {
    "use strict";
    init_shell();
    RUN_TEXT = [
      "# Runs one step and ends the stage at the first failure, saying where it stopped.",
      "rollgate_run() {",
      '  local where="$1" step="$2"',
      "  shift 2",
      `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
      '  if ! "$@"; then',
      `    printf 'rollgate: %s: step %s failed; the stage stops here.\\n' "$where" "$step" >&2`,
      '    rollgate_progress "$where" "$step" failed',
      "    exit 1",
      "  fi",
      '  rollgate_progress "$where" "$step" ok',
      "}",
      ""
    ].join(`
`), PROGRESS_FUNCTION = [
      "# Appends a progress record to $ROLLGATE_PROGRESS, when set: stage, part, member, step, result, time (JSON lines).",
      "rollgate_progress() {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      '  [ -n "${ROLLGATE_PROGRESS:-}" ] || return 0',
      '  local member="$1" step="$2" result="$3" time',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      '  member=${member//\\\\/\\\\\\\\}; member=${member//\\"/\\\\\\"}; step=${step//\\\\/\\\\\\\\}; step=${step//\\"/\\\\\\"}',
      "  time=$(date -u +%Y-%m-%dT%H:%M:%SZ)",
      `  printf '{"stage":"%s","part":"%s","member":"%s","step":"%s","result":"%s","time":"%s"}\\n' "$rollgate_progress_stage" "$rollgate_part" "$member" "$step" "$result" "$time" >>"$ROLLGATE_PROGRESS" || true`,
      "}",
      ""
    ], PROGRESS_TEXT = PROGRESS_FUNCTION.join(`
`), RETRY_FUNCTION = [
      "# Runs a check until it passes, at most ATTEMPTS times EVERY seconds apart; then ends the stage.",
      "rollgate_retry() {",
      '  local where="$1" step="$2" attempts="$3" every="$4" try=1',
      "  shift 4",
      `  printf 'rollgate: %s: %s\\n' "$where" "$step" >&2`,
      '  until "$@"; do',
      '    if [ "$try" -ge "$attempts" ]; then',
      `      printf 'rollgate: %s: step %s failed %s times; the stage stops here.\\n' "$where" "$step" "$try" >&2`,
      '      rollgate_progress "$where" "$step" failed',
      "      exit 1",
      "    fi",
      "    try=$((try + 1))",
      '    sleep "$every"',
      "  done",
      '  rollgate_progress "$where" "$step" ok',
      "}",
      ""
    ], RETRY_TEXT = RETRY_FUNCTION.join(`
`), UNLESS_FUNCTION = [
      "# Whether a step is done already (its check succeeds): then it is passed over, and a rerun never redoes it.",
      "rollgate_done() {",
      '  local where="$1" step="$2"',
      "  shift 2",
      '  if "$@" >/dev/null 2>&1; then',
      `    printf 'rollgate: %s: %s: done already, passed over\\n' "$where" "$step" >&2`,
      '    rollgate_progress "$where" "$step" passed-over',
      "    return 0",
      "  fi",
      "  return 1",
      "}",
      ""
    ], UNLESS_TEXT = UNLESS_FUNCTION.join(`
`), ONLY_IF_FUNCTION = [
      "# Whether a step is not for this member (its check, run on the member, fails): then it is passed over.",
      "rollgate_off() {",
      '  local where="$1" step="$2"',
      "  shift 2",
      '  if "$@" >/dev/null 2>&1; then',
      "    return 1",
      "  fi",
      `  printf 'rollgate: %s: %s: not on this member, passed over\\n' "$where" "$step" >&2`,
      '  rollgate_progress "$where" "$step" passed-over',
      "  return 0",
      "}",
      ""
    ], ONLY_IF_TEXT = ONLY_IF_FUNCTION.join(`
`), EXPECT_FUNCTION = [
      "# Runs a command and reads its output back. For each of COUNT checks (WHAT, MATCH, TEST, WANT): the first line",
      "# MATCH (an extended regular expression) finds, its last group (none: empty), is WANT (is), holds WANT among its",
      "# comma-separated items (has) or not (lacks), or equals what the expression WANT finds (like).",
      "rollgate_expect() {",
      '  local where="$1" count="$2" out line got found i what match test want failed=0',
      "  shift 2",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      '  local checks=("${@:1:count*4}")',
      "  shift $((count * 4))",
      '  out=$("$@") || return 1',
      "  rollgate_find() {",
      "    found=''",
      "    while IFS= read -r line; do",
      "      if [[ $line =~ $1 ]]; then",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      "        found=${BASH_REMATCH[${#BASH_REMATCH[@]}-1]}",
      "        return 0",
      "      fi",
      '    done <<<"$out"',
      "    return 1",
      "  }",
      "  for ((i = 0; i < count * 4; i += 4)); do",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      "    what=${checks[i]} match=${checks[i+1]} test=${checks[i+2]} want=${checks[i+3]}",
      '    rollgate_find "$match" || true',
      "    got=$found",
      '    case "$test" in',
      '      is) [ "$got" = "$want" ] && continue ;;',
      "      has)",
      '        [[ ",$got," == *",$want,"* ]] && continue',
      '        want="$want among its items"',
      "        ;;",
      "      lacks)",
      '        [[ ",$got," != *",$want,"* ]] && continue',
      '        want="no $want among its items"',
      "        ;;",
      "      like)",
      '        rollgate_find "$want" || true',
      "        want=$found",
      '        [ -n "$got" ] && [ "$got" = "$want" ] && continue',
      "        ;;",
      "    esac",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      '    printf \'rollgate: %s: %s: expected %s, found %s.\\n\' "$where" "$what" "${want:-(nothing)}" "${got:-(nothing)}" >&2',
      "    failed=1",
      "  done",
      '  return "$failed"',
      "}",
      ""
    ], EXPECT_TEXT = EXPECT_FUNCTION.join(`
`), GATE_FUNCTION = [
      "# Stops before a part that waits for approval: at a terminal until the cluster's name is typed; elsewhere it goes",
      "# on only when ROLLGATE_APPROVED names the part (STAGE/PART), the stage or all, else exits with status 3.",
      "rollgate_gate() {",
      '  local part="$1" reason="$2" approved answer',
      "  local -a approvals=()",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      `  IFS=', ' read -r -a approvals <<< "\${ROLLGATE_APPROVED:-}"`,
      // biome-ignore lint/suspicious/noTemplateCurlyInString: bash expansion, written out as it is
      '  for approved in "${approvals[@]}"; do',
      '    case "$approved" in',
      '      all | "$rollgate_stage" | "$rollgate_stage/$part")',
      "        rollgate_progress '' approval approved",
      "        return 0",
      "        ;;",
      "    esac",
      "  done",
      "  if [ -t 0 ]; then",
      `    printf 'rollgate: stage %s part %s waits for approval: %s\\n' "$rollgate_stage" "$part" "$reason" >&2`,
      `    printf 'rollgate: type the name of the cluster (%s) to approve it, anything else to stop: ' "$rollgate_cluster" >&2`,
      '    if read -r answer && [ "$answer" = "$rollgate_cluster" ]; then',
      "      rollgate_progress '' approval approved",
      "      return 0",
      "    fi",
      `    printf 'rollgate: stage %s part %s was not approved; the stage stops here.\\n' "$rollgate_stage" "$part" >&2`,
      "    rollgate_progress '' approval refused",
      "    exit 3",
      "  fi",
      `  printf 'rollgate: stage %s part %s waits for approval (%s) and there is no terminal to ask; the stage stops here. Approved, run it with ROLLGATE_APPROVED=%s.\\n' "$rollgate_stage" "$part" "$reason" "$rollgate_stage/$part" >&2`,
      "  rollgate_progress '' approval waiting",
      "  exit 3",
      "}",
      ""
    ], GATE_TEXT = GATE_FUNCTION.join(`
`);
  }
});

// src/plan/rollback.ts
function* rollbackChunks(context, stages, planId, transport) {
  let heading = [
    { key: "apiVersion", value: "rollgate/v1" },
    { key: "kind", value: "RollbackPlan" },
    { key: "plan", value: planId }
  ], packSupport = context.pack.rollout?.rollback;
  if (packSupport && !packSupport.supported) {
    yield* jsonFileChunks("rollback.json", [
      ...heading,
      { key: "supported", value: !1 },
      { key: "statement", value: packSupport.statement },
      ...keptField(stages)
    ]);
    return;
  }
  let reversed = [...stages].reverse(), kept = reversed.filter((stage) => stage.members.some((member) => member.from)), width = Math.max(2, String(kept.length).length), support = new Map(kept.map((stage) => [stage, supportOf(context, stage)])), lastOfCluster = new Map(
    kept.filter((stage) => support.get(stage)?.supported).map((stage) => [stage.cluster, stage])
  ), notes = [], overrides = {}, scripts = [];
  function* items() {
    let index = 0;
    for (let stage of reversed) {
      let verdict = support.get(stage), rollback = verdict && rollbackStage(context, stage, notes, verdict.supported);
      if (!verdict || !rollback) continue;
      index++;
      let cluster = clusterOf(context, stage), after = lastOfCluster.get(stage.cluster) === stage ? clusterSteps(
        context,
        cluster,
        context.pack.rollout?.finally,
        rollback.members,
        context.baseClusters.get(cluster.name)?.cluster
      ) : [], { before, members: members2, parts, ...fields } = rollback, done = {
        id: `rollback-${String(index).padStart(width, "0")}-${stage.cluster}-${stage.component}`,
        ...fields,
        before,
        members: members2,
        after,
        parts,
        supported: verdict.supported,
        reason: verdict.reason
      };
      for (let step of done.before) {
        if (step.on !== "proxy" || step.host === null) continue;
        let line = step.run.map(shellWord).join(" "), lines = overrides[step.host];
        lines ? lines.includes(line) || lines.push(line) : overrides[step.host] = [line];
      }
      let script = done.supported ? renderJobScript(done, planId, transport) : renderRefusalScript(done, planId);
      scripts.push(wholeFile(`jobs/${done.id}.sh`, script, !0)), yield arrayItem(done);
    }
  }
  yield* interleaved(
    new ChunkedFile("rollback.json"),
    jsonObjectPieces([
      ...heading,
      { key: "supported", value: [...support.values()].every((verdict) => verdict.supported) },
      { key: "stages", items: items(), kind: "array" },
      { key: "overrides", later: () => overrides },
      { key: "notes", later: () => notes }
    ]),
    scripts
  );
}
function supportOf(context, stage) {
  let move = `${stage.component} ${stage.to} -> ${stage.from ?? "(none)"} in ${stage.cluster}`;
  if (!stage.members.some(
    (member) => member.from && goesLower(context, stage.component, member.to, member.from)
  ))
    return {
      supported: !0,
      reason: `${move} is no downgrade: each member is refreshed back to its base pin.`
    };
  let downgrade = componentPolicy(context, stage.component)?.rollout?.downgrade;
  return downgrade?.supported ? {
    supported: !0,
    reason: `${move} goes back down, which the vendor supports as its rollback: ${downgrade.note}`
  } : {
    supported: !1,
    reason: downgrade ? `${move} is a downgrade (skew/downgrade), which the vendor does not support: ${downgrade.statement}` : `${move} is a downgrade (skew/downgrade), and the ${context.pack.name} pack names no vendor-supported way back; restore from the backup taken before the upgrade.`
  };
}
function goesLower(context, component, from, to) {
  let scheme = context.policy.schemes.get(component), a = comparableVersion(context.policy, component, from), b = comparableVersion(context.policy, component, to), order = scheme && a !== void 0 && b !== void 0 ? scheme.compare(a, b) : 0;
  return order !== 0 ? order > 0 : from.channel !== void 0 && from.channel === to.channel && to.revision !== void 0 && from.revision !== void 0 && to.revision < from.revision;
}
function rollbackStage(context, stage, notes, supported) {
  let cluster = clusterOf(context, stage), byName2 = new Map(cluster.members.map((m) => [m.name, m])), members2 = [];
  for (let planned of stage.members) {
    if (!planned.from) {
      notes.push(
        `${stage.cluster}/${planned.name} had no ${stage.component} in the base, so there is nothing to roll it back to.`
      );
      continue;
    }
    let member = byName2.get(planned.name);
    members2.push({
      name: planned.name,
      role: planned.role,
      workload: planned.workload,
      from: planned.to,
      to: planned.from,
      steps: supported ? memberSteps(
        context,
        cluster,
        member,
        stage.component,
        planned.from,
        "rollback",
        members2.length === 0,
        planned.to
      ) : []
    });
  }
  if (members2.length === 0) return;
  let parts = supported ? splitParts(members2, stage.strategy, stage.pauseAfterMember) : [{ part: 1, members: members2.map((m) => m.name), approval: !1, reason: null }];
  return {
    wave: stage.wave,
    cluster: stage.cluster,
    component: stage.component,
    from: stage.to,
    to: stage.from ?? "",
    strategy: stage.strategy,
    proxy: stage.proxy,
    runner: stage.runner,
    gate: parts.some((part) => part.approval) ? "approval" : "none",
    pauseAfterMember: stage.pauseAfterMember,
    health: stage.health,
    before: supported ? proxyPins(context, cluster, stage.component, members2) : [],
    members: members2,
    parts
  };
}
function* interleaved(file, pieces, queue) {
  for (let piece of pieces) {
    let chunk = file.add(piece);
    chunk && (yield chunk), yield* queue.splice(0);
  }
  file.add(`
`), yield file.end(), yield* queue.splice(0);
}
function keptField(stages) {
  let kept = [], seen = /* @__PURE__ */ new Set();
  for (let stage of stages) {
    let steps = [...stage.before, ...stage.members.flatMap((m) => m.steps), ...stage.after];
    for (let step of steps) {
      if (step.creates === void 0) continue;
      let key2 = `${step.host ?? ""}\0${step.creates}`;
      seen.has(key2) || (seen.add(key2), kept.push({ cluster: stage.cluster, host: step.host, step: step.name, path: step.creates }));
    }
  }
  return kept.length > 0 ? [{ key: "kept", value: kept }] : [];
}
var init_rollback = __esm({
  "src/plan/rollback.ts"() {
    "use strict";
    init_comparable();
    init_context();
    init_json_text();
    init_parts();
    init_pins();
    init_script();
    init_shell();
    init_steps();
  }
});

// src/plan/order.ts
function orderDrafts(context, cluster, drafts, found) {
  if (!context.base || drafts.length === 0) return;
  let transition = planTransition(
    context.policy,
    clusterMove(cluster, context.baseClusters.get(cluster.name)?.cluster)
  );
  if (!transition.ok) {
    let { messageId, data } = transitionMessage(context.policy, cluster.name, transition);
    found.notes.push(
      `${formatMessage(orderTransition.messages[messageId], data)} (order/transition: the stages of ${cluster.name} follow the pack's order.)`
    );
    return;
  }
  if (!transition.reordered) return;
  let { ahead, text } = transition.reordered, rank2 = new Map(transition.order.map((name, index) => [name, index])), last = Number.MAX_SAFE_INTEGER;
  drafts.sort((a, b) => (rank2.get(a.component) ?? last) - (rank2.get(b.component) ?? last));
  for (let draft of drafts) ahead.includes(draft.component) && (draft.orderReason = text);
}
var init_order = __esm({
  "src/plan/order.ts"() {
    "use strict";
    init_messages();
    init_transition();
    init_order_transition();
  }
});

// src/plan/stages.ts
function startWalk(context) {
  let walked = {
    drafts: [],
    notes: [],
    skipped: [],
    proxies: /* @__PURE__ */ new Map(),
    direct: /* @__PURE__ */ new Map(),
    queue: []
  };
  context.base || walked.notes.push("No base manifest: every member is planned from an unknown state to its pin.");
  let unfinished = context.unfinishedClusters.length;
  return unfinished > 0 && walked.notes.push(
    `${unfinished} earlier rollout${unfinished === 1 ? "" : "s"} did not finish; members that one of them may have moved are planned as well.`
  ), walked;
}
function* walk3(context, walked) {
  let take = (cluster, own) => {
    walked.drafts.push(...own.drafts), walked.notes.push(...own.notes), walked.skipped.push(...own.skipped), cluster.proxy !== void 0 && context.snapPins && serve(cluster, cluster.proxy, own.served, walked.proxies), own.direct !== void 0 && addDirect(walked, cluster, own.direct);
  }, order = keyOrder(context.clusters), found = order === context.clusters ? void 0 : /* @__PURE__ */ new Map();
  for (let cluster of order) {
    let baseEntry = context.baseClusters.get(cluster.name), components = componentsOf(context, cluster, baseEntry?.cluster), cells = readCells(context, cluster, components, baseEntry), own = { drafts: [], notes: [], skipped: [], served: [], direct: void 0 };
    draftStages(context, cluster, components, cells, own), context.snapPins && (cluster.proxy === void 0 ? own.direct = directPins(context, cluster, components, cells) : own.served = served(cluster, components, cells)), found ? found.set(cluster, own) : take(cluster, own), yield pinsEntry(cluster, components, cells);
  }
  if (found) for (let cluster of context.clusters) take(cluster, found.get(cluster));
}
function readCells(context, cluster, components, baseEntry) {
  let pins = /* @__PURE__ */ new Map(), cell = (member, baseMember, component) => {
    let to = memberState(cluster, member, component), from = baseEntry && baseMember ? memberState(baseEntry.cluster, baseMember, component) : void 0;
    if (!to) return { to, pin: void 0, from, changed: !1 };
    let pin = pins.get(to);
    return pin || (pin = pinOf(to, `${component} on ${cluster.name}/${member.name}`), pins.set(to, pin)), { to, pin, from, changed: moves(context, cluster, member, component, from, to) };
  }, shared;
  return cluster.members.map((member) => {
    let baseMember = baseEntry?.members.get(member.name), plain = context.unfinishedClusters.length === 0 && !member.overrides && baseMember !== void 0 && !baseMember.overrides;
    if (plain && shared) return shared;
    let row = components.map((component) => cell(member, baseMember, component));
    return plain && (shared = row), row;
  });
}
function moves(context, cluster, member, component, from, to) {
  if (!sameState(from, to)) return !0;
  for (let unfinished of context.unfinishedClusters) {
    let entry = unfinished.get(cluster.name), other = entry?.members.get(member.name), state = entry && other ? memberState(entry.cluster, other, component) : void 0;
    if (state && !sameState(state, to)) return !0;
  }
  return !1;
}
function sameState(a, b) {
  return sameRun(a, b) && a?.hold === b.hold && a?.cohort === b.cohort;
}
function checkTransport(context, cluster, drafts) {
  let { transport } = context;
  if (transport.perMember) return;
  let onMembers = !1;
  for (let draft of drafts)
    for (let member of draft.members)
      for (let step of member.steps)
        if (step.on === "member" && (onMembers = !0, step.reboots))
          throw new RollgateError(
            `Step ${step.name} of ${draft.component} on ${cluster.name}/${member.name} reboots the member, so it cannot run on the runner that then waits for it; plan with a transport that reaches the member, such as --transport 'ssh {member}', so the waiting happens on another machine.`
          );
  if (!(!onMembers || cluster.members.length < 2 || transport.local))
    throw new RollgateError(
      transport.words.length === 0 ? `Cluster ${cluster.name} has ${cluster.members.length} members, and without --transport the steps of every one of them would run on this runner; give --transport 'ssh {member}' (the action's transport input), or --transport local to run them on this runner knowingly.` : `The transport ${JSON.stringify(transport.words.join(" "))} names no {member}, so the steps of the ${cluster.members.length} members of cluster ${cluster.name} would all run on one host; put {member} where the host goes, for example 'ssh {member}', or give --transport local to run them on this runner knowingly.`
    );
}
function draftStages(context, cluster, components, cells, walked) {
  if (!cells.some((row) => row.some((cell) => cell.changed || cell.from && !cell.pin))) return;
  cells.some((row) => row.some((cell) => cell.changed)) && requireParams(context, cluster);
  let ordered = orderMembers(cluster.members), drafts = [];
  components.forEach((component, column) => {
    let movers = [];
    for (let [member, row] of ordered) {
      if (!runsOn(context, component, member)) continue;
      let cell = cells[row]?.[column];
      if (!cell.pin) {
        cell.from && walked.notes.push(
          `${component} is removed from ${cluster.name}/${member.name}; rollgate does not remove components, so remove it by hand.`
        );
        continue;
      }
      if (!cell.changed) continue;
      let resume = context.observed ? resumeOf(
        context.observed.get(observedKey(cluster.name, member.name)),
        component,
        cell.to
      ) : NOT_OBSERVED;
      if (resume.kind === "skip") {
        walked.skipped.push({
          cluster: cluster.name,
          member: member.name,
          component,
          runs: resume.runs,
          observed: resume.at,
          reason: `runs its target ${resume.runs} and is in service`
        });
        continue;
      }
      movers.push({
        resume,
        member,
        from: cell.from ? pinOf(cell.from, `${component} on ${cluster.name}/${member.name} in the base`) : null,
        to: cell.pin
      });
    }
    if (movers.length === 0) return;
    let members2 = movers.map(
      ({ member, from, to }, index) => ({
        name: member.name,
        role: member.role,
        workload: member.workload,
        from,
        to,
        steps: memberSteps(context, cluster, member, component, to, "member", index === 0, from)
      })
    ), restoreFirst = /* @__PURE__ */ new Map();
    for (let { member, resume } of movers)
      resume.kind === "restore-first" && restoreFirst.set(member.name, resume);
    let policy = componentPolicy(context, component);
    policy?.rollout || walked.notes.push(
      `The ${context.pack.name} pack gives ${component} no rollout steps, so its stage in ${cluster.name} only pins it.`
    );
    let strategy = policy?.rollout?.strategy ?? "serial", pause = cluster.pauseAfterMember ?? context.pack.rollout?.pauseAfterMember ?? "none", health = policy?.rollout?.member.find((step) => step.name === "health")?.run ?? null;
    drafts.push({
      cluster,
      component,
      members: members2,
      strategy,
      pause,
      parts: splitParts(members2, strategy, pause),
      health: health ? [...health] : null,
      first: !1,
      last: !1,
      ...restoreFirst.size > 0 ? { restoreFirst } : {}
    });
  }), checkTransport(context, cluster, drafts), orderDrafts(context, cluster, drafts, walked);
  let firstDraft = drafts[0], lastDraft = drafts[drafts.length - 1];
  firstDraft && (firstDraft.first = !0), lastDraft && (lastDraft.last = !0), walked.drafts.push(...drafts);
}
function finishStages(context, drafts) {
  let width = Math.max(2, String(drafts.length).length);
  return drafts.map((draft, index) => {
    let { cluster, component, members: members2 } = draft;
    return {
      // Key order is the output's: fixed here so plan.json reads the same field order on every stage.
      id: `${String(index + 1).padStart(width, "0")}-${cluster.name}-${component}`,
      wave: cluster.wave ?? null,
      cluster: cluster.name,
      component,
      from: summarise(members2.map((m) => m.from)),
      to: summarise(members2.map((m) => m.to)) ?? "",
      ...draft.orderReason !== void 0 ? { orderReason: draft.orderReason } : {},
      strategy: draft.strategy,
      proxy: cluster.proxy ?? null,
      runner: cluster.runner ?? null,
      gate: draft.parts.some((part) => part.approval) ? "approval" : "none",
      pauseAfterMember: draft.pause,
      health: draft.health,
      // Filled by linkStages (graph.ts) once every stage is known; here for plan.json's key order.
      needs: [],
      estimate: 0,
      before: [
        ...draft.first ? clusterSteps(
          context,
          cluster,
          context.pack.rollout?.first,
          members2,
          context.baseClusters.get(cluster.name)?.cluster
        ) : [],
        ...proxyPins(context, cluster, component, members2),
        ...componentSteps(context, cluster, component, "before", members2)
      ],
      members: members2,
      after: [
        ...componentSteps(context, cluster, component, "after", members2),
        ...draft.last ? clusterSteps(context, cluster, context.pack.rollout?.finally, members2, cluster) : []
      ],
      parts: draft.parts
    };
  });
}
function applyRestoreFirst(walked) {
  let restored = /* @__PURE__ */ new Set();
  for (let draft of walked.drafts)
    if (draft.restoreFirst)
      for (let member of draft.members) {
        let resume = draft.restoreFirst.get(member.name), key2 = `${draft.cluster.name}\0${member.name}`;
        if (resume?.kind !== "restore-first" || restored.has(key2)) continue;
        let restore = member.steps.filter((step) => step.name === "restore");
        restore.length !== 0 && (restored.add(key2), member.steps = [...restore.map((step) => ({ ...step, name: "restore-first" })), ...member.steps], walked.notes.push(
          `${draft.cluster.name}/${member.name} was left evacuated (observed ${resume.at}, running ${draft.component} ${resume.runs}): it is restored before its steps in stage ${draft.component}.`
        ));
      }
}
var NOT_OBSERVED, init_stages = __esm({
  "src/plan/stages.ts"() {
    "use strict";
    init_findings();
    init_fleet();
    init_resume();
    init_context();
    init_order();
    init_parts();
    init_pins();
    init_steps();
    init_values();
    NOT_OBSERVED = { kind: "plan" };
  }
});

// src/plan/writer.ts
function* planChunks(context, transport, waves) {
  let policy = context.pack.name, hash = (0, import_node_crypto2.createHash)("sha256"), walked = startWalk(context);
  function* hashed(entries) {
    let first = !0;
    for (let entry of entries)
      hash.update(first ? entry : `,${entry}`), first = !1, yield entry;
  }
  let pins = new ChunkedFile("pins.json");
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "Pins" },
      { key: "clusters", items: hashed(walk3(context, walked)), kind: "object" }
    ],
    { open: !0 }
  )) {
    let chunk = pins.add(piece);
    chunk && (yield chunk), yield* walked.queue.splice(0);
  }
  applyRestoreFirst(walked);
  let stages = finishStages(context, walked.drafts), schedule = linkStages(stages, context), planFile = new ChunkedFile("plan.json");
  function* stageItems() {
    for (let stage of stages) yield arrayItem(stage);
  }
  for (let piece of jsonObjectPieces(
    [
      { key: "apiVersion", value: "rollgate/v1" },
      { key: "kind", value: "RolloutPlan" },
      { key: "policy", value: policy },
      { key: "waves", value: waves },
      { key: "schedule", value: schedule },
      { key: "stages", items: stageItems(), kind: "array" },
      { key: "notes", value: walked.notes },
      // Only with --observed: without it plan.json is as it always was.
      ...context.observed ? [{ key: "skipped", value: walked.skipped }] : []
    ],
    { open: !0 }
  )) {
    hash.update(piece);
    let chunk = planFile.add(piece);
    chunk && (yield chunk);
  }
  let id = `sha256:${hash.update(`
}`).digest("hex")}`;
  for (let [file, key2] of [
    [planFile, "id"],
    [pins, "plan"]
  ]) {
    for (let piece of jsonObjectPieces([{ key: key2, value: id }], { opened: !0 })) file.add(piece);
    file.add(`
`), yield file.end();
  }
  for (let file of walked.direct.values())
    file.add(`
# rollgate plan ${id}
`), yield file.end();
  let plan = {
    apiVersion: "rollgate/v1",
    kind: "RolloutPlan",
    policy,
    waves,
    schedule,
    stages,
    notes: walked.notes,
    ...context.observed ? { skipped: walked.skipped } : {},
    id
  };
  for (let [name, text] of proxyFiles(walked, id)) yield wholeFile(`overrides/${name}`, text);
  for (let stage of stages)
    yield wholeFile(`jobs/${stage.id}.sh`, renderJobScript(stage, id, transport), !0);
  return yield* rollbackChunks(context, stages, id, transport), yield wholeFile("matrix.json", jsonFile({ ...matrixChunks(plan), clusterChunks: clusterChunks(plan) })), yield wholeFile("preview.md", renderPlanPreview(plan)), plan;
}
var import_node_crypto2, init_writer = __esm({
  "src/plan/writer.ts"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_canonical();
    init_graph();
    init_json_text();
    init_lanes();
    init_matrix();
    init_pins();
    init_preview();
    init_rollback();
    init_script();
    init_stages();
  }
});

// src/plan/build.ts
function checkedChange(result) {
  let manifest = ({ file, fleet: fleet2, findings }) => fleet2 ? (ownStringsIn(fleet2), { file, fleet: { ...fleet2 }, findings }) : { file, findings };
  return {
    head: manifest(result.head),
    ...result.base ? { base: manifest(result.base) } : {},
    ...result.policy ? { policy: result.policy } : {}
  };
}
function streamPlan(input) {
  return planStream(input, parseTransport(input.transport));
}
function planStream(input, transport) {
  let { result } = input, head = result.head.fleet;
  if (!head || result.head.findings.length > 0)
    throw new RollgateError(
      `The head manifest ${result.head.file} could not be read, so there is nothing to plan; rollgate check shows why.`
    );
  if (!result.policy)
    throw new RollgateError(
      `No policy pack judged ${result.head.file}, so rollgate cannot tell how to roll it out.`
    );
  if (result.base && (!result.base.fleet || result.base.findings.length > 0))
    throw new RollgateError(
      `The base manifest ${result.base.file} could not be read; a plan from an unknown base could start from the wrong versions.`
    );
  let context = planContext(
    head,
    result.base?.fleet,
    input.unfinished ?? [],
    result.policy,
    transport,
    observedIndex(input.observed)
  );
  return planChunks(context, transport, head.waves ?? null);
}
function planOnly(input) {
  let stream = planStream(
    input,
    input.transport === void 0 ? PREVIEW_TRANSPORT : parseTransport(input.transport)
  ), next = stream.next();
  for (; !next.done; ) next = stream.next();
  return next.value;
}
function buildPlan(input) {
  let stream = streamPlan(input), texts = /* @__PURE__ */ new Map(), next = stream.next();
  for (; !next.done; next = stream.next())
    texts.set(next.value.path, (texts.get(next.value.path) ?? "") + next.value.text);
  let plan = next.value, overrides = {}, jobs = {};
  for (let [file, text] of texts)
    file.startsWith("overrides/") ? overrides[file.slice(10)] = text : file.startsWith("jobs/") && (jobs[file.slice(5, -3)] = text);
  return {
    plan,
    pins: JSON.parse(texts.get("pins.json") ?? "null"),
    overrides,
    rollback: JSON.parse(texts.get("rollback.json") ?? "null"),
    jobs
  };
}
function bundleFiles(bundle) {
  let files = [
    { path: "plan.json", text: jsonFile(bundle.plan), executable: !1 },
    { path: "pins.json", text: jsonFile(bundle.pins), executable: !1 },
    { path: "rollback.json", text: jsonFile(bundle.rollback), executable: !1 }
  ];
  for (let [name, text] of Object.entries(bundle.overrides))
    files.push({ path: `overrides/${name}`, text, executable: !1 });
  for (let [id, text] of Object.entries(bundle.jobs))
    files.push({ path: `jobs/${id}.sh`, text, executable: !0 });
  return files;
}
var init_build = __esm({
  "src/plan/build.ts"() {
    "use strict";
    init_findings();
    init_copy();
    init_resume();
    init_canonical();
    init_context();
    init_shell();
    init_writer();
    init_parts();
  }
});

// src/plan/index.ts
var plan_exports = {};
__export(plan_exports, {
  DEFAULT_RUNNER: () => DEFAULT_RUNNER,
  GITHUB_MATRIX_LIMIT: () => GITHUB_MATRIX_LIMIT,
  LOCAL_TRANSPORT: () => LOCAL_TRANSPORT,
  approvalEnvironment: () => approvalEnvironment,
  buildPlan: () => buildPlan,
  bundleFiles: () => bundleFiles,
  canonicalJson: () => canonicalJson,
  checkedChange: () => checkedChange,
  contentId: () => contentId,
  matrixChunks: () => matrixChunks,
  mermaidLabel: () => label,
  parseTransport: () => parseTransport,
  planOnly: () => planOnly,
  renderJobScript: () => renderJobScript,
  renderPlanPreview: () => renderPlanPreview,
  shellQuote: () => shellQuote,
  shellWord: () => shellWord,
  splitParts: () => splitParts,
  streamPlan: () => streamPlan,
  transportArgv: () => transportArgv
});
var init_plan = __esm({
  "src/plan/index.ts"() {
    "use strict";
    init_build();
    init_canonical();
    init_matrix();
    init_preview();
    init_script();
    init_shell();
  }
});

// src/cli/plan-command.ts
var plan_command_exports = {};
__export(plan_command_exports, {
  planCommand: () => planCommand
});
async function planCommand(values, io, services) {
  let planner = Promise.resolve().then(() => (init_plan(), plan_exports));
  planner.catch(() => {
  });
  let now = parseNow(values.now), where = baseOptions(values), unfinishedRefs = values["unfinished-ref"] ?? [], out = import_node_path13.default.resolve(io.cwd, String(values.out ?? "rollgate-plan")), checked2 = await checkForPlan(values, io, services, where, now, planner);
  if (!checked2) return 1;
  let { change: change2, old } = checked2, { repository } = services, unfinished = (await readUnfinished(
    repository,
    import_node_path13.default.resolve(io.cwd, where.head),
    where.head,
    await resolveUnfinishedRefs(repository, unfinishedRefs)
  )).map((rollout) => rollout.fleet), transport = values.transport, { streamPlan: streamPlan2 } = await planner, observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : void 0, chunks = streamPlan2({
    result: change2,
    ...transport !== void 0 ? { transport } : {},
    unfinished,
    ...observed ? { observed } : {}
  });
  await prepareOut(out);
  let staging = import_node_path13.default.join(out, STAGING);
  await (0, import_promises.rm)(staging, { recursive: !0, force: !0 });
  let plan;
  try {
    plan = await writePlanChunks(staging, chunks), await removeEarlierPlan(out), await moveInto(staging, out);
  } finally {
    await (0, import_promises.rm)(staging, { recursive: !0, force: !0 });
  }
  let gated = plan.stages.filter((stage) => stage.gate === "approval").length, shown = inertText(String(values.out ?? "rollgate-plan")), lines = [
    `Plan ${plan.id}: ${plan.stages.length} stage${plan.stages.length === 1 ? "" : "s"}, ${gated} waiting for approval; written to ${shown}.`
  ];
  for (let stage of plan.stages)
    lines.push(
      inertText(
        `  ${stage.id}  ${stage.from ?? "(new)"} -> ${stage.to}  ${stage.strategy}  ${stage.members.map((m) => m.name).join(" ")}${stage.gate === "approval" ? "  [approval]" : ""}`
      )
    );
  for (let note of plan.notes) lines.push(`note: ${inertText(note)}`);
  old.length > 0 && lines.push(
    `note: not planned, as this change does not move them, and carrying findings already in the base: ${old.map(inertText).join(", ")}.`
  );
  for (let entry of plan.skipped ?? [])
    lines.push(
      inertText(
        `skipped: ${entry.cluster}/${entry.member} ${entry.component}: ${entry.reason} (observed ${entry.observed})`
      )
    );
  return io.stdout(`${lines.join(`
`)}
`), 0;
}
async function checkForPlan(values, io, services, where, now, planner) {
  let sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    ...where
  });
  keepHeapSmallFor(sources);
  let result = await checkSources(sources, now, values.strict === !0);
  if (result.findings.length > 0 && io.stderr(renderText(result)), !result.ok && !values.force) {
    io.stderr(
      `rollgate plan: the check found errors, so nothing was planned. Fix them, or plan anyway with --force.
`
    );
    return;
  }
  let { checkedChange: checkedChange2 } = await planner;
  return { change: checkedChange2(result), old: untouchedClustersWithOldFindings(result) };
}
function cannotUse(out, error) {
  let code = error.code, why = code === "ENOTDIR" ? "a part of the path is a file" : code === "EACCES" || code === "EPERM" || code === "EROFS" ? "it cannot be written there" : error.message;
  return new RollgateError(`Cannot write the plan to --out ${out}: ${why}.`);
}
async function makeDirectories(out) {
  let missing = [];
  for (let at2 = import_node_path13.default.resolve(out); ; at2 = import_node_path13.default.dirname(at2))
    try {
      if (!(await (0, import_promises.stat)(at2)).isDirectory()) throw cannotUse(out, { code: "ENOTDIR" });
      break;
    } catch (error) {
      if (error instanceof RollgateError) throw error;
      if (error.code !== "ENOENT" || import_node_path13.default.dirname(at2) === at2)
        throw cannotUse(out, error);
      missing.unshift(at2);
    }
  for (let directory of missing)
    try {
      await (0, import_promises.mkdir)(directory);
    } catch (error) {
      let code = error.code;
      if (code === "ENOENT")
        throw new RollgateError(`Cannot write the plan to --out ${out}: no directory can be made there.`);
      if (code !== "EEXIST") throw cannotUse(out, error);
    }
}
async function prepareOut(out) {
  let entries;
  try {
    let found = await (0, import_promises.lstat)(out);
    if (found.isSymbolicLink())
      throw new RollgateError(
        `--out ${out} is a symbolic link; give a directory, so the plan is written where you see it.`
      );
    if (!found.isDirectory())
      throw new RollgateError(`--out ${out} is a file; give a directory for the plan.`);
    entries = await (0, import_promises.readdir)(out);
  } catch (error) {
    if (error instanceof RollgateError) throw error;
    if (error.code !== "ENOENT") throw cannotUse(out, error);
    await makeDirectories(out);
    return;
  }
  if (entries = entries.filter((name) => name !== STAGING), entries.length !== 0) {
    if (!entries.includes("plan.json") || !await isRolloutPlan(import_node_path13.default.join(out, "plan.json")))
      throw new RollgateError(
        `--out ${out} is not empty and holds no earlier plan (a plan.json of kind RolloutPlan); give a new or empty directory, so no other files are mixed in or removed.`
      );
    for (let folder of PLAN_FOLDERS) {
      let found = await (0, import_promises.lstat)(import_node_path13.default.join(out, folder)).catch(() => {
      });
      if (found && !found.isDirectory())
        throw new RollgateError(
          `--out ${out} holds ${folder} that is not a directory (a link, or a file); rollgate writes the plan's ${folder} only into a real directory.`
        );
    }
  }
}
async function isRolloutPlan(file) {
  let handle;
  try {
    handle = await (0, import_promises.open)(file, import_node_fs5.constants.O_RDONLY | import_node_fs5.constants.O_NOFOLLOW | import_node_fs5.constants.O_NONBLOCK);
  } catch {
    return !1;
  }
  try {
    if (!(await handle.stat()).isFile()) return !1;
    let start = Buffer.alloc(512), { bytesRead } = await handle.read(start, 0, start.length, 0);
    return /^\{\s*"apiVersion"\s*:\s*"rollgate\/v1"\s*,\s*"kind"\s*:\s*"RolloutPlan"\s*,/.test(
      start.subarray(0, bytesRead).toString("utf8")
    );
  } finally {
    await handle.close();
  }
}
async function removeEarlierPlan(out) {
  for (let name of PLAN_FILES) await (0, import_promises.rm)(import_node_path13.default.join(out, name), { force: !0 });
  for (let folder of [...PLAN_FOLDERS].reverse()) {
    let where = import_node_path13.default.join(out, folder), entries = await (0, import_promises.readdir)(where, { withFileTypes: !0 }).catch(() => []), pattern = PLAN_FILE_IN[folder];
    for (let entry of entries)
      pattern.test(entry.name) && !entry.isDirectory() && unlinkIfThere(import_node_path13.default.join(where, entry.name));
    await (0, import_promises.rmdir)(where).catch(() => {
    });
  }
}
function unlinkIfThere(file) {
  try {
    (0, import_node_fs5.unlinkSync)(file);
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
}
async function moveInto(from, to) {
  for (let entry of await (0, import_promises.readdir)(from, { withFileTypes: !0 })) {
    let source = import_node_path13.default.join(from, entry.name), target = import_node_path13.default.join(to, entry.name);
    if (entry.isDirectory()) {
      if (await (0, import_promises.lstat)(target).then(
        () => !1,
        () => !0
      )) {
        await (0, import_promises.rename)(source, target);
        continue;
      }
      await (0, import_promises.mkdir)(target).catch((error) => {
        if (error.code !== "EEXIST") throw error;
      }), await moveInto(source, target);
    } else await (0, import_promises.rename)(source, target);
  }
}
var import_node_fs5, import_promises, import_node_path13, PLAN_FILES, STAGING, PLAN_FOLDERS, PLAN_FILE_IN, init_plan_command = __esm({
  "src/cli/plan-command.ts"() {
    "use strict";
    import_node_fs5 = require("node:fs"), import_promises = require("node:fs/promises"), import_node_path13 = __toESM(require("node:path"), 1);
    init_findings();
    init_unfinished();
    init_heap();
    init_observed_file();
    init_plan_files();
    init_sources();
    init_escape();
    init_old_findings();
    init_text();
    init_flags();
    PLAN_FILES = ["plan.json", "pins.json", "rollback.json", "matrix.json", "preview.md"], STAGING = ".rollgate-partial";
    PLAN_FOLDERS = ["jobs", "overrides", "overrides/direct"], PLAN_FILE_IN = {
      jobs: /\.sh$/,
      overrides: /\.txt$/,
      "overrides/direct": /\.txt$/
    };
  }
});

// src/cli/path-command.ts
var path_command_exports = {};
__export(path_command_exports, {
  pathCommand: () => pathCommand,
  renderUpgradePath: () => renderUpgradePath,
  upgradePathAnswer: () => upgradePathAnswer
});
function upgradePathAnswer(policy, component, from, to) {
  let pack = policy.pack, spec = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0, scheme = policy.schemes.get(component);
  if (!spec || !scheme)
    throw new RollgateError(
      `The ${pack.name} pack has no component ${JSON.stringify(component)}; it has ${pack.order.join(", ")}.`
    );
  for (let version of [from, to])
    if (!scheme.isValid(version))
      throw new RollgateError(
        `${JSON.stringify(version)} is not a ${component} version the ${pack.name} pack can read (${scheme.name}).${scheme.known}`
      );
  let jump = spec.jump, allowed = jump ? describeJump(jump, scheme.unit) : "any distance at once", answer = { pack: pack.name, component, from, to, allowed }, order = scheme.compare(from, to);
  if (order > 0)
    return {
      ...answer,
      path: null,
      reason: `${to} is older than ${from}, and ${pack.name} supports no in-place downgrade (skew/downgrade); going back means restoring what was backed up before the upgrade.`
    };
  if (order === 0) return { ...answer, path: [from], reason: null };
  if (!jump) return { ...answer, path: [from, to], reason: null };
  if (jump.major === "forbid" && scheme.family(from) !== scheme.family(to))
    return {
      ...answer,
      path: null,
      reason: `${from} -> ${to} changes the major version (${scheme.family(from)} to ${scheme.family(to)}), which ${pack.name} does not upgrade in place (skew/major); migrate out of place instead.`
    };
  let found = findUpgradePath(scheme, jump, from, to);
  if (found) return { ...answer, path: found, reason: null };
  let why = noPathReason(scheme, jump, from, to), limit = jumpLimit(scheme, jump, from, to), reason = why === "closed" && limit ? `${pack.name} allows ${describeLimit(limit, "step")} (skew/jump).` : why === "too-far" ? `${from} and ${to} are more than ${256} steps apart, too far for rollgate to chain upgrades; check the versions (skew/jump).` : `No chain of upgrades of ${allowed} leads from ${from} to ${to} through the versions the ${pack.name} pack knows (skew/jump).`;
  return { ...answer, path: null, reason };
}
function renderUpgradePath(answer) {
  if (!answer.path)
    return `No upgrade path for ${answer.component} from ${answer.from} to ${answer.to}: ${answer.reason}
`;
  if (answer.path.length === 1)
    return `${answer.from}
${answer.component} is at ${answer.to} already; there is nothing to upgrade.
`;
  let upgrades = answer.path.length - 1;
  return `${answer.path.join(" -> ")}
${upgrades} upgrade${upgrades === 1 ? "" : "s"}, one change each: the ${answer.pack} pack lets ${answer.component} move ${answer.allowed}.
`;
}
async function pathCommand(values, io, positionals) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack whose rules the path follows, for example --pack microshift."
    );
  if (positionals.length !== 3)
    throw new RollgateError(
      `path takes a component and two versions, for example rollgate path --pack microshift microshift 4.14 4.18; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let format = String(values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of text, json.`);
  let [component, from, to] = positionals, policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? "policies")), answer = upgradePathAnswer(policy, component, from, to);
  return io.stdout(format === "json" ? `${JSON.stringify(answer, null, 2)}
` : renderUpgradePath(answer)), answer.path ? 0 : 1;
}
var init_path_command = __esm({
  "src/cli/path-command.ts"() {
    "use strict";
    init_findings();
    init_packs();
    init_upgrade_path();
  }
});

// src/datasource/http.ts
async function getJson(fetchFunction, request, limits, sleep = realSleep, now = Date.now) {
  let started = now(), deadline = started + limits.budgetMs, attempt = 0;
  for (; ; ) {
    attempt++;
    let remaining = deadline - now(), failure;
    try {
      let timeout = Math.max(1, Math.min(limits.timeoutMs, remaining));
      return await attemptOnce(fetchFunction, request, limits, timeout);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      failure = error;
    }
    let wait = Math.max(limits.retryDelayMs * attempt * attempt, failure.waitMs ?? 0), left = deadline - now();
    if (attempt > limits.retries || wait >= left) {
      let tries = attempt > 1 ? ` (${attempt} attempts in ${((now() - started) / 1e3).toFixed(1)} s)` : "";
      throw new RollgateError(`${request.what}: ${failure.message}${tries}.`);
    }
    await sleep(wait);
  }
}
async function attemptOnce(fetchFunction, request, limits, timeoutMs) {
  let signal = AbortSignal.timeout(timeoutMs), response;
  try {
    response = await fetchFunction(request.url, { headers: request.headers, signal });
  } catch (error) {
    throw new Retryable(networkReason(error, timeoutMs));
  }
  if (response.status === 404)
    return await discard(response), { status: 404 };
  if (response.status === 429 || response.status >= 500)
    throw await discard(response), new Retryable(`it answered HTTP ${response.status}`, retryAfterMs(response));
  if (response.status !== 200)
    throw await discard(response), new RollgateError(`${request.what}: it answered HTTP ${response.status}, not 200.`);
  let text;
  try {
    text = await readCapped(response, limits.maxBytes);
  } catch (error) {
    throw error instanceof RollgateError ? new RollgateError(`${request.what}: ${error.message}.`) : new Retryable(networkReason(error, timeoutMs));
  }
  try {
    return { status: 200, body: JSON.parse(text) };
  } catch {
    throw new RollgateError(`${request.what}: its answer is not JSON.`);
  }
}
async function readCapped(response, maxBytes) {
  if (Number(response.headers.get("content-length") ?? Number.NaN) > maxBytes)
    throw await discard(response), new RollgateError(`its answer is over ${formatBytes(maxBytes)}`);
  let chunks = [], total = 0, reader = response.body?.getReader();
  if (reader)
    for (; ; ) {
      let { done, value } = await reader.read();
      if (done) break;
      if (total += value.byteLength, total > maxBytes)
        throw await reader.cancel().catch(() => {
        }), new RollgateError(`its answer is over ${formatBytes(maxBytes)}`);
      chunks.push(value);
    }
  try {
    return new TextDecoder("utf-8", { fatal: !0 }).decode(Buffer.concat(chunks));
  } catch {
    throw new RollgateError("its answer is not UTF-8 text");
  }
}
async function discard(response) {
  await response.body?.cancel().catch(() => {
  });
}
function retryAfterMs(response) {
  let value = response.headers.get("retry-after");
  return value && /^\d{1,6}$/.test(value) ? Number(value) * 1e3 : void 0;
}
function networkReason(error, timeoutMs) {
  let name = error?.name;
  if (name === "TimeoutError" || name === "AbortError")
    return `it did not answer within ${formatSeconds2(timeoutMs)}`;
  let code = error?.cause?.code;
  return typeof code == "string" && /^[A-Z_]{2,32}$/.test(code) ? `the connection failed (${code})` : "the connection failed";
}
function formatSeconds2(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Number((ms / 1e3).toFixed(1))} s`;
}
function formatBytes(bytes) {
  return bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(1))} MiB` : `${bytes} bytes`;
}
var Retryable, realSleep, init_http = __esm({
  "src/datasource/http.ts"() {
    "use strict";
    init_findings();
    Retryable = class extends Error {
      constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
      }
      waitMs;
    }, realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  }
});

// src/datasource/validate.ts
function validateAnswer(schema2, body, what, endpoint) {
  let validate = validatorFor(schema2);
  if (validate(body)) return body;
  let first = validate.errors?.[0], where = first && /^[A-Za-z0-9/_-]{0,200}$/.test(first.instancePath) ? first.instancePath || "/" : "", detail = first && where ? ` (${where} breaks \`${first.keyword}\`)` : "";
  throw new RollgateError(`${what}: its answer is not in the shape of ${endpoint}${detail}.`);
}
var init_validate2 = __esm({
  "src/datasource/validate.ts"() {
    "use strict";
    init_findings();
    init_validators();
  }
});

// src/datasource/charmhub.ts
function charmhub(baseUrl2, fetchFunction, limits) {
  let label2 = `Charmhub at ${baseUrl2}`;
  return {
    id: "charmhub",
    label: label2,
    noun: "charm",
    async releases(name) {
      let what = `Cannot look up the charm ${name} in ${label2}`, answer = await getJson(
        fetchFunction,
        {
          url: `${baseUrl2}/v2/charms/info/${encodeURIComponent(name)}?fields=${FIELDS.join(",")}`,
          headers: { "User-Agent": "rollgate", Accept: "application/json" },
          what
        },
        limits
      );
      if (answer.status === 404)
        throw new RollgateError(
          `${label2} knows no charm named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`
        );
      return validateAnswer(
        "charm-info",
        answer.body,
        what,
        "the Charmhub info endpoint"
      )["channel-map"].map(
        (entry) => ({
          track: entry.channel.track,
          risk: entry.channel.risk,
          architecture: entry.channel.base.architecture,
          revision: entry.revision.revision,
          ...entry.revision.version !== void 0 ? { version: entry.revision.version } : {},
          ...typeof entry.channel["released-at"] == "string" ? { releasedAt: entry.channel["released-at"] } : {}
        })
      );
    }
  };
}
var CHARMHUB_URL, FIELDS, init_charmhub = __esm({
  "src/datasource/charmhub.ts"() {
    "use strict";
    init_findings();
    init_http();
    init_validate2();
    CHARMHUB_URL = "https://api.charmhub.io", FIELDS = ["channel-map.channel", "channel-map.revision.revision", "channel-map.revision.version"];
  }
});

// src/datasource/snap-store.ts
function snapStore(baseUrl2, fetchFunction, limits) {
  let label2 = `the Snap Store at ${baseUrl2}`;
  return {
    id: "snap-store",
    label: label2,
    noun: "snap",
    async releases(name) {
      let what = `Cannot look up the snap ${name} in ${label2}`, answer = await getJson(
        fetchFunction,
        {
          url: `${baseUrl2}/v2/snaps/info/${encodeURIComponent(name)}?fields=revision,version`,
          headers: {
            "Snap-Device-Series": "16",
            "User-Agent": "rollgate",
            Accept: "application/json"
          },
          what
        },
        limits
      );
      if (answer.status === 404)
        throw new RollgateError(
          `${label2} knows no snap named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`
        );
      return validateAnswer(
        "snap-info",
        answer.body,
        what,
        "the Snap Store info endpoint"
      )["channel-map"].map(
        (entry) => ({
          track: entry.channel.track,
          risk: entry.channel.risk,
          architecture: entry.channel.architecture,
          revision: entry.revision,
          version: entry.version,
          ...typeof entry.channel["released-at"] == "string" ? { releasedAt: entry.channel["released-at"] } : {}
        })
      );
    }
  };
}
var SNAP_STORE_URL, init_snap_store = __esm({
  "src/datasource/snap-store.ts"() {
    "use strict";
    init_findings();
    init_http();
    init_validate2();
    SNAP_STORE_URL = "https://api.snapcraft.io";
  }
});

// src/datasource/types.ts
var init_types2 = __esm({
  "src/datasource/types.ts"() {
    "use strict";
  }
});

// src/datasource/index.ts
function clusterArchitecture(cluster) {
  return cluster.architecture ?? DEFAULT_ARCHITECTURE;
}
function datasourceIdOf(pack, component) {
  return (Object.hasOwn(pack.components, component) ? pack.components[component]?.datasource : void 0) ?? pack.datasource;
}
function createDatasource(id, settings) {
  return id === "charmhub" ? charmhub(settings.charmhubUrl, settings.fetch, settings.limits) : snapStore(settings.storeUrl, settings.fetch, settings.limits);
}
function noDatasourceMessage(pack, component) {
  return `The ${pack} pack names no datasource for ${component}, so rollgate cannot look up a channel's revision; give one (--to CHANNEL@REVISION), or set \`datasource\` (snap-store or charmhub) on the pack or the component.`;
}
function splitChannel(channel) {
  let [track = "", risk = "", branch] = channel.split("/");
  return { track, risk, ...branch !== void 0 ? { branch } : {} };
}
function channelRelease(releases, channel, architecture) {
  let { track, risk, branch } = splitChannel(channel);
  if (branch !== void 0) return;
  let newest;
  for (let release2 of releases)
    release2.track !== track || release2.risk !== risk || release2.architecture !== architecture && release2.architecture !== "all" || (!newest || release2.revision > newest.revision) && (newest = release2);
  return newest;
}
function noReleaseMessage(datasource, name, channel, architecture, releases) {
  if (splitChannel(channel).branch !== void 0)
    return `${name} tracks the branch ${channel}, and ${datasource.label} lists no branches; give the revision (--to ${channel}@REVISION).`;
  let { track, risk } = splitChannel(channel), there = [
    ...new Set(releases.filter((r) => r.track === track && r.risk === risk).map((r) => r.architecture))
  ].sort(), elsewhere = there.length > 0 ? ` (it has ${channel} for ${there.join(", ")})` : releases.length === 0 ? " (it lists no channel of it)" : " (no architecture has it)";
  return `${datasource.label} lists no revision of the ${datasource.noun} ${name} in ${channel} for ${architecture}${elsewhere}; check the cluster's \`architecture\` and the channel.`;
}
function baseUrl(value, what) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new RollgateError(`${what} is ${JSON.stringify(value)}; expected a URL such as ${SNAP_STORE_URL}.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new RollgateError(`${what} is ${JSON.stringify(value)}; expected an http or https URL.`);
  if (url.username || url.password || url.search || url.hash)
    throw new RollgateError(
      `${what} may hold no user, password, query or fragment; give the store's base URL, such as ${SNAP_STORE_URL}.`
    );
  return url.href.replace(/\/+$/, "");
}
function datasourceSettings(flags, env, fetchFunction) {
  let pick = (flag, name, fallback, shown) => baseUrl(flag ?? (env[name] || fallback), flag !== void 0 ? shown : name), number = (name, fallback) => {
    let raw = env[name];
    if (raw === void 0 || raw === "") return fallback;
    if (!/^\d{1,9}$/.test(raw))
      throw new RollgateError(`${name} is ${JSON.stringify(raw)}; expected a whole number.`);
    return Number(raw);
  };
  return {
    storeUrl: pick(flags.store, "ROLLGATE_STORE_URL", SNAP_STORE_URL, "--store"),
    charmhubUrl: pick(flags.charmhub, "ROLLGATE_CHARMHUB_URL", CHARMHUB_URL, "--charmhub"),
    limits: {
      ...DEFAULT_LIMITS,
      timeoutMs: number("ROLLGATE_STORE_TIMEOUT_MS", DEFAULT_LIMITS.timeoutMs),
      retries: number("ROLLGATE_STORE_RETRIES", DEFAULT_LIMITS.retries),
      retryDelayMs: number("ROLLGATE_STORE_RETRY_DELAY_MS", DEFAULT_LIMITS.retryDelayMs),
      budgetMs: number("ROLLGATE_STORE_BUDGET_MS", DEFAULT_LIMITS.budgetMs)
    },
    fetch: fetchFunction
  };
}
var DEFAULT_ARCHITECTURE, DEFAULT_LIMITS, init_datasource = __esm({
  "src/datasource/index.ts"() {
    "use strict";
    init_findings();
    init_charmhub();
    init_snap_store();
    init_charmhub();
    init_snap_store();
    init_types2();
    DEFAULT_ARCHITECTURE = "amd64";
    DEFAULT_LIMITS = {
      timeoutMs: 2e4,
      retries: 3,
      retryDelayMs: 1e3,
      budgetMs: 6e4,
      maxBytes: 16 * 2 ** 20
    };
  }
});

// src/edit/manifest-edit.ts
function readFleet(text, file) {
  let loaded = loadManifest(text, file), first = loaded.findings[0];
  if (!loaded.fleet || first) {
    let where = first ? ` (line ${first.line}: ${first.message})` : "";
    throw new RollgateError(
      `${file} is not a manifest rollgate can edit${where}; fix it first (rollgate check --head ${file} shows why).`
    );
  }
  return loaded.fleet;
}
function applyMoves(text, file, moves2) {
  let fleet2 = readFleet(text, file), document = parseDocument(text, { keepSourceTokens: !1, uniqueKeys: !0 }), splices = [], edits = [];
  for (let move of moves2) {
    let cluster = fleet2.clusters.find((c) => c.name === move.cluster);
    if (!cluster) throw new RollgateError(`${file} has no cluster named ${move.cluster}.`);
    let state = cluster.components[move.component];
    if (!state) throw new RollgateError(`Cluster ${move.cluster} in ${file} runs no ${move.component}.`);
    let where = `${move.component} in cluster ${move.cluster}`, map = mapAt(document.contents, ["clusters", cluster.index, "components", move.component], where), next = { ...state, ...move.run }, changed = !1;
    for (let field of RUN_FIELDS) {
      let value = move.run[field];
      if (!(value === void 0 || state[field] === value)) {
        if (state[field] === void 0)
          throw new RollgateError(
            `${where} has no \`${field}\` to set: it pins ${describeState(state)}, so move it to ${state.version !== void 0 ? "a version" : "a channel and revision (CHANNEL@REVISION)"}, or edit ${file} by hand.`
          );
        splices.push(replaceValue(map, field, value, where)), changed = !0;
      }
    }
    changed && edits.push({
      cluster: move.cluster,
      component: move.component,
      from: describeState(state),
      to: describeState(next)
    });
    for (let member of cluster.members) {
      let own = member.overrides?.[move.component];
      if (!own) continue;
      let before = memberState(cluster, member, move.component), memberWhere = `${move.component} on member ${member.name} of cluster ${move.cluster}`, memberMap = mapAt(
        document.contents,
        ["clusters", cluster.index, "members", member.index, "components", move.component],
        memberWhere
      ), memberChanged = !1;
      for (let field of RUN_FIELDS) {
        let value = move.run[field];
        value === void 0 || own[field] === void 0 || own[field] === value || (splices.push(replaceValue(memberMap, field, value, memberWhere)), memberChanged = !0);
      }
      if (memberChanged) {
        let after = { ...before, ...move.run };
        edits.push({
          cluster: move.cluster,
          component: move.component,
          member: member.name,
          from: describeState(before),
          to: describeState(after)
        });
      }
    }
  }
  return { text: splice(text, splices), edits };
}
function mapAt(root, path14, where) {
  let node = root;
  for (let segment of path14)
    if (refuseShared(node, where), isMap(node) ? node = node.items.find(
      (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
    )?.value : isSeq(node) && typeof segment == "number" ? node = node.items[segment] : node = void 0, node == null)
      throw new RollgateError(`Cannot find ${where} in the manifest's YAML.`);
  if (refuseShared(node, where), !isMap(node))
    throw new RollgateError(
      `${where} is not written as a mapping, so rollgate cannot edit it; edit it by hand.`
    );
  return node;
}
function refuseShared(node, where) {
  if (isAlias(node) || node && typeof node == "object" && "anchor" in node && node.anchor)
    throw new RollgateError(
      `${where} is written with a YAML anchor or alias, so editing it would also move whatever shares it; write its values out, or edit it by hand.`
    );
}
function replaceValue(map, field, value, where) {
  let scalar = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === field)?.value;
  if (!isScalar(scalar) || !scalar.range)
    throw new RollgateError(`${where} has a \`${field}\` that is not a plain value; edit it by hand.`);
  return refuseShared(scalar, where), { start: scalar.range[0], end: scalar.range[1], text: render(value, scalar.type) };
}
function render(value, type) {
  return typeof value == "number" ? String(value) : type === "QUOTE_DOUBLE" ? JSON.stringify(value) : type === "QUOTE_SINGLE" ? `'${value.replaceAll("'", "''")}'` : stringify(value).trimEnd();
}
function splice(text, splices) {
  let out = text;
  for (let { start, end, text: replacement } of [...splices].sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}
var RUN_FIELDS, init_manifest_edit = __esm({
  "src/edit/manifest-edit.ts"() {
    "use strict";
    init_yaml();
    init_findings();
    init_fleet();
    RUN_FIELDS = ["version", "channel", "revision"];
  }
});

// src/edit/bump.ts
function isChannel(text) {
  return CHANNEL.test(text);
}
function parseTarget(text) {
  let at2 = text.lastIndexOf("@");
  if (at2 >= 0) {
    let channel = text.slice(0, at2), revisionText = text.slice(at2 + 1), revision = Number(revisionText);
    if (!CHANNEL.test(channel))
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(channel)} is not a channel; write track/risk, for example 5.21/stable@33110.`
      );
    if (!/^[1-9][0-9]*$/.test(revisionText) || revision > MAX_REVISION)
      throw new RollgateError(
        `--to ${JSON.stringify(text)}: ${JSON.stringify(revisionText)} is not a revision; write a positive whole number after the @.`
      );
    return { channel, revision };
  }
  if (!VERSION2.test(text))
    throw new RollgateError(
      `--to ${JSON.stringify(text)} is neither a version (4.16.9) nor a channel with a revision (5.21/stable@33110).`
    );
  return { version: text };
}
function bumpMoves(fleet2, file, component, target, scope) {
  if (scope.cluster !== void 0 && scope.wave !== void 0)
    throw new RollgateError("Give --cluster or --wave, not both.");
  let clusters = fleet2.clusters;
  if (scope.cluster !== void 0) {
    if (clusters = clusters.filter((c) => c.name === scope.cluster), clusters.length === 0)
      throw new RollgateError(
        `${file} has no cluster named ${scope.cluster}; it has ${fleet2.clusters.map((c) => c.name).join(", ")}.`
      );
  } else if (scope.wave !== void 0) {
    if (!fleet2.waves?.includes(scope.wave)) {
      let known = fleet2.waves ? `its waves are ${fleet2.waves.join(", ")}` : "it sets no `waves`";
      throw new RollgateError(`${file} has no wave named ${scope.wave}; ${known}.`);
    }
    clusters = clusters.filter((c) => c.wave === scope.wave);
  }
  let running = clusters.filter((c) => Object.hasOwn(c.components, component));
  if (running.length === 0) {
    let where = scope.cluster !== void 0 ? `cluster ${scope.cluster}` : scope.wave !== void 0 ? `wave ${scope.wave}` : file;
    throw new RollgateError(`No cluster in ${where} runs ${component}, so there is nothing to bump.`);
  }
  return running.map((c) => ({ cluster: c.name, component, run: target }));
}
function bumpManifest(text, file, component, target, scope = {}) {
  let fleet2 = readFleet(text, file);
  return applyMoves(text, file, bumpMoves(fleet2, file, component, target, scope));
}
var VERSION2, CHANNEL, MAX_REVISION, init_bump = __esm({
  "src/edit/bump.ts"() {
    "use strict";
    init_findings();
    init_manifest_edit();
    VERSION2 = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/, CHANNEL = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/, MAX_REVISION = 4294967295;
  }
});

// src/edit/update.ts
function updateLookups(fleet2, pack, file, filter = {}) {
  if (filter.wave !== void 0 && !fleet2.waves?.includes(filter.wave)) {
    let known = fleet2.waves ? `its waves are ${fleet2.waves.join(", ")}` : "it sets no `waves`";
    throw new RollgateError(`${file} has no wave named ${filter.wave}; ${known}.`);
  }
  let running = new Set(fleet2.clusters.flatMap((c) => Object.keys(c.components)));
  if (filter.component !== void 0 && !running.has(filter.component))
    throw new RollgateError(`No cluster in ${file} runs ${filter.component}, so there is nothing to update.`);
  let order = [...pack.order, ...[...running].filter((name) => !pack.order.includes(name)).sort()], lookups = [], skipped = [];
  for (let component of order) {
    if (!running.has(component) || filter.component !== void 0 && component !== filter.component) continue;
    if (!fleet2.clusters.some((c) => pinsChannel(c.components[component]))) {
      skipped.push({
        component,
        reason: "no cluster pins it by channel and revision, and a store lists revisions of channels"
      });
      continue;
    }
    let datasource = datasourceIdOf(pack, component);
    if (!datasource) {
      skipped.push({ component, reason: `the ${pack.name} pack names no datasource for it` });
      continue;
    }
    lookups.push({ component, datasource });
  }
  return { lookups, skipped };
}
function pinsChannel(state) {
  return state?.channel !== void 0 && state.revision !== void 0;
}
function runFor(state, release2, channel) {
  let run2 = { ...channel !== void 0 ? { channel } : {}, revision: release2.revision };
  return state.version === void 0 ? run2 : release2.version === void 0 || !VERSION3.test(release2.version) ? `it pins a version too, and the store's version of revision ${release2.revision} is not one a manifest can hold` : { ...run2, version: release2.version };
}
function planUpdates(fleet2, lookups, releases, filter = {}) {
  let updates = [], skipped = [], waves = fleet2.waves ? [...fleet2.waves] : [void 0];
  for (let { component, datasource } of lookups) {
    let listed2 = releases.get(component) ?? [], found, blocked;
    for (let wave of waves) {
      let clusters = fleet2.clusters.filter((c) => c.wave === wave && pinsChannel(c.components[component])), behind = [];
      for (let cluster of clusters) {
        let state = cluster.components[component], architecture = clusterArchitecture(cluster), release2 = channelRelease(listed2, state.channel, architecture);
        if (!release2) {
          blocked = {
            component,
            ...wave !== void 0 ? { wave } : {},
            reason: `the store lists no revision of ${state.channel} for ${architecture} (cluster ${cluster.name})`
          };
          break;
        }
        if (release2.revision <= state.revision) continue;
        let run2 = runFor(state, release2);
        if (typeof run2 == "string") {
          blocked = {
            component,
            ...wave !== void 0 ? { wave } : {},
            reason: `cluster ${cluster.name}: ${run2}`
          };
          break;
        }
        behind.push({
          cluster: cluster.name,
          architecture,
          channel: state.channel,
          from: state.revision,
          to: release2.revision,
          ...run2.version !== void 0 ? { version: run2.version } : release2.version !== void 0 ? { version: release2.version } : {},
          ...release2.releasedAt !== void 0 ? { releasedAt: release2.releasedAt } : {}
        });
      }
      if (blocked) break;
      if (behind.length > 0) {
        found = { component, ...wave !== void 0 ? { wave } : {}, datasource, clusters: behind };
        break;
      }
    }
    if (blocked) {
      skipped.push(blocked);
      continue;
    }
    if (!found) {
      skipped.push({ component, reason: "every cluster runs the newest revision of its channel" });
      continue;
    }
    if (filter.wave !== void 0 && found.wave !== filter.wave) {
      skipped.push({
        component,
        wave: filter.wave,
        reason: `wave ${found.wave} is behind first; ${filter.wave} follows once ${found.wave} has rolled out`
      });
      continue;
    }
    updates.push(found);
  }
  return { updates, skipped };
}
function updateMoves(fleet2, update) {
  return update.clusters.map((c) => {
    let state = fleet2.clusters.find((candidate) => candidate.name === c.cluster).components[update.component];
    return {
      cluster: c.cluster,
      component: update.component,
      run: {
        revision: c.to,
        ...state.version !== void 0 && c.version !== void 0 ? { version: c.version } : {}
      }
    };
  });
}
function applyUpdates(text, file, fleet2, updates) {
  return applyMoves(
    text,
    file,
    updates.flatMap((update) => updateMoves(fleet2, update))
  );
}
function channelBumpMoves(fleet2, file, component, channel, scope, releases, missing) {
  return bumpMoves(fleet2, file, component, { channel }, scope).map((move) => {
    let cluster = fleet2.clusters.find((c) => c.name === move.cluster), architecture = clusterArchitecture(cluster), release2 = channelRelease(releases, channel, architecture);
    if (!release2) throw new RollgateError(missing(architecture));
    let run2 = runFor(cluster.components[component], release2, channel);
    if (typeof run2 == "string")
      throw new RollgateError(`${component} in cluster ${cluster.name}: ${run2}; edit it by hand.`);
    return { ...move, run: run2 };
  });
}
var VERSION3, init_update = __esm({
  "src/edit/update.ts"() {
    "use strict";
    init_datasource();
    init_findings();
    init_bump();
    init_manifest_edit();
    VERSION3 = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/;
  }
});

// src/io/releases.ts
async function manifestPolicy(cwd, fleet2, manifest, policies) {
  let { resolve, known, policiesDir } = workingTreePacks(cwd, policies), found = await resolve(fleet2.policy, manifest);
  if (!found)
    throw new RollgateError(
      `${manifest} names the pack ${JSON.stringify(fleet2.policy)}, which is neither in ${policiesDir}/ nor among rollgate's packs (${known.join(", ")}).`
    );
  let { policy, findings } = loadPack(found.text, found.file), first = findings[0];
  if (!policy)
    throw new RollgateError(
      `The policy pack ${found.file} is broken${first ? ` at line ${first.line}, column ${first.column}: ${first.message}` : "."}`
    );
  return policy;
}
async function lookUpReleases(lookups, settings) {
  let answers = await Promise.allSettled(
    lookups.map((lookup) => createDatasource(lookup.datasource, settings).releases(lookup.component))
  ), releases = /* @__PURE__ */ new Map();
  for (let [index, answer] of answers.entries()) {
    if (answer.status === "rejected") throw answer.reason;
    releases.set(lookups[index].component, answer.value);
  }
  return releases;
}
var init_releases = __esm({
  "src/io/releases.ts"() {
    "use strict";
    init_datasource();
    init_findings();
    init_pack();
    init_packs();
  }
});

// src/edit/guard.ts
function sorted(data) {
  return Object.entries(data ?? {}).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
async function judgeEdit(input) {
  let common = {
    resolvePack: input.resolvePack,
    now: input.now,
    ...input.knownPacks ? { knownPacks: input.knownPacks } : {}
  }, base = input.base === null ? {} : { base: { file: input.file, text: input.base ?? input.original } }, before = await check({ head: { file: input.file, text: input.original }, ...base, ...common }), after = await check({
    head: { file: input.file, text: input.edited },
    ...base,
    ...common,
    ...input.strict ? { strict: !0 } : {}
  }), known = new Set(before.findings.filter((f) => f.severity === "error").map(key)), errors = after.findings.filter((f) => f.severity === "error");
  return {
    introduced: errors.filter((f) => !known.has(key(f))),
    preexisting: errors.filter((f) => known.has(key(f))),
    warnings: after.findings.filter((f) => f.severity === "warning")
  };
}
var key, init_guard = __esm({
  "src/edit/guard.ts"() {
    "use strict";
    init_check();
    key = (f) => JSON.stringify([f.rule, f.code, f.cluster ?? "", f.component ?? "", f.member ?? "", sorted(f.data)]);
  }
});

// src/cli/edit.ts
async function readEditTarget(io, file) {
  let absolute = import_node_path14.default.resolve(io.cwd, file), shown = shownPath(io.cwd, absolute, file);
  return { absolute, shown, text: await requireText(absolute, "manifest", io.cwd) };
}
async function finishEdit(io, services, command, target, outcome, values) {
  if (outcome.edits.length === 0)
    return io.stdout(`${target.shown} already runs that; nothing to change.
`), 0;
  let verdict = await judgeEditTarget(io, services, target, outcome, values), list = (findings) => findings.map((f) => `  ${f.rule} (line ${f.line}): ${inertText(f.message)}
`).join(""), moves2 = outcome.edits.map(
    (edit) => `  ${inertText(edit.cluster)}${edit.member ? `/${inertText(edit.member)}` : ""}: ${inertText(edit.component)} ${inertText(edit.from)} -> ${inertText(edit.to)}
`
  ).join("");
  if (verdict.introduced.length > 0) {
    let rules = [...new Set(verdict.introduced.map((f) => f.rule))].join(", ");
    if (!values.force)
      return io.stderr(
        `rollgate ${command}: this change fails rollgate check (${rules}):
${moves2}${list(verdict.introduced)}`
      ), io.stderr(`Nothing was written to ${target.shown}. Write it anyway with --force.
`), 1;
    io.stderr(
      `rollgate ${command}: written with --force, although it fails rollgate check (${rules}):
${list(verdict.introduced)}`
    );
  }
  return verdict.preexisting.length > 0 && io.stderr(
    `rollgate ${command}: ${target.shown} already had ${verdict.preexisting.length} error${verdict.preexisting.length === 1 ? "" : "s"} that this change does not cause:
${list(verdict.preexisting)}`
  ), verdict.warnings.length > 0 && io.stderr(`rollgate ${command}: warnings:
${list(verdict.warnings)}`), await replaceText(target.absolute, target.shown, target.text, outcome.text), io.stdout(`${moves2}Wrote ${target.shown}.
`), 0;
}
async function judgeEditTarget(io, services, target, outcome, values) {
  let { resolve, known } = workingTreePacks(io.cwd, String(values.policies ?? "policies")), base = typeof values["base-ref"] == "string" ? await textAtRef(services.repository, values["base-ref"], target) ?? null : void 0;
  return judgeEdit({
    file: target.shown,
    original: target.text,
    edited: outcome.text,
    ...base !== void 0 ? { base } : {},
    resolvePack: resolve,
    knownPacks: known,
    now: parseNow(values.now),
    ...values.strict === !0 ? { strict: !0 } : {}
  });
}
async function textAtRef(repository, ref, target) {
  let sha = await repository.resolve(ref);
  if (!sha)
    throw new RollgateError(
      `The base ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
    );
  return repository.show(sha, target.absolute);
}
var import_node_path14, init_edit = __esm({
  "src/cli/edit.ts"() {
    "use strict";
    import_node_path14 = __toESM(require("node:path"), 1);
    init_guard();
    init_findings();
    init_files();
    init_packs();
    init_paths();
    init_escape();
    init_flags();
  }
});

// src/cli/store-lookup.ts
function storeSettings(values, io) {
  return datasourceSettings(
    {
      ...typeof values.store == "string" ? { store: values.store } : {},
      ...typeof values.charmhub == "string" ? { charmhub: values.charmhub } : {}
    },
    io.env,
    (url, init) => fetch(url, init)
  );
}
var init_store_lookup = __esm({
  "src/cli/store-lookup.ts"() {
    "use strict";
    init_datasource();
  }
});

// src/cli/bump-command.ts
var bump_command_exports = {};
__export(bump_command_exports, {
  bumpCommand: () => bumpCommand
});
async function bumpCommand(values, io, positionals, services) {
  if (positionals.length !== 1)
    throw new RollgateError(
      `bump takes one component, for example rollgate bump lxd --to 5.21/stable@33110; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let component = positionals[0];
  if (typeof values.to != "string")
    throw new RollgateError(
      "--to is required: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel whose current revision the store gives (5.21/stable)."
    );
  let target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), scope = {
    ...typeof values.cluster == "string" ? { cluster: values.cluster } : {},
    ...typeof values.wave == "string" ? { wave: values.wave } : {}
  }, outcome = isChannel(values.to) ? await bumpToStoreRevision(values, io, target, component, values.to, scope) : bumpManifest(target.text, target.shown, component, parseTarget(values.to), scope);
  return finishEdit(io, services, "bump", target, outcome, values);
}
async function bumpToStoreRevision(values, io, target, component, channel, scope) {
  let fleet2 = readFleet(target.text, target.shown), policy = await manifestPolicy(io.cwd, fleet2, target.shown, String(values.policies ?? "policies")), id = datasourceIdOf(policy.pack, component);
  if (!id) throw new RollgateError(noDatasourceMessage(policy.pack.name, component));
  bumpMoves(fleet2, target.shown, component, { channel }, scope);
  let datasource = createDatasource(id, storeSettings(values, io)), releases = await datasource.releases(component), moves2 = channelBumpMoves(
    fleet2,
    target.shown,
    component,
    channel,
    scope,
    releases,
    (architecture) => noReleaseMessage(datasource, component, channel, architecture, releases)
  );
  return applyMoves(target.text, target.shown, moves2);
}
var init_bump_command = __esm({
  "src/cli/bump-command.ts"() {
    "use strict";
    init_datasource();
    init_bump();
    init_manifest_edit();
    init_update();
    init_findings();
    init_releases();
    init_edit();
    init_store_lookup();
  }
});

// src/edit/promote.ts
function promoteMoves(fleet2, file, from, to) {
  let waves = fleet2.waves;
  if (!waves) throw new RollgateError(`${file} sets no \`waves\`, so there is nothing to promote between.`);
  for (let wave of [from, to])
    if (!waves.includes(wave))
      throw new RollgateError(`${file} has no wave named ${wave}; its waves are ${waves.join(", ")}.`);
  if (waves.indexOf(from) >= waves.indexOf(to))
    throw new RollgateError(
      `Wave ${from} does not come before ${to} in \`waves\` (${waves.join(", ")}); a promotion goes from an earlier wave to a later one.`
    );
  let sources = fleet2.clusters.filter((c) => c.wave === from), targets = fleet2.clusters.filter((c) => c.wave === to);
  if (sources.length === 0)
    throw new RollgateError(`No cluster is in wave ${from}, so there is nothing to promote.`);
  if (targets.length === 0)
    throw new RollgateError(`No cluster is in wave ${to}, so there is nothing to promote to.`);
  let runs = /* @__PURE__ */ new Map(), skipped = [], components = [...new Set(sources.flatMap((c) => Object.keys(c.components)))];
  for (let component of components) {
    let states = sources.filter((c) => c.components[component]).map((c) => ({ cluster: c.name, state: c.components[component] })), first = states[0];
    if (!first?.state) continue;
    let disagree = states.find((s) => !sameRun(s.state, first.state));
    if (disagree)
      throw new RollgateError(
        `Wave ${from} does not agree on ${component}: ${first.cluster} runs ${describeState(first.state)} and ${disagree.cluster} runs ${describeState(disagree.state)}. Bring wave ${from} to one state first, or bump ${to} with rollgate bump.`
      );
    let run2 = {};
    for (let field of RUN_FIELDS) {
      let value = first.state[field];
      value !== void 0 && Object.assign(run2, { [field]: value });
    }
    runs.set(component, run2);
  }
  let moves2 = [];
  for (let cluster of targets)
    for (let [component, run2] of runs) {
      if (!cluster.components[component]) {
        skipped.push({
          cluster: cluster.name,
          component,
          reason: `${cluster.name} does not run ${component}; promote moves components, it does not add them`
        });
        continue;
      }
      moves2.push({ cluster: cluster.name, component, run: run2 });
    }
  return { moves: moves2, skipped };
}
function promoteManifest(text, file, from, to) {
  let fleet2 = readFleet(text, file), { moves: moves2, skipped } = promoteMoves(fleet2, file, from, to);
  return { ...applyMoves(text, file, moves2), skipped };
}
var init_promote = __esm({
  "src/edit/promote.ts"() {
    "use strict";
    init_findings();
    init_fleet();
    init_manifest_edit();
  }
});

// src/cli/promote-command.ts
var promote_command_exports = {};
__export(promote_command_exports, {
  promoteCommand: () => promoteCommand
});
async function promoteCommand(values, io, positionals, services) {
  if (positionals.length !== 2)
    throw new RollgateError(
      `promote takes two waves, the earlier then the later, for example rollgate promote staging production; it got ${positionals.length === 0 ? "none" : positionals.join(" ")}.`
    );
  let [from, to] = positionals, target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), outcome = promoteManifest(target.text, target.shown, from, to);
  for (let skipped of outcome.skipped)
    io.stderr(`rollgate promote: skipped ${skipped.component} in ${skipped.cluster}: ${skipped.reason}.
`);
  return finishEdit(io, services, "promote", target, outcome, values);
}
var init_promote_command = __esm({
  "src/cli/promote-command.ts"() {
    "use strict";
    init_promote();
    init_findings();
    init_edit();
  }
});

// src/cli/update-command.ts
var update_command_exports = {};
__export(update_command_exports, {
  planManifestUpdate: () => planManifestUpdate,
  updateCommand: () => updateCommand
});
async function planManifestUpdate(values, io, text, file) {
  let fleet2 = readFleet(text, file), policy = await manifestPolicy(io.cwd, fleet2, file, String(values.policies ?? "policies")), filter = {
    ...typeof values.wave == "string" ? { wave: values.wave } : {},
    ...typeof values.component == "string" ? { component: values.component } : {}
  }, { lookups, skipped } = updateLookups(fleet2, policy.pack, file, filter), releases = await lookUpReleases(lookups, storeSettings(values, io)), plan = planUpdates(fleet2, lookups, releases, filter);
  return { fleet: fleet2, updates: plan.updates, skipped: [...skipped, ...plan.skipped] };
}
async function updateCommand(values, io, services) {
  let format = String(values.format ?? "text");
  if (format !== "text" && format !== "json")
    throw new RollgateError(`--format is ${JSON.stringify(format)}; expected text or json.`);
  let target = await readEditTarget(io, String(values.file ?? "fleet.yaml")), plan = await planManifestUpdate(values, io, target.text, target.shown), outcome = applyUpdates(target.text, target.shown, plan.fleet, plan.updates);
  if (format === "json") {
    let verdict = outcome.edits.length > 0 ? await judgeEditTarget(io, services, target, outcome, values) : void 0, ok = !verdict || verdict.introduced.length === 0, report = {
      file: target.shown,
      ok,
      updates: plan.updates,
      skipped: plan.skipped,
      findings: verdict?.introduced ?? []
    };
    return io.stdout(`${JSON.stringify(report, null, 2)}
`), ok ? 0 : 1;
  }
  for (let skip of plan.skipped)
    io.stderr(
      `rollgate update: ${skip.component}${skip.wave ? ` (wave ${skip.wave})` : ""}: ${skip.reason}.
`
    );
  return finishEdit(io, services, "update", target, outcome, values);
}
var init_update_command = __esm({
  "src/cli/update-command.ts"() {
    "use strict";
    init_manifest_edit();
    init_update();
    init_findings();
    init_releases();
    init_edit();
    init_store_lookup();
  }
});

// src/edit/starter.ts
function starterManifest(policy, options) {
  let pack = policy.pack, choices = chooseVersions(policy), single = pack.members?.max === 1, roles = Object.values(pack.components).some((c) => c.rollout?.roles !== void 0), pinsChannels = Object.values(pack.components).some((c) => c.versioning.source === "track"), lines = [
    `# yaml-language-server: $schema=${options.schema ?? FLEET_SCHEMA_URL}`,
    `# A starter fleet for the ${pack.name} pack, written by rollgate init. Replace the cluster and member names,`,
    pinsChannels ? "# and the versions, channels and revisions, with what your clusters run (a revision from `snap list` or `juju status`)," : "# and the versions with what your clusters run,",
    "# then check it: rollgate check --head fleet.yaml",
    "apiVersion: rollgate/v1",
    "kind: Fleet",
    `policy: ${options.packName}`,
    "# The promotion order: a version reaches production only once staging runs it.",
    "waves: [staging, production]",
    "clusters:"
  ], width = Math.max(...pack.order.map((name) => name.length)) + 1;
  for (let wave of ["staging", "production"]) {
    lines.push(`  - name: ${wave}`, `    wave: ${wave}`, "    members:");
    for (let member of members(wave, single, roles)) lines.push(`      - ${member}`);
    lines.push("    components:");
    for (let name of pack.order) {
      let choice = choices.get(name);
      choice && lines.push(`      ${`${name}:`.padEnd(width)} ${stateOf(choice)}`);
    }
  }
  return `${lines.join(`
`)}
`;
}
function members(cluster, single, roles) {
  return single ? [`${cluster}-1`] : roles ? [
    `{ name: ${cluster}-control-1, role: control }`,
    `{ name: ${cluster}-worker-1, role: worker }`,
    `{ name: ${cluster}-worker-2, role: worker }`
  ] : [`${cluster}-1`, `${cluster}-2`, `${cluster}-3`];
}
function stateOf({ version, spec }) {
  let fields = [];
  return spec.versioning.source === "track" ? fields.push(`channel: ${version}/${spec.risks?.[0] ?? "stable"}`, "revision: 1") : fields.push(`version: ${JSON.stringify(version)}`), spec.hold === "required" && fields.push("hold: true"), spec.cohort === "required" && fields.push("cohort: true"), `{ ${fields.join(", ")} }`;
}
function chooseVersions(policy) {
  let pack = policy.pack, chosen = /* @__PURE__ */ new Map();
  for (let name of pack.order) {
    let spec = pack.components[name], scheme = policy.schemes.get(name);
    if (!spec || !scheme) continue;
    let usable = candidates(spec, scheme).filter((v) => !unusable(spec, scheme, v));
    chosen.set(name, { version: usable[usable.length - 1] ?? scheme.example, spec });
  }
  for (let name of [...pack.order].reverse()) {
    let choice = chosen.get(name), scheme = policy.schemes.get(name);
    if (!(!choice || !scheme)) {
      for (let requirement of choice.spec.requires ?? [])
        if (scheme.matches(choice.version, requirement.version))
          for (let [other, patterns] of Object.entries(requirement.needs)) {
            let otherChoice = chosen.get(other), otherScheme = policy.schemes.get(other);
            if (!otherChoice || !otherScheme || patterns.some((p) => otherScheme.matches(otherChoice.version, p))) continue;
            let fits = candidates(otherChoice.spec, otherScheme).filter(
              (v) => patterns.some((p) => otherScheme.matches(v, p))
            ), version = fits[fits.length - 1] ?? patterns.find((p) => otherScheme.isValid(p));
            version !== void 0 && chosen.set(other, { ...otherChoice, version });
          }
    }
  }
  return chosen;
}
function candidates(spec, scheme) {
  let sorted2 = [...(spec.versioning.versions ?? []).filter((v) => scheme.isValid(v))].sort((a, b) => scheme.compare(a, b));
  return spec.versioning.source === "version" ? sorted2.map((v) => scheme.inFull(v)) : sorted2;
}
function unusable(spec, scheme, version) {
  return (spec.eol ?? []).some((e) => scheme.matches(version, e.version)) ? !0 : (spec.blocked ?? []).some(
    (b) => b.version !== void 0 && b.channel === void 0 && b.revision === void 0 && scheme.matches(version, b.version)
  );
}
var FLEET_SCHEMA_URL, init_starter = __esm({
  "src/edit/starter.ts"() {
    "use strict";
    FLEET_SCHEMA_URL = "https://raw.githubusercontent.com/rollgate/rollgate/v0.1.0/schemas/fleet.schema.json";
  }
});

// src/cli/init-command.ts
var init_command_exports = {};
__export(init_command_exports, {
  initCommand: () => initCommand
});
async function initCommand(values, io) {
  if (typeof values.pack != "string")
    throw new RollgateError(
      "--pack is required: the pack the fleet is judged by, for example --pack microcloud."
    );
  let file = String(values.file ?? "fleet.yaml"), absolute = import_node_path15.default.resolve(io.cwd, file), shown = shownPath(io.cwd, absolute, file), policy = await loadNamedPack(io.cwd, values.pack, String(values.policies ?? "policies"));
  if (!values.force && await readText(absolute) !== void 0)
    throw new RollgateError(
      `${shown} exists already; rollgate init does not overwrite a manifest unless given --force.`
    );
  let text = starterManifest(policy, {
    packName: values.pack,
    ...typeof values.schema == "string" ? { schema: values.schema } : {}
  });
  try {
    await (0, import_promises2.writeFile)(absolute, text, {
      flag: import_node_fs6.constants.O_WRONLY | import_node_fs6.constants.O_CREAT | import_node_fs6.constants.O_TRUNC | import_node_fs6.constants.O_NOFOLLOW
    });
  } catch (error) {
    throw error.code === "ELOOP" ? new RollgateError(
      `${shown} is a symbolic link; rollgate init writes a file, never through a link.`
    ) : new RollgateError(`Cannot write ${shown}: ${error.message}.`);
  }
  return io.stdout(
    `Wrote ${shown}: a starter fleet for the ${policy.pack.name} pack. Put in the names and versions you run, then: rollgate check --head ${shown}
`
  ), 0;
}
var import_node_fs6, import_promises2, import_node_path15, init_init_command = __esm({
  "src/cli/init-command.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs"), import_promises2 = require("node:fs/promises"), import_node_path15 = __toESM(require("node:path"), 1);
    init_starter();
    init_findings();
    init_files();
    init_packs();
    init_paths();
  }
});

// src/io/member-commands.ts
function processAsk(options) {
  return (member, run2) => runBounded(
    transportArgv({ name: "observe", on: "member", host: member, run: run2 }, options.transport),
    options
  );
}
function runBounded(argv, options) {
  return new Promise((resolve) => {
    let [program, ...args] = argv, child = (0, import_node_child_process.spawn)(program, args, {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: !0
    }), out = [], err = [], outBytes = 0, errBytes = 0, truncated = !1, settled = !1, finish2 = (outcome) => {
      settled || (settled = !0, clearTimeout(timer), resolve(outcome));
    }, kill = () => {
      try {
        child.pid !== void 0 && process.kill(-child.pid, "SIGKILL");
      } catch {
      }
    }, timer = setTimeout(() => {
      kill(), finish2({ kind: "timeout", seconds: options.timeoutSeconds });
    }, options.timeoutSeconds * 1e3), collect = (chunks, chunk, bytes) => bytes + chunk.length > options.maxBytes ? (truncated = !0, kill(), bytes) : (chunks.push(chunk), bytes + chunk.length);
    child.stdout.on("data", (chunk) => {
      outBytes = collect(out, chunk, outBytes);
    }), child.stderr.on("data", (chunk) => {
      errBytes = collect(err, chunk, errBytes);
    }), child.on("error", (error) => {
      finish2({
        kind: "unreachable",
        reason: error.code === "ENOENT" ? `${program} was not found` : `${program} could not start (${error.code ?? "error"})`
      });
    }), child.on("close", (code) => {
      finish2({
        kind: "exited",
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        truncated
      });
    });
  });
}
var import_node_child_process, init_member_commands = __esm({
  "src/io/member-commands.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_shell();
  }
});

// src/observe/types.ts
var SERVICE_STATUSES, init_types3 = __esm({
  "src/observe/types.ts"() {
    "use strict";
    SERVICE_STATUSES = ["Online", "Evacuated", "Offline", "Blocked"];
  }
});

// src/observe/lxc-cluster.ts
function parseLxcClusterList(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  if (!Array.isArray(value) || value.length > MAX_LXC_MEMBERS) return;
  let entries = [];
  for (let item of value) {
    if (typeof item != "object" || item === null) return;
    let { server_name: name, status } = item;
    if (typeof name != "string" || name.length === 0 || name.length > 253) return;
    entries.push({
      name,
      status: SERVICE_STATUSES.includes(status) ? status : "unknown"
    });
  }
  return entries;
}
var MAX_LXC_MEMBERS, init_lxc_cluster = __esm({
  "src/observe/lxc-cluster.ts"() {
    "use strict";
    init_types3();
    MAX_LXC_MEMBERS = 1e4;
  }
});

// src/observe/snap-list.ts
function parseSnapList(text) {
  let lines = text.split(`
`).filter((line, index, all) => line !== "" || index < all.length - 1);
  if (lines.length === 0) return { ok: !0, rows: [] };
  let header2 = (lines[0] ?? "").trim().split(/ +/);
  if (header2.length !== HEADER.length || header2.some((word, index) => word !== HEADER[index]))
    return {
      ok: !1,
      line: 1,
      reason: "its header is not Name Version Rev Tracking Publisher Notes"
    };
  if (lines.length - 1 > 1e3)
    return { ok: !1, line: 1002, reason: "it lists more than 1000 snaps" };
  let rows = [];
  for (let index = 1; index < lines.length; index++) {
    let words = (lines[index] ?? "").trim().split(/ +/), bad = (reason) => ({ ok: !1, line: index + 1, reason });
    if (words.length !== 6) return bad("a row does not have six columns");
    let [name, version, rev, tracking, publisher, notes] = words;
    if (!NAME.test(name)) return bad("a Name is no snap name");
    if (!VERSION4.test(version)) return bad("a Version is no snap version");
    let revision = REVISION.exec(rev);
    if (!revision) return bad("a Rev is no revision");
    if (tracking !== "-" && !TRACKING.test(tracking)) return bad("a Tracking is no channel");
    if (!PUBLISHER.test(publisher)) return bad("a Publisher is unreadable");
    let noteList = notes === "-" ? [] : notes.split(",");
    if (noteList.some((note) => !NOTE.test(note)))
      return bad("a Notes cell is not `-` or comma-joined notes");
    rows.push({
      name,
      version,
      revision: revision[1] === "x" ? void 0 : Number(revision[2]),
      tracking: tracking === "-" ? void 0 : tracking,
      notes: noteList
    });
  }
  return { ok: !0, rows };
}
var HEADER, NAME, VERSION4, REVISION, TRACKING, PUBLISHER, NOTE, init_snap_list = __esm({
  "src/observe/snap-list.ts"() {
    "use strict";
    HEADER = ["Name", "Version", "Rev", "Tracking", "Publisher", "Notes"], NAME = /^[a-z0-9](?:-?[a-z0-9]){0,39}$/, VERSION4 = /^[A-Za-z0-9:.+~_-]{1,32}$/, REVISION = /^(x?)([0-9]{1,10})$/, TRACKING = /^[A-Za-z0-9._-]{1,64}(?:\/[A-Za-z0-9._-]{1,64}){0,2}(?:\/\u2026)?$/, PUBLISHER = /^\S{1,80}$/, NOTE = /^[a-z][a-z-]{0,31}$/;
  }
});

// src/observe/probe.ts
function isSnap(pack, component) {
  let spec = Object.hasOwn(pack.components, component) ? pack.components[component] : void 0;
  return spec ? (spec.datasource ?? pack.datasource) === "snap-store" && pack.rollout?.pins !== "none" : !1;
}
function evacuatesMembers(pack) {
  return Object.values(pack.components).some(
    (spec) => [...spec.rollout?.member ?? [], ...spec.rollout?.before ?? []].some(
      (step) => step.run[0] === "lxc" && step.run[1] === "cluster" && step.run[2] === "evacuate"
    )
  );
}
function probesOf(fleet2, pack) {
  let service = evacuatesMembers(pack), probes = [];
  for (let cluster of fleet2.clusters)
    for (let member of cluster.members) {
      let components = componentsOfMember(cluster, member);
      probes.push({
        cluster: cluster.name,
        member: member.name,
        components,
        snaps: components.filter((component) => isSnap(pack, component)),
        service
      });
    }
  return probes;
}
function componentsOfMember(cluster, member) {
  return [.../* @__PURE__ */ new Set([...Object.keys(cluster.components), ...Object.keys(member.overrides ?? {})])].filter((name) => memberState(cluster, member, name) !== void 0).sort();
}
async function observeMember(probe, ask, now) {
  let components = {};
  for (let name of probe.components)
    probe.snaps.includes(name) || (components[name] = {
      status: "unsupported",
      reason: "rollgate reads back snaps only; this component is not one"
    });
  let unknown = (reason) => {
    for (let name of probe.snaps) components[name] = { status: "unknown", reason };
    return {
      cluster: probe.cluster,
      name: probe.member,
      at: now().toISOString(),
      status: "unknown",
      reason,
      ...probe.service ? { service: "unknown" } : {},
      components
    };
  };
  if (probe.snaps.length > 0) {
    let outcome = await ask(probe.member, snapListCommand(probe.snaps)), failed = notAnswered(outcome, "snap list");
    if (failed !== void 0) return unknown(failed);
    let answer = outcome, noneInstalled = answer.code !== 0 && answer.stderr.includes("no matching snaps installed");
    if (answer.code !== 0 && !noneInstalled) return unknown(`snap list exited with code ${answer.code}`);
    let parsed = noneInstalled ? { ok: !0, rows: [] } : parseSnapList(answer.stdout);
    if (!parsed.ok)
      return unknown(`snap list printed what rollgate cannot read (line ${parsed.line}: ${parsed.reason})`);
    let byName2 = new Map(parsed.rows.map((row) => [row.name, row]));
    for (let name of probe.snaps) {
      let row = byName2.get(name);
      components[name] = row ? {
        status: "found",
        ...row.tracking !== void 0 ? { channel: row.tracking } : {},
        ...row.revision !== void 0 ? { revision: row.revision } : {},
        version: row.version,
        held: row.notes.includes("held"),
        cohort: row.notes.includes("in-cohort")
      } : { status: "absent" };
    }
  }
  let service;
  if (probe.service) {
    let outcome = await ask(probe.member, LXC_CLUSTER_LIST), failed = notAnswered(outcome, "lxc cluster list");
    if (failed !== void 0 && outcome.kind !== "exited") return unknown(failed);
    service = (outcome.kind === "exited" && outcome.code === 0 && !outcome.truncated ? parseLxcClusterList(outcome.stdout) : void 0)?.find((entry) => entry.name === probe.member)?.status ?? "unknown";
  }
  return {
    cluster: probe.cluster,
    name: probe.member,
    at: now().toISOString(),
    status: "answered",
    ...service !== void 0 ? { service } : {},
    components
  };
}
function notAnswered(outcome, what) {
  if (outcome.kind === "timeout") return `${what} did not answer within ${outcome.seconds}s`;
  if (outcome.kind === "unreachable") return `${what} could not be run: ${outcome.reason}`;
  if (outcome.truncated) return `${what} printed more than rollgate reads`;
  if (outcome.code === 255) return `${what} could not reach the member (exit 255)`;
}
async function inPool(items, limit, work) {
  let results = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let index = next++;
      results[index] = await work(items[index], index);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), results;
}
var snapListCommand, LXC_CLUSTER_LIST, init_probe = __esm({
  "src/observe/probe.ts"() {
    "use strict";
    init_fleet();
    init_lxc_cluster();
    init_snap_list();
    snapListCommand = (snaps) => ["snap", "list", ...snaps], LXC_CLUSTER_LIST = ["lxc", "cluster", "list", "--format", "json"];
  }
});

// src/observe/index.ts
async function observeFleet(fleet2, pack, ask, options) {
  let at2 = options.now().toISOString(), probes = probesOf(fleet2, pack), done = 0, unknown = 0, members2 = await inPool(probes, options.concurrency, async (probe) => {
    let member = await observeMember(probe, ask, options.now);
    return done++, member.status === "unknown" && unknown++, options.progress?.(done, probes.length, unknown), member;
  });
  return { apiVersion: "rollgate/v1", kind: "Observed", manifest: options.manifest, at: at2, members: members2 };
}
var init_observe = __esm({
  "src/observe/index.ts"() {
    "use strict";
    init_probe();
    init_file();
    init_lxc_cluster();
    init_probe();
    init_snap_list();
  }
});

// src/cli/observe-command.ts
var observe_command_exports = {};
__export(observe_command_exports, {
  observeCommand: () => observeCommand
});
function wholeNumber(value, flag, min, max) {
  let text = String(value), number = /^\d{1,7}$/.test(text) ? Number(text) : Number.NaN;
  if (!(number >= min && number <= max))
    throw new RollgateError(`--${flag} ${JSON.stringify(text)} is not a whole number from ${min} to ${max}.`);
  return number;
}
async function observeCommand(values, io, services) {
  if (!values.head)
    throw new RollgateError(
      "--head is required: the manifest whose members to ask, for example --head fleet.yaml."
    );
  let concurrency = wholeNumber(values.concurrency ?? "32", "concurrency", 1, 1024), timeoutSeconds = wholeNumber(values.timeout ?? "30", "timeout", 1, 3600), transport = parseTransport(values.transport), outName = String(values.out ?? "observed.json"), sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    head: String(values.head)
  });
  keepHeapSmallFor(sources);
  let result = await checkSources(sources, /* @__PURE__ */ new Date()), fleet2 = result.head.fleet;
  if (!fleet2 || result.head.findings.length > 0 || !result.policy) {
    let first = result.findings[0];
    throw new RollgateError(
      `${inertText(sources.head.file)} cannot be read${first ? ` (line ${first.line}: ${first.message})` : ""}; rollgate check says why.`
    );
  }
  let tty = io.isTTY, observed = await observeFleet(
    fleet2,
    result.policy.pack,
    processAsk({ transport, timeoutSeconds, maxBytes: MAX_OUTPUT_BYTES, env: io.env }),
    {
      manifest: sources.head.file,
      concurrency,
      now: () => /* @__PURE__ */ new Date(),
      progress: progressLine(io, tty)
    }
  ), out = import_node_path16.default.resolve(io.cwd, outName), aside = `${out}.rollgate-partial`;
  await (0, import_promises3.writeFile)(aside, `${JSON.stringify(observed, null, 2)}
`), await (0, import_promises3.rename)(aside, out);
  let unknown = observed.members.filter((member) => member.status === "unknown"), lines = [
    `Observed ${observed.members.length} member${observed.members.length === 1 ? "" : "s"} of ${inertText(sources.head.file)}: ${observed.members.length - unknown.length} answered, ${unknown.length} unknown; written to ${inertText(outName)}.`
  ];
  for (let member of unknown.slice(0, 20))
    lines.push(
      `  ${inertText(member.cluster)}/${inertText(member.name)}: ${inertText(member.reason ?? "unknown")}`
    );
  return unknown.length > 20 && lines.push(`  and ${unknown.length - 20} more.`), io.stdout(`${lines.join(`
`)}
`), 0;
}
function progressLine(io, tty) {
  return (done, total, unknown) => {
    let step = Math.max(1, Math.floor(total / 20)), text = `rollgate observe: ${done}/${total} members asked, ${unknown} unknown`;
    tty ? io.stderr(`\r${text}${done === total ? `
` : ""}`) : (done % step === 0 || done === total) && io.stderr(`${text}
`);
  };
}
var import_promises3, import_node_path16, MAX_OUTPUT_BYTES, init_observe_command = __esm({
  "src/cli/observe-command.ts"() {
    "use strict";
    import_promises3 = require("node:fs/promises"), import_node_path16 = __toESM(require("node:path"), 1);
    init_findings();
    init_heap();
    init_member_commands();
    init_sources();
    init_observe();
    init_shell();
    init_escape();
    MAX_OUTPUT_BYTES = 1024 * 1024;
  }
});

// src/observe/progress.ts
function parseProgress(text) {
  let records = [], unreadable = 0;
  for (let line of text.split(`
`)) {
    if (line.trim() === "") continue;
    let record = readRecord(line);
    record && records.length < 1e6 ? records.push(record) : unreadable++;
  }
  return { records, unreadable };
}
function readRecord(line) {
  if (line.length > 2048) return;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    return;
  }
  if (typeof value != "object" || value === null || Array.isArray(value)) return;
  let record = value;
  if (Object.keys(record).length !== KEYS.length || !KEYS.every((key2) => typeof record[key2] == "string")) return;
  let { stage, part, member, step, result, time } = record;
  if ([stage, member, step].every((name) => NAME2.test(name)) && !(!PART.test(part) || !TIME.test(time)) && PROGRESS_RESULTS.includes(result))
    return record;
}
var PROGRESS_RESULTS, NAME2, TIME, PART, KEYS, init_progress = __esm({
  "src/observe/progress.ts"() {
    "use strict";
    PROGRESS_RESULTS = [
      "ok",
      "failed",
      "passed-over",
      "approved",
      "waiting",
      "refused",
      "done"
    ], NAME2 = /^[^\u0000-\u001f\u007f]{0,256}$/, TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, PART = /^(all|[1-9]\d{0,5})$/, KEYS = ["stage", "part", "member", "step", "result", "time"];
  }
});

// src/observe/status.ts
function inOrder(records) {
  return records.map((record, index) => ({ record, index })).sort(
    (a, b) => a.record.time < b.record.time ? -1 : a.record.time > b.record.time ? 1 : a.index - b.index
  ).map(({ record }) => record);
}
function rolloutStatus(plan, records, unreadable = 0) {
  let byStage = new Map(plan.stages.map((stage) => [stage.id, []])), ignored = unreadable;
  for (let record of inOrder(records)) {
    let list = byStage.get(record.stage);
    list ? list.push(record) : ignored++;
  }
  let stages = plan.stages.map((stage) => {
    let own = byStage.get(stage.id) ?? [], partsDone = /* @__PURE__ */ new Set();
    for (let record of own)
      if (record.result === "done")
        if (record.part === "all") for (let part of stage.parts) partsDone.add(part.part);
        else partsDone.add(Number(record.part));
    let done = stage.parts.every((part) => partsDone.has(part.part)), last = own[own.length - 1], state2 = "pending";
    done ? state2 = "done" : last?.result === "failed" ? state2 = "failed" : last?.result === "waiting" ? state2 = "waiting" : last?.result === "refused" ? state2 = "not-approved" : own.length > 0 && (state2 = "running");
    let byMember = /* @__PURE__ */ new Map();
    for (let record of own) {
      let list = byMember.get(record.member);
      list ? list.push(record) : byMember.set(record.member, [record]);
    }
    let members2 = stage.members.map((member) => {
      let mine = byMember.get(member.name) ?? [], lastStep = member.steps[member.steps.length - 1]?.name, latest = mine[mine.length - 1];
      return done || mine.some(
        (record) => record.step === lastStep && (record.result === "ok" || record.result === "passed-over")
      ) ? { name: member.name, state: "done" } : latest ? state2 === "failed" && latest === last ? { name: member.name, state: "failed", step: latest.step } : {
        name: member.name,
        state: latest.result === "failed" ? "failed" : "started",
        step: latest.step
      } : { name: member.name, state: "pending" };
    }), status = {
      id: stage.id,
      cluster: stage.cluster,
      component: stage.component,
      state: state2,
      partsDone: partsDone.size,
      parts: stage.parts.length,
      members: members2
    };
    state2 === "failed" && last && (status.failed = { member: last.member, step: last.step, time: last.time });
    let next = stage.parts.find((part) => !partsDone.has(part.part));
    return next?.approval && state2 !== "failed" && (status.waiting = { part: next.part, reason: next.reason ?? "approval" }, state2 === "running" && last?.result === "done" && (status.state = "waiting")), status;
  }), firstOpen = stages.find((stage) => stage.state !== "done"), failed = stages.some((stage) => stage.state === "failed"), state;
  return firstOpen ? failed ? state = "failed" : firstOpen.waiting && firstOpen.state !== "running" ? state = "waiting" : stages.some((stage) => stage.state !== "pending") ? state = "running" : state = "not-started" : state = "done", {
    plan: plan.id,
    state,
    done: stages.filter((stage) => stage.state === "done").length,
    stages,
    remaining: stages.filter((stage) => stage.state !== "done").map((stage) => stage.id),
    ignored
  };
}
var init_status = __esm({
  "src/observe/status.ts"() {
    "use strict";
  }
});

// src/observe/status-render.ts
function statusSentence(status) {
  let total = status.stages.length, counted = `${status.done} of ${total} stage${total === 1 ? "" : "s"} done`, failed = status.stages.find((stage) => stage.state === "failed");
  if (status.state === "done") return `Rollout done: ${counted}.`;
  if (failed?.failed)
    return `Rollout failed at stage ${failed.id}, member ${failed.failed.member || "(stage)"}, step ${failed.failed.step} (${failed.failed.time}); ${counted}.`;
  let waiting = status.stages.find((stage) => stage.state !== "done");
  return status.state === "waiting" && waiting?.waiting ? `Rollout waits for approval of stage ${waiting.id} part ${waiting.waiting.part} (${waiting.waiting.reason}); ${counted}.` : status.state === "running" ? `Rollout under way: ${counted}.` : `Rollout not started: ${counted}.`;
}
function membersText(stage) {
  let member = (m) => m.state === "failed" ? `${m.name} failed at ${m.step}` : m.state === "started" ? `${m.name} at ${m.step}` : `${m.name} ${m.state}`;
  return stage.members.map(member).join(", ");
}
function renderStatusText(status) {
  let lines = [inertText(statusSentence(status))], width = Math.max(0, ...status.stages.map((stage) => stage.id.length));
  for (let stage of status.stages) {
    let waits = stage.waiting && stage.state !== "done" ? `  waits for approval of part ${stage.waiting.part}` : "";
    lines.push(
      inertText(`  ${stage.id.padEnd(width)}  ${stage.state.padEnd(12)}  ${membersText(stage)}${waits}`)
    );
  }
  return status.remaining.length > 0 && status.state !== "done" && lines.push(inertText(`Remaining: ${status.remaining.join(", ")}.`)), status.ignored > 0 && lines.push(
    `${status.ignored} progress record${status.ignored === 1 ? "" : "s"} left out (another plan's, or unreadable).`
  ), `${lines.join(`
`)}
`;
}
function renderStatusJson(status) {
  return `${JSON.stringify(status, null, 2)}
`;
}
function markdownSentence(status) {
  let total = status.stages.length, counted = `${status.done} of ${total} stage${total === 1 ? "" : "s"} done`, failed = status.stages.find((stage) => stage.state === "failed");
  if (status.state === "done") return `:white_check_mark: **Rollout done**: ${counted}.`;
  if (failed?.failed)
    return `:x: **Rollout failed** at stage ${codeSpan(failed.id)}, member ${codeSpan(failed.failed.member || "(stage)")}, step ${codeSpan(failed.failed.step)} (${codeSpan(failed.failed.time)}); ${counted}.`;
  let waiting = status.stages.find((stage) => stage.state !== "done");
  return status.state === "waiting" && waiting?.waiting ? `:hourglass: **Rollout waits for approval** of stage ${codeSpan(waiting.id)} part ${waiting.waiting.part}: ${inlineMarkdown(waiting.waiting.reason)}; ${counted}.` : status.state === "running" ? `**Rollout under way**: ${counted}.` : `**Rollout not started**: ${counted}.`;
}
function renderStatusMarkdown(status) {
  let lines = [
    `### Rollout status ${codeSpan(status.plan.replace(/^sha256:/, "").slice(0, 12))}`,
    "",
    markdownSentence(status),
    "",
    "| Stage | State | Members | Waits for |",
    "| --- | --- | --- | --- |"
  ];
  for (let stage of status.stages.slice(0, 200)) {
    let members2 = stage.members.map(
      (m) => `${codeSpan(m.name)} ${m.state}${m.step && m.state !== "done" ? ` (${codeSpan(m.step)})` : ""}`
    ).join(", "), waits = stage.waiting && stage.state !== "done" ? `approval of part ${stage.waiting.part}: ${inlineMarkdown(stage.waiting.reason)}` : "\u2013";
    lines.push(`| ${codeSpan(stage.id)} | ${ICONS[stage.state]} | ${members2 || "\u2013"} | ${waits} |`);
  }
  return status.stages.length > 200 && lines.push("", `\u2026and ${status.stages.length - 200} more stages.`), `${lines.join(`
`)}
`;
}
var STATUS_FORMATS, ICONS, STATUS_RENDERERS, init_status_render = __esm({
  "src/observe/status-render.ts"() {
    "use strict";
    init_escape();
    STATUS_FORMATS = ["text", "json", "markdown"];
    ICONS = {
      done: ":white_check_mark: done",
      failed: ":x: failed",
      waiting: ":hourglass: waiting",
      "not-approved": ":no_entry: not approved",
      running: ":arrows_counterclockwise: running",
      pending: "pending"
    };
    STATUS_RENDERERS = {
      text: renderStatusText,
      json: renderStatusJson,
      markdown: renderStatusMarkdown
    };
  }
});

// src/cli/status-command.ts
var status_command_exports = {};
__export(status_command_exports, {
  statusCommand: () => statusCommand
});
async function statusCommand(values, io) {
  let format = String(values.format ?? "text");
  if (!STATUS_FORMATS.includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${STATUS_FORMATS.join(", ")}.`);
  if (!values.plan)
    throw new RollgateError(
      "--plan is required: the folder rollgate plan wrote, for example --plan rollgate-plan."
    );
  let dir = String(values.plan), planFile = import_node_path17.default.join(dir, "plan.json"), planText = await readText(import_node_path17.default.resolve(io.cwd, planFile));
  if (planText === void 0)
    throw new RollgateError(
      `${inertText(planFile)} does not exist; give --plan the folder rollgate plan wrote.`
    );
  if (planText.length > MAX_PLAN_BYTES)
    throw new RollgateError(`${inertText(planFile)} is larger than rollgate reads.`);
  let plan = readPlan(planText, inertText(planFile)), records = [], unreadable = 0;
  for (let file of values.progress ?? []) {
    let text = await readText(import_node_path17.default.resolve(io.cwd, file));
    if (text === void 0) continue;
    if (text.length > MAX_PROGRESS_BYTES)
      throw new RollgateError(`${inertText(file)} is larger than rollgate reads.`);
    let read3 = parseProgress(text);
    records.push(...read3.records), unreadable += read3.unreadable;
  }
  return io.stdout(STATUS_RENDERERS[format](rolloutStatus(plan, records, unreadable))), 0;
}
function readPlan(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new RollgateError(`${file} is not JSON; give --plan the folder rollgate plan wrote.`);
  }
  let bad = () => new RollgateError(`${file} is not a plan rollgate wrote (kind RolloutPlan with stages).`), plan = value;
  if (!plan || typeof plan != "object" || plan.kind !== "RolloutPlan" || typeof plan.id != "string" || !Array.isArray(plan.stages)) throw bad();
  for (let stage of plan.stages)
    if (!(stage && typeof stage.id == "string" && typeof stage.cluster == "string" && typeof stage.component == "string" && Array.isArray(stage.members) && stage.members.every(
      (m) => m && typeof m.name == "string" && Array.isArray(m.steps) && m.steps.every((s) => s && typeof s.name == "string")
    ) && Array.isArray(stage.parts) && stage.parts.every((p) => p && Number.isInteger(p.part) && typeof p.approval == "boolean"))) throw bad();
  return plan;
}
var import_node_path17, MAX_PLAN_BYTES, MAX_PROGRESS_BYTES, init_status_command = __esm({
  "src/cli/status-command.ts"() {
    "use strict";
    import_node_path17 = __toESM(require("node:path"), 1);
    init_findings();
    init_files();
    init_progress();
    init_status();
    init_status_render();
    init_escape();
    MAX_PLAN_BYTES = 512 * 1024 * 1024, MAX_PROGRESS_BYTES = 256 * 1024 * 1024;
  }
});

// src/cli/index.ts
var cli_exports = {};
__export(cli_exports, {
  run: () => run
});
module.exports = __toCommonJS(cli_exports);
init_node_fs();

// src/cli/main.ts
var import_node_util = require("node:util");

// src/git/repository.ts
var import_node_path5 = __toESM(require("node:path"), 1);
init_findings();
init_paths();
function gitRepository(directory) {
  let client, started = () => client ??= import("./chunks/simple-git.cjs").then(
    ({ simpleGit }) => simpleGit({ baseDir: directory, maxConcurrentProcesses: 4, trimmed: !1 })
  ), calls = {
    revparse: async (args) => (await started()).revparse(args),
    show: async (args) => (await started()).show(args),
    raw: async (args) => (await started()).raw(args)
  }, git = () => calls, top, root = () => (top ??= git().revparse(["--show-toplevel"]).then((out) => out.trim()), top), relative = async (file) => toPosix(import_node_path5.default.relative(await root(), import_node_path5.default.resolve(directory, file)));
  return {
    root,
    async show(ref, file) {
      let inRepository = await relative(file), entry;
      try {
        entry = await git().raw(["ls-tree", "-z", "--full-tree", ref, "--", inRepository]);
      } catch {
        return;
      }
      let mode = entry.slice(0, entry.indexOf(" "));
      if (mode === "120000")
        throw new RollgateError(
          `${inRepository} is a symbolic link at ${ref}; rollgate reads only regular files, so a link in the repository cannot make it read a file elsewhere.`
        );
      if (mode.startsWith("100"))
        try {
          return await git().show([`${ref}:${inRepository}`]);
        } catch {
          return;
        }
    },
    async resolve(ref) {
      try {
        return (await git().revparse(["--verify", "--quiet", `${ref}^{commit}`])).trim() || void 0;
      } catch {
        return;
      }
    },
    async refs(prefix) {
      return (await git().raw([
        "for-each-ref",
        "--format=%(objectname) %(refname)",
        "--",
        prefix.replace(/\/+$/, "")
      ])).split(`
`).filter((line) => line.trim()).map((line) => {
        let [sha = "", ref = ""] = line.split(" ");
        return { sha, ref };
      });
    },
    async ensureCommit(sha, ref) {
      let present = async () => {
        try {
          return await git().raw(["cat-file", "-e", `${sha}^{commit}`]), !0;
        } catch {
          return !1;
        }
      };
      if (await present()) return !0;
      for (let wanted of ref === void 0 ? [sha] : [sha, ref]) {
        try {
          await git().raw(["fetch", "--no-tags", "--depth=1", "origin", wanted]);
        } catch {
          continue;
        }
        if (await present()) return !0;
      }
      return !1;
    },
    async changed(ref, paths, to) {
      let relativePaths = (await Promise.all(paths.map(relative))).filter((file) => file !== ".." && !file.startsWith("../") && !import_node_path5.default.isAbsolute(file)).map((file) => `:(top,literal)${file}`);
      if (relativePaths.length === 0) return [];
      let commits = to === void 0 ? [ref] : [ref, to], fields = (await git().raw(["diff", "--name-status", "-z", "-M", ...commits, "--", ...relativePaths])).split("\0").filter((field) => field !== ""), files = [], firstChangedLine = async (file) => {
        let diff2 = await git().raw(["diff", "-U0", ...commits, "--", `:(top,literal)${file}`]), hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/m.exec(diff2);
        return hunk ? Math.max(1, Number(hunk[1])) : void 0;
      };
      for (let at2 = 0; at2 < fields.length; ) {
        let code = fields[at2++] ?? "", status = code.startsWith("A") ? "added" : code.startsWith("D") ? "removed" : code.startsWith("R") ? "renamed" : "edited";
        (code.startsWith("R") || code.startsWith("C")) && at2++;
        let file = fields[at2++] ?? "", changedLine = status === "removed" ? void 0 : await firstChangedLine(file);
        files.push({ path: file, status, ...changedLine !== void 0 ? { line: changedLine } : {} });
      }
      if (to !== void 0) return files;
      let untracked = await git().raw([
        "ls-files",
        "--others",
        "--exclude-standard",
        "-z",
        "--full-name",
        "--",
        ...relativePaths
      ]), known = new Set(files.map((file) => file.path));
      for (let file of untracked.split("\0"))
        file !== "" && !known.has(file) && files.push({ path: file, status: "added", line: 1 });
      return files;
    }
  };
}

// src/io/failure.ts
init_findings();
function describeFailure(error) {
  if (error instanceof RollgateError) return error.message;
  let code = error?.code;
  return typeof code == "string" && code.startsWith("ERR_PARSE_ARGS") ? `${error.message.replace(/\.?$/, ".")} Run with --help for the flags.` : `internal error: ${(error instanceof Error ? error.message : String(error)).split(`
`)[0]}. This is a bug in rollgate; please report it with the input that caused it.`;
}

// src/cli/main.ts
init_packs();
init_escape();

// src/version.ts
var VERSION = "0.1.0";

// src/cli/check-command.ts
init_findings();

// src/git/place.ts
var import_node_path9 = __toESM(require("node:path"), 1);
init_node_fs();
init_paths();
async function placeIn(repository, cwd) {
  let top;
  try {
    top = await repository.root();
  } catch {
    top = cwd;
  }
  let real = (directory2) => {
    try {
      return realpathNative(directory2);
    } catch {
      return import_node_path9.default.resolve(directory2);
    }
  }, [root, here] = [real(top), real(cwd)], directory = toPosix(import_node_path9.default.relative(root, here));
  return directory.startsWith("..") || import_node_path9.default.isAbsolute(directory) ? { root: here, directory: "" } : { root, directory };
}

// src/cli/check-command.ts
init_heap();
init_observed_file();
init_sources();

// src/report/json.ts
function toJsonReport(result) {
  return {
    ok: result.ok,
    summary: { errors: result.summary.errors, warnings: result.summary.warnings },
    changes: result.changes.map((c) => ({
      cluster: c.cluster,
      component: c.component,
      ...c.member !== void 0 ? { member: c.member } : {},
      from: c.from,
      to: c.to
    })),
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...f.code !== void 0 ? { code: f.code } : {},
      file: f.file,
      line: f.line,
      column: f.column,
      ...f.cluster !== void 0 ? { cluster: f.cluster } : {},
      ...f.component !== void 0 ? { component: f.component } : {},
      ...f.member !== void 0 ? { member: f.member } : {},
      // Whether the change brought it; false: the base had it too (a warning unless --strict).
      introduced: f.introduced !== !1
    }))
  };
}
function renderJson(result) {
  return `${JSON.stringify(toJsonReport(result), null, 2)}
`;
}

// src/report/drift-table.ts
init_escape();
function driftFindings(findings) {
  return findings.filter((finding) => finding.rule === "drift");
}
function driftTable(findings) {
  let drifted = driftFindings(findings);
  if (drifted.length === 0) return [];
  let lines = [
    "### Drift",
    "",
    `${drifted.length} member state${drifted.length === 1 ? "" : "s"} differ${drifted.length === 1 ? "s" : ""} from the manifest (rollgate observe).`,
    "",
    "| Member | Component | Runs | Manifest | Observed |",
    "| --- | --- | --- | --- | --- |"
  ];
  for (let finding of drifted) {
    let cell = (key2) => finding.data?.[key2] !== void 0 ? codeSpan(String(finding.data[key2])) : "\u2014";
    lines.push(
      `| ${codeSpan(`${finding.cluster ?? ""}/${finding.member ?? ""}`)} | ${codeSpan(finding.component ?? "")} | ${cell("found")} | ${cell("expected")} | ${cell("at")} |`
    );
  }
  return lines;
}

// src/report/markdown.ts
init_escape();
function verdictLine(result) {
  let { errors, warnings } = result.summary;
  return `${result.ok ? warnings > 0 ? ":warning:" : ":white_check_mark:" : ":x:"} **rollgate ${result.ok ? "passed" : "failed"}**: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${result.changes.length} change${result.changes.length === 1 ? "" : "s"}`;
}
function changeTable(result) {
  if (result.changes.length === 0) return ["No component versions change."];
  let rows = ["| Cluster | Component | From | To |", "| --- | --- | --- | --- |"];
  for (let c of result.changes)
    rows.push(
      `| ${codeSpan(c.member ? `${c.cluster}/${c.member}` : c.cluster)} | ${codeSpan(c.component)} | ${c.from === null ? "(new)" : codeSpan(c.from)} | ${c.to === null ? "(removed)" : codeSpan(c.to)} |`
    );
  return rows;
}
function findingItem(f) {
  let icon = f.severity === "error" ? ":x:" : ":warning:", old = f.introduced === !1 ? " _(already in the base)_" : "";
  return `- ${icon} ${codeSpan(f.rule)} ${inlineMarkdown(f.message)}${old} (${codeSpan(`${f.file}:${f.line}:${f.column}`)})`;
}
var FOLD_OLD_FINDINGS_ABOVE = 5;
function findingSections(result) {
  if (result.findings.length === 0) return ["No findings."];
  let own = result.findings.filter((f) => f.introduced !== !1), old = result.findings.filter((f) => f.introduced === !1), lines = byCluster(own);
  if (old.length === 0) return lines;
  let title = `Already in the base (${old.length} finding${old.length === 1 ? "" : "s"} this change did not bring)`;
  return old.length <= FOLD_OLD_FINDINGS_ABOVE ? [...lines, "", `#### ${title}`, ...byCluster(old, "#####")] : [
    ...lines,
    "",
    "<details>",
    `<summary>${title}</summary>`,
    ...byCluster(old, "#####"),
    "",
    "</details>"
  ];
}
function byCluster(findings, heading = "####") {
  let groups = /* @__PURE__ */ new Map();
  for (let finding of findings) {
    let group = groups.get(finding.cluster ?? "");
    group ? group.push(finding) : groups.set(finding.cluster ?? "", [finding]);
  }
  let lines = [];
  for (let [cluster, inCluster] of [...groups].sort(
    ([a], [b]) => a === "" ? -1 : b === "" ? 1 : a.localeCompare(b)
  )) {
    lines.push("", `${heading} ${cluster ? `Cluster ${codeSpan(cluster)}` : "Fleet"}`, "");
    let ordered = [...inCluster].sort(
      (a, b) => a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
    );
    for (let f of ordered) lines.push(findingItem(f));
  }
  return lines;
}
function renderMarkdown(result) {
  let drift2 = driftTable(result.findings);
  return `${["### rollgate policy check", "", verdictLine(result), "", ...changeTable(result), ...drift2.length ? ["", ...drift2] : [], "", "### Findings", ...findingSections(result)].join(`
`)}
`;
}

// src/report/sarif.ts
var import_node_url6 = require("node:url");
init_rules();
var SOURCE_ROOT = "%SRCROOT%", PROJECT = "https://github.com/rollgate/rollgate", BUILTIN = "builtin:", RULES_PAGE = `${PROJECT}/blob/v${VERSION}/docs/rules.md`;
function artifactLocation(file, place) {
  if (file.startsWith(BUILTIN)) return { uri: `${BUILTIN}${encodeURIComponent(file.slice(BUILTIN.length))}` };
  let segments = [...place?.directory ? place.directory.split("/") : [], ...file.split(/[\\/]/)], resolved = [];
  for (let segment of segments)
    segment === "" || segment === "." || (segment === ".." && resolved.length > 0 && resolved[resolved.length - 1] !== ".." ? resolved.pop() : resolved.push(segment));
  return { uri: resolved.map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT };
}
function ruleName(rule) {
  return rule.id.split(/[^a-z0-9]+/i).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function shortDescription(description) {
  let end = description.search(/[.;:](\s|$)/);
  return `${(end < 0 ? description : description.slice(0, end)).trim()}.`;
}
function template(message, slot) {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_whole, name) => slot(name));
}
function sarifRule(rule) {
  let anchor = `${RULES_PAGE}#rules`, messages = Object.values(rule.messages), text = [
    rule.description,
    ...messages.length > 0 ? ["", "What it reports:", ...messages.map((m) => `- ${template(m, (name) => `<${name}>`)}`)] : [],
    "",
    `Its default level is ${rule.severity}; a pack may set it to error, warning or off in its rules, for the pack or for one component. The rules are described at ${anchor}.`
  ].join(`
`), markdown = [
    `**\`${rule.id}\`**: ${rule.description}`,
    ...messages.length > 0 ? ["", "What it reports:", "", ...messages.map((m) => `- ${template(m, (name) => `*${name}*`)}`)] : [],
    "",
    `Default level: **${rule.severity}**. A pack sets it (\`error\`, \`warning\` or \`off\`) in its \`rules:\`, for the whole pack or for one component.`,
    "",
    `See [the rules](${anchor}) for every rule and what each catches.`
  ].join(`
`);
  return {
    id: rule.id,
    name: ruleName(rule),
    shortDescription: { text: shortDescription(rule.description) },
    fullDescription: { text: rule.description },
    help: { text, markdown },
    helpUri: anchor,
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.split("/")[0]] }
  };
}
function sarifResult(finding, place) {
  return {
    ruleId: finding.rule,
    ruleIndex: RULES.findIndex((rule) => rule.id === finding.rule),
    level: finding.severity,
    message: { text: finding.message },
    // The message id (or bad-input code) the JSON report calls `code`, for tools that tell findings apart by it, and
    // whether the change brought it (false: the base had it too).
    properties: {
      ...finding.code !== void 0 ? { code: finding.code } : {},
      introduced: finding.introduced !== !1
    },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.file, place),
          region: { startLine: finding.line, startColumn: finding.column }
        }
      }
    ]
  };
}
function renderSarif(result, options = {}) {
  let place = options.repository, sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rollgate",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: PROJECT,
            rules: RULES.map(sarifRule)
          }
        },
        ...place ? {
          originalUriBaseIds: {
            [SOURCE_ROOT]: { uri: `${(0, import_node_url6.pathToFileURL)(place.root).href.replace(/\/?$/, "/")}` }
          }
        } : {},
        columnKind: "utf16CodeUnits",
        results: result.findings.map((finding) => sarifResult(finding, place))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/report/index.ts
init_text();

// src/report/types.ts
var FORMATS = ["text", "json", "markdown", "sarif"];

// src/report/index.ts
var RENDERERS = {
  text: renderText,
  json: renderJson,
  markdown: renderMarkdown,
  sarif: renderSarif
};

// src/cli/check-command.ts
init_flags();
async function checkCommand(values, io, services) {
  let format = String(values.format ?? "text");
  if (!FORMATS.includes(format))
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(", ")}.`);
  let now = parseNow(values.now), where = baseOptions(values), sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? "policies"),
    repository: services.repository,
    ...where
  });
  keepHeapSmallFor(sources);
  let observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : void 0, result = await checkSources(sources, now, values.strict === !0, observed), repository = format === "sarif" ? await placeIn(services.repository, io.cwd) : void 0;
  return io.stdout(
    RENDERERS[format](result, {
      // isTTY last: asking it makes process.stdout, which loads node's streams, and only text is coloured.
      color: format === "text" && io.isTTY && !io.env.NO_COLOR,
      ...repository ? { repository } : {}
    })
  ), result.ok ? 0 : 1;
}

// src/cli/commands.ts
var STRICT_OPTION = { strict: { type: "boolean", default: !1 } }, STRICT_FLAG = {
  strict: {
    about: 'Keep findings the change did not bring (the base has them too) at their severity; by default they are warnings, marked "already in the base", and fail nothing.'
  }
}, CHECK_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" },
  now: { type: "string" },
  ...STRICT_OPTION,
  observed: { type: "string" }
}, CHECK = {
  summary: "Judge a manifest change by its policy pack.",
  usage: "rollgate check --head fleet.yaml [--base old.yaml | --base-ref REF] [--policies DIR] [--format text|json|markdown|sarif] [--now ISO-8601] [--strict] [--observed observed.json]",
  options: CHECK_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The manifest to judge; required." },
    base: {
      value: "FILE",
      about: "The manifest as it was before the change, read from a file, to judge the change against."
    },
    "base-ref": {
      value: "REF",
      about: "A git ref (your pull request's base) to read the manifest as it was and the packs that judge from, so a pack the change edits does not judge it."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    format: {
      value: "FORMAT",
      about: "The report: text for a terminal, json, markdown as the pull request comment has it, or sarif for code scanning."
    },
    now: {
      value: "ISO-8601",
      about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
    },
    ...STRICT_FLAG,
    observed: {
      value: "FILE",
      about: "What the members run (rollgate observe --out): a drift finding for each member that runs neither its base nor its head pin, or is not held where the manifest holds it."
    }
  },
  examples: [
    "rollgate check --head fleet.yaml --base-ref origin/main",
    "rollgate check --head fleet.yaml --base old.yaml --format sarif > rollgate.sarif"
  ],
  exitCodes: "0 no error-level finding; 1 at least one; 2 could not run (one sentence on stderr).",
  run: (values, io, _positionals, services) => checkCommand(values, io, services)
}, PLAN_OPTIONS = {
  head: { type: "string" },
  base: { type: "string" },
  "base-ref": { type: "string" },
  "unfinished-ref": { type: "string", multiple: !0 },
  policies: { type: "string", default: "policies" },
  out: { type: "string", default: "rollgate-plan" },
  transport: { type: "string" },
  now: { type: "string" },
  force: { type: "boolean", default: !1 },
  ...STRICT_OPTION,
  observed: { type: "string" }
}, PLAN_USAGE = 'rollgate plan --head fleet.yaml [--base old.yaml | --base-ref REF] [--unfinished-ref REF]... [--policies DIR] [--out DIR] [--transport "ssh {member}" | --transport local] [--now ISO-8601] [--force] [--strict] [--observed observed.json]', PLAN = {
  summary: "Turn a merged manifest into pins, proxy overrides and staged rollout jobs.",
  usage: PLAN_USAGE,
  options: PLAN_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The merged manifest to plan; required." },
    base: {
      value: "FILE",
      about: "The manifest as last rolled out, read from a file; without a base every member is moved to its pins."
    },
    "base-ref": {
      value: "REF",
      about: "A git ref (refs/rollgate/rolled-out) to read the manifest as last rolled out and the packs that judge from."
    },
    "unfinished-ref": {
      value: "REF",
      about: "A git ref of a rollout that started and did not finish, whose members are planned again from wherever they may be."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    out: {
      value: "DIR",
      about: "The folder the plan is written to: new, empty, or an earlier plan's, whose files the new plan replaces."
    },
    transport: {
      value: "COMMAND",
      about: 'How the job scripts reach a member, with {member} where the host goes, for example "ssh {member}"; local runs every command where the job runs, knowingly (default: the same, refused for a cluster of several members and for a step that reboots one).'
    },
    observed: {
      value: "FILE",
      about: "What the members run (rollgate observe --out): members that already run their target and are in service are skipped (plan.json says which and why), and members a failed stage left evacuated are restored first. Without it the plan is made from the manifests alone."
    },
    now: {
      value: "ISO-8601",
      about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
    },
    force: { about: "Plan even when the check finds errors." },
    ...STRICT_FLAG
  },
  examples: [
    'rollgate plan --head fleet.yaml --base-ref refs/rollgate/rolled-out --out rollgate-plan --transport "ssh {member}"',
    'rollgate plan --head fleet.yaml --base old.yaml --transport "ssh {member}" --out plan'
  ],
  exitCodes: "0 planned; 1 the check found errors, so nothing was written (--force plans anyway); 2 could not run (one sentence on stderr).",
  run: async (values, io, _positionals, services) => (await Promise.resolve().then(() => (init_plan_command(), plan_command_exports))).planCommand(values, io, services)
}, PATH_OPTIONS = {
  pack: { type: "string" },
  policies: { type: "string", default: "policies" },
  format: { type: "string", default: "text" }
}, PATH_USAGE = "rollgate path --pack NAME COMPONENT FROM TO [--policies DIR] [--format text|json]", PATH = {
  summary: "Print the upgrade path a pack's rules allow between two versions.",
  usage: PATH_USAGE,
  options: PATH_OPTIONS,
  flags: {
    pack: { value: "NAME", about: "The pack whose jump rules the path follows; required." },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    format: { value: "FORMAT", about: "text, or json: {pack, component, from, to, allowed, path, reason}." }
  },
  examples: [
    "rollgate path --pack microshift microshift 4.14 4.18",
    "rollgate path --pack openstack identity 2023.1 2025.1 --format json"
  ],
  exitCodes: "0 a path (or FROM is TO already); 1 no path, and why; 2 could not run (an unknown pack, component or version).",
  positionals: !0,
  takesPack: !0,
  run: async (values, io, positionals) => (await Promise.resolve().then(() => (init_path_command(), path_command_exports))).pathCommand(values, io, positionals)
}, EDIT_OPTIONS = {
  file: { type: "string", default: "fleet.yaml" },
  force: { type: "boolean", default: !1 },
  "base-ref": { type: "string" },
  policies: { type: "string", default: "policies" },
  now: { type: "string" }
}, EDIT_FLAGS = {
  file: { value: "FILE", about: "The manifest to edit in place." },
  force: { about: "Write the edit even when it fails rollgate check." },
  "base-ref": {
    value: "REF",
    about: "A git ref (your pull request's base) to judge the edit against, instead of the file as it was, so several edits on one branch are judged together."
  },
  policies: {
    value: "DIR",
    about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
  },
  now: {
    value: "ISO-8601",
    about: "The moment freezes and end-of-life dates are judged at, for example 2026-12-24 or 2026-12-24T10:00:00Z (default: the clock)."
  }
}, STORE_OPTIONS = {
  store: { type: "string" },
  charmhub: { type: "string" }
}, STORE_FLAGS = {
  store: {
    value: "URL",
    about: "The Snap Store, an Enterprise Store or a Snap Store Proxy to look revisions up in (default: ROLLGATE_STORE_URL, else https://api.snapcraft.io)."
  },
  charmhub: {
    value: "URL",
    about: "The Charmhub to look charm revisions up in (default: ROLLGATE_CHARMHUB_URL, else https://api.charmhub.io)."
  }
}, BUMP_OPTIONS = {
  to: { type: "string" },
  cluster: { type: "string" },
  wave: { type: "string" },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS,
  ...STRICT_OPTION
}, BUMP_USAGE = "rollgate bump COMPONENT --to VERSION|CHANNEL@REVISION|CHANNEL [--cluster NAME | --wave NAME] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]", BUMP = {
  summary: "Move a component to a version in fleet.yaml, keeping its comments, if check allows it.",
  usage: BUMP_USAGE,
  options: BUMP_OPTIONS,
  flags: {
    to: {
      value: "VERSION|CHANNEL@REVISION|CHANNEL",
      about: "Where the component goes: a version (4.16.9), a channel with a revision (5.21/stable@33110), or a channel alone (5.21/stable), whose current revision for each cluster's architecture the pack's datasource gives; required."
    },
    cluster: { value: "NAME", about: "Move the component in this cluster only." },
    wave: {
      value: "NAME",
      about: "Move the component in the clusters of this wave only (with neither, in every cluster that runs it)."
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS,
    ...STRICT_FLAG
  },
  examples: [
    "rollgate bump lxd --to 5.21/stable@36020 --wave canary --base-ref origin/main",
    "rollgate bump lxd --to 5.21/stable --wave canary --store http://snap-proxy.internal:8080",
    "rollgate bump microshift --to 4.16.9 --cluster lab"
  ],
  exitCodes: "0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.",
  positionals: !0,
  run: async (values, io, positionals, services) => (await Promise.resolve().then(() => (init_bump_command(), bump_command_exports))).bumpCommand(values, io, positionals, services)
}, PROMOTE_OPTIONS = { ...EDIT_OPTIONS, ...STRICT_OPTION }, PROMOTE_USAGE = "rollgate promote FROM-WAVE TO-WAVE [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601] [--strict]", PROMOTE = {
  summary: "Set the clusters of a later wave to what an earlier wave runs, if check allows it.",
  usage: PROMOTE_USAGE,
  options: PROMOTE_OPTIONS,
  flags: { ...EDIT_FLAGS, ...STRICT_FLAG },
  examples: [
    "rollgate promote staging production --base-ref origin/main",
    "rollgate promote canary staging --file fleets/eu.yaml"
  ],
  exitCodes: "0 written, or nothing to change; 1 the edit fails check, nothing written (--force writes it); 2 could not run.",
  positionals: !0,
  run: async (values, io, positionals, services) => (await Promise.resolve().then(() => (init_promote_command(), promote_command_exports))).promoteCommand(values, io, positionals, services)
}, UPDATE_OPTIONS = {
  wave: { type: "string" },
  component: { type: "string" },
  format: { type: "string", default: "text" },
  ...STORE_OPTIONS,
  ...EDIT_OPTIONS
}, UPDATE_USAGE = "rollgate update [--wave NAME] [--component NAME] [--format text|json] [--store URL] [--charmhub URL] [--file fleet.yaml] [--force] [--base-ref REF] [--policies DIR] [--now ISO-8601]", UPDATE = {
  summary: "Move each component's earliest lagging wave to its channel's newest revision in the store.",
  usage: UPDATE_USAGE,
  options: UPDATE_OPTIONS,
  flags: {
    wave: {
      value: "NAME",
      about: "Update this wave only, and only when no earlier wave is behind."
    },
    component: { value: "NAME", about: "Update this component only." },
    format: {
      value: "text|json",
      about: "json writes nothing: it prints what the update would change and whether check accepts it."
    },
    ...STORE_FLAGS,
    ...EDIT_FLAGS
  },
  examples: [
    "rollgate update --base-ref origin/main",
    "rollgate update --component lxd --format json --store http://snap-proxy.internal:8080"
  ],
  exitCodes: "0 written, or nothing to change (json: the update passes check); 1 the update fails check, nothing written (--force writes it); 2 could not run (a store failed: nothing written).",
  run: async (values, io, _positionals, services) => (await Promise.resolve().then(() => (init_update_command(), update_command_exports))).updateCommand(values, io, services)
}, INIT_OPTIONS = {
  pack: { type: "string" },
  file: { type: "string", default: "fleet.yaml" },
  schema: { type: "string" },
  policies: { type: "string", default: "policies" },
  force: { type: "boolean", default: !1 }
}, INIT_USAGE = "rollgate init --pack NAME [--file fleet.yaml] [--schema URL|PATH] [--policies DIR] [--force]", INIT = {
  summary: "Write a starter fleet.yaml for a pack, with the schema line editors read.",
  usage: INIT_USAGE,
  options: INIT_OPTIONS,
  flags: {
    pack: { value: "NAME", about: "The pack the fleet is judged by; required." },
    file: { value: "FILE", about: "Where the manifest is written." },
    schema: {
      value: "URL|PATH",
      about: "The schema the file's first line points editors at, for example ./node_modules/rollgate/schemas/fleet.schema.json (default: this release's schema on GitHub)."
    },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    force: { about: "Overwrite the file when it exists." }
  },
  examples: [
    "rollgate init --pack microcloud",
    "rollgate init --pack microshift --file edge.yaml --schema ./node_modules/rollgate/schemas/fleet.schema.json"
  ],
  exitCodes: "0 written; 2 could not (the file exists, an unknown pack, a folder that cannot be written).",
  takesPack: !0,
  run: async (values, io) => (await Promise.resolve().then(() => (init_init_command(), init_command_exports))).initCommand(values, io)
};

// src/cli/help.ts
function wrap(prefix, text, indent) {
  let lines = [], line = prefix, empty = !0;
  for (let word of text.split(/\s+/).filter(Boolean))
    !empty && line.length + 1 + word.length > 100 ? (lines.push(line), line = `${" ".repeat(indent)}${word}`) : line = empty ? `${line}${word}` : `${line} ${word}`, empty = !1;
  return lines.push(line), lines.join(`
`);
}
function commandHelp(command, builtinPacks2) {
  let rows = Object.entries(command.flags).map(([flag, help]) => {
    let definition = command.options[flag], fallback = definition?.default, about = typeof fallback == "string" ? `${help.about.replace(/\.$/, "")} (default: ${fallback}).` : help.about, repeat = definition?.multiple ? " (may be given more than once)" : "";
    return {
      name: `--${flag}${help.value ? ` ${help.value}` : ""}`,
      about: repeat ? about.replace(/\.$/, `${repeat}.`) : about
    };
  });
  rows.push({ name: "-h, --help", about: "Print this help." });
  let column = Math.max(...rows.map((row) => row.name.length)) + 4, lines = [
    `Usage: ${command.usage}`,
    "",
    command.summary,
    "",
    "Flags:",
    ...rows.map((row) => wrap(`  ${row.name.padEnd(column - 2)}`, row.about, column)),
    "",
    "Examples:",
    ...command.examples.map((example) => `  ${example}`)
  ];
  return command.takesPack && lines.push("", wrap("Packs that ship with rollgate: ", `${builtinPacks2.join(", ")}.`, 2)), lines.push("", wrap("Exit codes: ", command.exitCodes, 2)), `${lines.join(`
`)}
`;
}

// src/cli/observe-commands.ts
var OBSERVE_OPTIONS = {
  head: { type: "string" },
  policies: { type: "string", default: "policies" },
  transport: { type: "string" },
  out: { type: "string", default: "observed.json" },
  concurrency: { type: "string", default: "32" },
  timeout: { type: "string", default: "30" }
}, OBSERVE = {
  summary: "Ask every member what it runs (snaps, LXD cluster status) and write observed.json.",
  usage: 'rollgate observe --head fleet.yaml [--transport "ssh {member}"] [--out observed.json] [--concurrency N] [--timeout SECONDS] [--policies DIR]',
  options: OBSERVE_OPTIONS,
  flags: {
    head: { value: "FILE", about: "The manifest whose members are asked; required." },
    policies: {
      value: "DIR",
      about: "The folder of your own packs, found by name before the packs that ship with rollgate; a folder you name must exist (exit 2 otherwise)."
    },
    transport: {
      value: "COMMAND",
      about: 'How a member is reached, as for rollgate plan, with {member} for its name, for example "ssh {member}" (default: on this machine).'
    },
    out: { value: "FILE", about: "Where observed.json is written." },
    concurrency: { value: "N", about: "At most this many members are asked at once." },
    timeout: {
      value: "SECONDS",
      about: "A member whose command has not ended by then is recorded as unknown, never as drift."
    }
  },
  examples: [
    'rollgate observe --head fleet.yaml --transport "ssh {member}" --out observed.json',
    'rollgate observe --head fleet.yaml --transport "ssh -o ConnectTimeout=5 {member}" --concurrency 64 --timeout 20'
  ],
  exitCodes: "0 written (members that did not answer are unknown in it); 2 could not run (one sentence on stderr).",
  run: async (values, io, _positionals, services) => (await Promise.resolve().then(() => (init_observe_command(), observe_command_exports))).observeCommand(values, io, services)
}, STATUS_OPTIONS = {
  plan: { type: "string" },
  progress: { type: "string", multiple: !0 },
  format: { type: "string", default: "text" }
}, STATUS = {
  summary: "Show where a rollout stands: done, failed where, waiting for which approval, what remains.",
  usage: "rollgate status --plan DIR [--progress FILE]... [--format text|json|markdown]",
  options: STATUS_OPTIONS,
  flags: {
    plan: { value: "DIR", about: "The folder rollgate plan wrote (its plan.json); required." },
    progress: {
      value: "FILE",
      about: "A progress file the job scripts wrote (ROLLGATE_PROGRESS, JSON lines); give one per job, or repeat. A file that does not exist is a job that never started."
    },
    format: { value: "FORMAT", about: "text for a terminal, json, or markdown for a job summary." }
  },
  examples: [
    "rollgate status --plan rollgate-plan --progress progress/*.jsonl",
    'rollgate status --plan rollgate-plan --progress progress.jsonl --format markdown >> "$GITHUB_STEP_SUMMARY"'
  ],
  exitCodes: "0 printed, whatever the rollout's state; 2 could not run (one sentence on stderr).",
  run: async (values, io) => (await Promise.resolve().then(() => (init_status_command(), status_command_exports))).statusCommand(values, io)
};

// src/cli/main.ts
var COMMANDS = {
  check: CHECK,
  plan: PLAN,
  observe: OBSERVE,
  status: STATUS,
  path: PATH,
  bump: BUMP,
  promote: PROMOTE,
  update: UPDATE,
  init: INIT
};
function helpOf(command) {
  return commandHelp(command, [...builtinPacks().keys()].sort());
}
function usage() {
  let lines = ["Usage: rollgate <command> [flags]", "", "Commands:"];
  for (let [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(9)} ${command.summary}`);
  return lines.push("", "Exit codes: 0 pass, 1 findings at error level, 2 could not run."), lines.push("Run rollgate <command> --help for its flags."), `${lines.join(`
`)}
`;
}
async function main(argv, io, services = { repository: gitRepository(io.cwd) }) {
  if (io.env.GITHUB_ACTIONS !== "true") return runCli(argv, io, services);
  let { randomUUID } = await import("node:crypto"), resume = randomUUID();
  io.stdout(`::stop-commands::${resume}
`);
  try {
    return await runCli(argv, io, services);
  } finally {
    io.stdout(`::${resume}::
`);
  }
}
async function runCli(argv, io, services) {
  let [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help")
    return io.stdout(usage()), name === void 0 ? 2 : 0;
  if (name === "--version")
    return io.stdout(`rollgate ${VERSION}
`), 0;
  let command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
  if (!command)
    return io.stderr(
      `rollgate: unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(COMMANDS).join(", ")}.
`
    ), 2;
  if (rest.includes("--help") || rest.includes("-h"))
    return io.stdout(helpOf(command)), 0;
  try {
    let { values, positionals, tokens: tokens2 } = (0, import_node_util.parseArgs)({
      args: rest,
      options: command.options,
      strict: !0,
      allowPositionals: command.positionals ?? !1,
      tokens: !0
    });
    if (typeof values.policies == "string") {
      let named2 = tokens2.some((token) => token.kind === "option" && token.name === "policies");
      checkPoliciesFolder(io.cwd, values.policies, `--policies ${JSON.stringify(values.policies)}`, !named2);
    }
    return await command.run(
      values,
      io,
      positionals,
      services
    );
  } catch (error) {
    return io.stderr(`rollgate ${name}: ${inertText(describeFailure(error))}
`), 2;
  }
}

// src/cli/index.ts
async function run() {
  process.exitCode = await main(process.argv.slice(2), {
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    // Asked only when a command needs it: process.stdout loads node's streams.
    get isTTY() {
      return !!process.stdout.isTTY;
    },
    env: process.env
  });
}
var throughStream = !1;
function writeStdout(text) {
  if (!throughStream) {
    let bytes = Buffer.from(text, "utf8"), written = 0;
    try {
      for (; written < bytes.length; ) written += writeSync(1, bytes, written);
      return;
    } catch {
      throughStream = !0, process.stdout.write(bytes.subarray(written));
      return;
    }
  }
  process.stdout.write(text);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
