import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  __commonJS,
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    module.exports = function equal(a, b) {
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
          var key = keys[i];
          if (!equal(a[key], b[key])) return !1;
        }
        return !0;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    function ucs2length(str) {
      let len = str.length, length = 0, pos = 0, value;
      for (; pos < len; )
        length++, value = str.charCodeAt(pos++), value >= 55296 && value <= 56319 && pos < len && (value = str.charCodeAt(pos), (value & 64512) === 56320 && pos++);
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    init_define_ROLLGATE_BUILTIN_PACKS();
    Object.defineProperty(exports, "__esModule", { value: !0 });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare2) {
      return { validate, compare: compare2 };
    }
    exports.fullFormats = {
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
    exports.fastFormats = {
      ...exports.fullFormats,
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
    exports.formatNames = Object.keys(exports.fullFormats);
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
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function(str) {
        let matches = TIME.exec(str);
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
      let a1 = TIME.exec(t1), a2 = TIME.exec(t2);
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

// src/policy/upgrade-path.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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
          let path = [next];
          for (; path[0] !== 0; ) path.unshift(previous.get(path[0]));
          return path.map((i) => stops[i]);
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

// src/findings.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/channel-blocked.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/compare-change.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/fleet.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/bad-input.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/messages.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole3, name) => Object.hasOwn(data, name) ? String(data[name]) : whole3
  );
}

// src/bad-input.ts
var PARSE = "The YAML does not parse: {{detail}}.", YAML_PACKAGE_MESSAGES = {
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
function make(rule, code, template, place, data) {
  let { severity = "error", file, line, column, ...subject } = place;
  return {
    rule,
    code,
    data,
    severity,
    message: formatMessage(template, data),
    file,
    line,
    column,
    ...subject
  };
}

// src/schema/validate.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/positions.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// stand-in:yaml
init_define_ROLLGATE_BUILTIN_PACKS();
import { createRequire as __rollgateCreateRequire2 } from "node:module";
import { basename as __rollgateBasename, dirname as __rollgateDirname } from "node:path";
import { fileURLToPath as __rollgateFileURLToPath } from "node:url";
function loadSide(name) {
  let here = __rollgateFileURLToPath(import.meta.url), folder = __rollgateBasename(__rollgateDirname(here)) === "chunks" ? "./" : "./chunks/";
  return __rollgateCreateRequire2(import.meta.url)(folder + name);
}
var lib;
function load() {
  return lib || (lib = loadSide("yaml.cjs"), Composer = lib.Composer, Document = lib.Document, Schema = lib.Schema, YAMLError = lib.YAMLError, YAMLParseError = lib.YAMLParseError, YAMLWarning = lib.YAMLWarning, Alias = lib.Alias, isAlias = lib.isAlias, isCollection = lib.isCollection, isDocument = lib.isDocument, isMap = lib.isMap, isNode = lib.isNode, isPair = lib.isPair, isScalar = lib.isScalar, isSeq = lib.isSeq, Pair = lib.Pair, Scalar = lib.Scalar, YAMLMap = lib.YAMLMap, YAMLSeq = lib.YAMLSeq, CST = lib.CST, Lexer = lib.Lexer, LineCounter = lib.LineCounter, Parser = lib.Parser, parse = lib.parse, parseAllDocuments = lib.parseAllDocuments, parseDocument = lib.parseDocument, stringify = lib.stringify, visit = lib.visit, visitAsync = lib.visitAsync, whole = lib, lib);
}
var later = (key) => new Proxy(function() {
}, {
  apply: (_, self, args) => Reflect.apply(load()[key], self, args),
  construct: (_, args) => Reflect.construct(load()[key], args),
  get: (_, property) => Reflect.get(load()[key], property),
  has: (_, property) => Reflect.has(load()[key], property)
}), Composer = later("Composer"), Document = later("Document"), Schema = later("Schema"), YAMLError = later("YAMLError"), YAMLParseError = later("YAMLParseError"), YAMLWarning = later("YAMLWarning"), Alias = later("Alias"), isAlias = later("isAlias"), isCollection = later("isCollection"), isDocument = later("isDocument"), isMap = later("isMap"), isNode = later("isNode"), isPair = later("isPair"), isScalar = later("isScalar"), isSeq = later("isSeq"), Pair = later("Pair"), Scalar = later("Scalar"), YAMLMap = later("YAMLMap"), YAMLSeq = later("YAMLSeq"), CST = later("CST"), Lexer = later("Lexer"), LineCounter = later("LineCounter"), Parser = later("Parser"), parse = later("parse"), parseAllDocuments = later("parseAllDocuments"), parseDocument = later("parseDocument"), stringify = later("stringify"), visit = later("visit"), visitAsync = later("visitAsync"), whole = new Proxy({}, {
  get: (_, property) => Reflect.get(load(), property),
  has: (_, property) => Reflect.has(load(), property)
});

// src/manifest/pieces.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/compose.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/source.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var YAML_LIMITS = {
  /** Largest file read, in bytes. A fleet of 100,000 members is about 10 MB. */
  maxBytes: 33554432,
  /** Deepest nesting of mappings and sequences. A manifest needs about 8. */
  maxDepth: 64,
  /** What an alias may expand to, counted as the yaml package counts it (nodes times uses). */
  maxAliasCount: 1e4
};
function lineCounterOf(text) {
  let lineStarts = [0];
  for (let i = text.indexOf(`
`); i >= 0; i = text.indexOf(`
`, i + 1)) lineStarts.push(i + 1);
  return new LineCounter2(lineStarts);
}
var LineCounter2 = class {
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

// src/manifest/plain-item.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var NOT_PLAIN = /* @__PURE__ */ Symbol("not plain"), GIVE_UP = new Error("not plain"), UNUSUAL_CHARACTER = /[^\x20-\x7e\n\r]/, LONE_CR = /\r(?!\n)/, MAX_DEPTH = 24, NULL = /^(?:[Nn]ull|NULL)$/, TRUE = /^(?:[Tt]rue|TRUE)$/, FALSE = /^(?:[Ff]alse|FALSE)$/, DECIMAL = /^[0-9]{1,15}$/, FLOAT = /^[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/, OTHER_NUMBER = /^0(?:o[0-7]+|x[0-9a-fA-F]+)$/;
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
var isSeqEntry = (content) => content === "-" || content.startsWith("- "), PlainReader = class {
  /** The non-blank lines: their indentation, their text from there on, and whether they are comments. */
  indents = [];
  contents = [];
  comments = [];
  /** The line being read. */
  at = 0;
  depth = 0;
  constructor(text) {
    for (let full of text.split(`
`)) {
      let line = full.endsWith("\r") ? full.slice(0, -1) : full, indent = 0;
      for (; line.charCodeAt(indent) === 32; ) indent++;
      if (indent === line.length) continue;
      let content = line.slice(indent);
      indent === 0 && (content.startsWith("---") || content.startsWith("...")) && giveUp(), this.indents.push(indent), this.contents.push(content), this.comments.push(
        content.charCodeAt(0) === 35
        /* # */
      );
    }
  }
  item(indent) {
    this.skipComments(), (this.indents[this.at] !== indent || !isSeqEntry(this.contents[this.at])) && giveUp();
    let list = this.sequence(indent);
    return this.skipComments(), (this.at !== this.indents.length || list.length !== 1) && giveUp(), list[0];
  }
  skipComments() {
    for (; this.at < this.comments.length && this.comments[this.at]; ) this.at++;
  }
  enter() {
    ++this.depth > MAX_DEPTH && giveUp();
  }
  /** A block sequence whose `-` are at `column`. */
  sequence(column) {
    this.enter();
    let list = [];
    for (; this.skipComments(), !(this.at >= this.indents.length); ) {
      let indent = this.indents[this.at];
      if (indent < column) break;
      indent > column && giveUp();
      let content = this.contents[this.at];
      if (!isSeqEntry(content)) break;
      let start = 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, list.push(this.blockValue(column, !1))) : keyLength(rest) > 0 ? list.push(this.mapping(column + start, rest)) : (list.push(inlineValue(rest)), this.at++, this.noContinuation(column));
    }
    return this.depth--, list;
  }
  /** A block mapping whose keys are at `column`; `first` is its first entry when it starts on a list entry's line. */
  mapping(column, first) {
    this.enter();
    let map = {}, content = first;
    for (; ; ) {
      if (content === void 0) {
        if (this.skipComments(), this.at >= this.indents.length) break;
        let indent = this.indents[this.at];
        if (indent < column) break;
        indent > column && giveUp(), content = this.contents[this.at];
      }
      let length = keyLength(content);
      length === 0 && giveUp();
      let key = content.slice(0, length);
      checkKey(key, map);
      let start = length + 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, map[key] = this.blockValue(column, !0)) : (map[key] = inlineValue(rest), this.at++, this.noContinuation(column)), content = void 0;
    }
    return this.depth--, map;
  }
  /**
   * The value of a key or list entry with nothing after it on its line: the block indented under it (or, for a
   * key, a list at the key's own column), else null.
   */
  blockValue(column, listAtColumn) {
    if (this.skipComments(), this.at >= this.indents.length) return null;
    let indent = this.indents[this.at], content = this.contents[this.at];
    return indent > column ? isSeqEntry(content) ? this.sequence(indent) : this.mapping(indent) : listAtColumn && indent === column && isSeqEntry(content) ? this.sequence(indent) : null;
  }
  /** After a value on its own line, a deeper line (even a comment) would continue it: not plain. */
  noContinuation(column) {
    this.at < this.indents.length && this.indents[this.at] > column && giveUp();
  }
};
function keyLength(text, from = 0) {
  let first = text.charCodeAt(from);
  if (!(isLetter(first) || first === 95)) return 0;
  let end = from + 1;
  for (; end < text.length && isKeyCharacter(text.charCodeAt(end)); ) end++;
  if (text.charCodeAt(end) !== 58) return 0;
  let after = text.charCodeAt(end + 1);
  return Number.isNaN(after) || after === 32 ? end - from : 0;
}
function isLetter(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isKeyCharacter(code) {
  return isLetter(code) || code >= 48 && code <= 57 || code === 95 || code === 45 || code === 46 || code === 47;
}
function checkKey(key, map) {
  (key.length > 256 || key === "__proto__" || // `null`, `true` and `false` in their spellings are at most five characters.
  key.length <= 5 && (NULL.test(key) || TRUE.test(key) || FALSE.test(key))) && giveUp(), Object.hasOwn(map, key) && giveUp();
}
function inlineValue(text) {
  let first = text.charCodeAt(0);
  if (first === 123 || first === 91) {
    let [value, end] = flowValue(text, 0, 0);
    return onlyCommentAfter(text, end), value;
  }
  if (first === 34 || first === 39) {
    let [value, end] = quoted(text, 0);
    return onlyCommentAfter(text, end), value;
  }
  let comment = text.indexOf(" #"), raw = (comment < 0 ? text : text.slice(0, comment)).trimEnd();
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
      let key = text.slice(at2, at2 + length);
      checkKey(key, map);
      let [value, end2] = flowValue(text, at2 + length + 1, depth + 1);
      map[key] = value, at2 = skipSpaces(text, end2);
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
  return isLetter(first) ? NULL.test(raw) ? null : TRUE.test(raw) ? !0 : FALSE.test(raw) ? !1 : raw : DECIMAL.test(raw) ? Number.parseInt(raw, 10) : (OTHER_NUMBER.test(raw) && giveUp(), FLOAT.test(raw) ? (raw.length > 15 && giveUp(), Number.parseFloat(raw)) : raw);
}

// src/manifest/pieces.ts
var PIECES_FROM = 0, PIECES_KEY = "clusters", PIECES_CACHE = 16;
function readInPieces(text, file, known) {
  let keyLine = new RegExp(`^${PIECES_KEY}:[ \\t]*(?:#[^\\n]*)?\\r?$`, "m").exec(text);
  if (!keyLine) return;
  let listFrom = keyLine.index + keyLine[0].length + 1, starts = [], ends = [], indent = -1, trailerAt = text.length;
  for (let at2 = listFrom; at2 < text.length; ) {
    let newline = text.indexOf(`
`, at2), next = newline < 0 ? text.length : newline + 1, column = 0;
    for (; text.charCodeAt(at2 + column) === 32; ) column++;
    let first = text[at2 + column];
    if (!(first === void 0 || first === `
` || first === "\r" || first === "#")) {
      let after = text[at2 + column + 1], item = first === "-" && (after === " " || after === `
` || after === "\r" || after === void 0);
      if (indent < 0) {
        if (!item) return;
        indent = column;
      }
      if (item && column === indent)
        starts.length > 0 && ends.push(at2), starts.push(at2);
      else if (column <= indent) {
        trailerAt = at2;
        break;
      }
    }
    at2 = next;
  }
  if (starts.length === 0) return;
  ends.push(trailerAt);
  let header = text.slice(0, starts[0]);
  if (/^%/m.test(header)) return;
  let trailerShift = trailerAt - starts[0], outside2 = header + text.slice(trailerAt), document, outsideValue = readPlainTopLevel(outside2);
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
  let items = [], knownItem = knownItems(known);
  for (let i = 0; i < starts.length; i++) {
    let itemText = text.slice(starts[i], ends[i]), same = knownItem(itemText, i);
    if (same !== void 0) {
      items.push(structuredClone(same));
      continue;
    }
    let plain = readPlainItem(itemText, indent);
    if (plain !== NOT_PLAIN) {
      items.push(plain);
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
      trailerFrom: header.length,
      trailerShift,
      cache: /* @__PURE__ */ new Map()
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
function knownItems(known) {
  let pieces = known?.pieces, list = known?.value?.[PIECES_KEY];
  if (!known || !pieces || !Array.isArray(list)) return () => {
  };
  let textOf = (index) => known.text.slice(pieces.starts[index], pieces.ends[index]), byText;
  return (text, index) => {
    if (index < pieces.starts.length && textOf(index) === text) return list[index];
    if (!byText) {
      byText = /* @__PURE__ */ new Map();
      for (let i = pieces.starts.length - 1; i >= 0; i--) byText.set(textOf(i), i);
    }
    let at2 = byText.get(text);
    return at2 === void 0 ? void 0 : list[at2];
  };
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

// src/manifest/plain-position.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function plainItemNode(text, indent) {
  let locator = new Locator(text);
  return locator.skipComments(), locator.sequence(indent).items?.[0] ?? null;
}
function plainNodeAt(root, path) {
  let node = root;
  for (let segment of path) {
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
function plainKeyAt(root, path) {
  return path.length === 0 ? void 0 : plainNodeAt(root, path.slice(0, -1))?.entries?.get(String(path[path.length - 1]))?.key;
}
var isSeqEntry2 = (content) => content === "-" || content.startsWith("- "), Locator = class {
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
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, items.push(this.blockValue(column, !1))) : keyLength2(rest) > 0 ? items.push(this.mapping(column + start, rest)) : (items.push(inlineNode(rest, this.offsetOf(column + start))), this.at++);
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
      let length = keyLength2(content), key = this.offsetOf(column), start = length + 1;
      for (; content.charCodeAt(start) === 32; ) start++;
      let rest = content.slice(start);
      rest === "" || rest.charCodeAt(0) === 35 ? (this.at++, entries.set(content.slice(0, length), { key, value: this.blockValue(column, !0) })) : (entries.set(content.slice(0, length), {
        key,
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
function inlineNode(rest, offset) {
  let first = rest.charCodeAt(0);
  if (first === 123 || first === 91 || first === 34 || first === 39)
    return flowNode(rest, 0, offset)[0];
  let comment = rest.indexOf(" #"), raw = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
  return { start: offset, end: offset + raw.length };
}
function flowNode(text, from, offset) {
  let at2 = skipSpaces2(text, from), first = text.charCodeAt(at2);
  if (first === 123) {
    let node = { start: offset + at2, entries: /* @__PURE__ */ new Map() };
    if (at2 = skipSpaces2(text, at2 + 1), text.charCodeAt(at2) === 125) return [node, at2 + 1];
    for (; ; ) {
      let length = keyLength2(text.slice(at2)), [value, end2] = flowNode(text, at2 + length + 1, offset);
      if (node.entries?.set(text.slice(at2, at2 + length), { key: offset + at2, value }), at2 = skipSpaces2(text, end2), text.charCodeAt(at2) === 125) return [node, at2 + 1];
      at2 = skipSpaces2(text, at2 + 1);
    }
  }
  if (first === 91) {
    let node = { start: offset + at2, items: [] };
    if (at2 = skipSpaces2(text, at2 + 1), text.charCodeAt(at2) === 93) return [node, at2 + 1];
    for (; ; ) {
      let [value, end2] = flowNode(text, at2, offset);
      if (node.items?.push(value), at2 = skipSpaces2(text, end2), text.charCodeAt(at2) === 93) return [node, at2 + 1];
      at2 = skipSpaces2(text, at2 + 1);
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
function skipSpaces2(text, from) {
  let at2 = from;
  for (; text.charCodeAt(at2) === 32; ) at2++;
  return at2;
}
function keyLength2(text) {
  let first = text.charCodeAt(0);
  if (!(isLetter2(first) || first === 95)) return 0;
  let end = 1;
  for (; end < text.length && isKeyCharacter2(text.charCodeAt(end)); ) end++;
  if (text.charCodeAt(end) !== 58) return 0;
  let after = text.charCodeAt(end + 1);
  return Number.isNaN(after) || after === 32 ? end : 0;
}
function isLetter2(code) {
  return code >= 65 && code <= 90 || code >= 97 && code <= 122;
}
function isKeyCharacter2(code) {
  return isLetter2(code) || code >= 48 && code <= 57 || code === 95 || code === 45 || code === 46 || code === 47;
}

// src/manifest/positions.ts
var plainItems = /* @__PURE__ */ new WeakMap(), PLAIN_CACHE = 64;
function plainItem(source, path) {
  let pieces = source.pieces;
  if (!pieces || path.length < 2 || String(path[0]) !== pieces.key) return;
  let index = path[1];
  if (typeof index != "number" || index < 0 || index >= pieces.starts.length) return;
  let cache2 = plainItems.get(pieces);
  cache2 || (cache2 = /* @__PURE__ */ new Map(), plainItems.set(pieces, cache2));
  let root = cache2.get(index), start = pieces.starts[index];
  if (root === void 0) {
    let text = source.text.slice(start, pieces.ends[index]);
    root = readPlainItem(text, pieces.indent) === NOT_PLAIN ? !1 : plainItemNode(text, pieces.indent), cache2.size >= PLAIN_CACHE && cache2.delete(cache2.keys().next().value), cache2.set(index, root);
  }
  return root === !1 ? void 0 : { start, root, rest: path.slice(2) };
}
function locate(source, path) {
  let pieces = source.pieces;
  if (pieces && path.length > 0 && String(path[0]) === pieces.key) {
    let index = path[1];
    if (typeof index == "number" && index >= 0 && index < pieces.starts.length) {
      let document = itemDocument(source, pieces, index), start = pieces.starts[index], item = isSeq(document.contents) ? document.contents.items[0] : null;
      return { node: walk(document, item, path.slice(2)), document, fileOffset: (offset) => offset + start };
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
    node: walk(source.document, source.document.contents, path),
    document: source.document,
    fileOffset: trailer
  };
}
var pairIndex = /* @__PURE__ */ new WeakMap();
function pairOf(map, key) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (let item of map.items)
      isPair(item) && isScalar(item.key) && !index.has(String(item.key.value)) && index.set(String(item.key.value), item);
    pairIndex.set(map, index);
  }
  return index.get(String(key));
}
function walk(document, root, path) {
  let node = root;
  for (let segment of path)
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
function positionOf(source, path) {
  let plain = plainItem(source, path), node = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && node) return linePosition(source, plain.start + node.start);
  let pos = source.lineCounter.linePos(startOffset(locate(source, path)));
  return { line: pos.line, column: pos.col };
}
function keyPositionOf(source, path) {
  if (path.length === 0) return { line: 1, column: 1 };
  let plain = plainItem(source, path);
  if (plain) {
    let key = plainKeyAt(plain.root, plain.rest);
    return key === void 0 ? positionOf(source, path) : linePosition(source, plain.start + key);
  }
  let parent = locate(source, path.slice(0, -1)), last = path[path.length - 1], resolved = isAlias(parent.node) ? parent.node.resolve(parent.document) : parent.node;
  if (isMap(resolved)) {
    let pair = pairOf(resolved, last);
    if (pair && isScalar(pair.key) && pair.key.range) {
      let pos = source.lineCounter.linePos(parent.fileOffset(pair.key.range[0]));
      return { line: pos.line, column: pos.col };
    }
  }
  return positionOf(source, path);
}
function sourceTextAt(source, path) {
  let plain = plainItem(source, path), plainNode = plain && plainNodeAt(plain.root, plain.rest);
  if (plain && plainNode)
    return plainNode.end === void 0 ? void 0 : source.text.slice(plain.start + plainNode.start, plain.start + plainNode.end).trim();
  let located = locate(source, path), node = located.node;
  if (isScalar(node) && node.range)
    return source.text.slice(located.fileOffset(node.range[0]), located.fileOffset(node.range[1])).trim();
}
function linePosition(source, offset) {
  let pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

// src/schema/conditions.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, COMPONENT = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function explainCondition(schema2, error, path, root) {
  if (schema2 === "fleet") return explainFleet(error, path, root);
  if (schema2 === "policy") return explainPolicy(error, path);
}
function explainFleet(error, path, root) {
  let [top, index, field, name] = path;
  if (top !== "clusters" || typeof index != "number") return;
  let cluster = at(root, ["clusters", index]), clusterName = named(at(cluster, ["name"]), LABEL), clusterText = clusterName === void 0 ? `number ${index + 1}` : `\`${clusterName}\``, about = clusterName === void 0 ? {} : { cluster: clusterName };
  if (path.length === 2 && error.keyword === "required" && error.params.missingProperty === "wave") {
    let waves = listOf(at(root, ["waves"])).filter((wave) => LABEL.test(wave));
    return {
      code: "WAVE_MISSING",
      data: { which: clusterText, waves: waves.join(", ") },
      atKey: !1,
      about
    };
  }
  if (path.length === 3 && field === "wave" && error.keyword === "false schema") {
    let wave = named(at(cluster, ["wave"]), LABEL);
    return {
      code: "WAVE_WITHOUT_WAVES",
      data: { which: clusterText, wave: wave === void 0 ? "a wave" : `wave \`${wave}\`` },
      atKey: !1,
      about
    };
  }
  if (path.length === 4 && field === "components" && typeof name == "string") {
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
function explainPolicy(error, path) {
  let [top, name, field, list] = path;
  if (top !== "components" || typeof name != "string" || field !== "versioning" || !(path.length === 3 && error.keyword === "required" && error.params.missingProperty === "versions" || path.length === 4 && list === "versions" && error.keyword === "minItems" && error.schemaPath.includes("/then/"))) return;
  let component = named(name, COMPONENT);
  return {
    code: "TRACKS_WITHOUT_VERSIONS",
    data: { which: component === void 0 ? "A component" : `Component \`${component}\`` },
    atKey: !1,
    about: {}
  };
}
function at(value, path) {
  let current = value;
  for (let key of path) {
    if (current === null || typeof current != "object" || !Object.hasOwn(current, key)) return;
    current = current[key];
  }
  return current;
}
function named(value, pattern) {
  return typeof value == "string" && pattern.test(value) ? value : void 0;
}
function listOf(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item == "string") : [];
}

// src/schema/validators.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import { createRequire as __rollgateCreateRequire22 } from "node:module";
import { basename as __rollgateBasename2, dirname as __rollgateDirname2 } from "node:path";
import { fileURLToPath as __rollgateFileURLToPath2 } from "node:url";
var fleet = validate20, schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/fleet.schema.json", title: "rollgate fleet manifest", description: "The desired versions of a fleet's cluster components. rollgate/v1. Reference: docs/manifest.md.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "policy", "clusters"], properties: { $schema: { description: "The JSON Schema editors validate this file with (rollgate ignores it).", type: "string" }, apiVersion: { description: "The manifest format version: rollgate/v1.", const: "rollgate/v1" }, kind: { description: "What this file is: Fleet.", const: "Fleet" }, policy: { description: "A pack name from policies/ (or the packs that ship with rollgate), or a relative path to a pack file.", type: "string", pattern: "^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$" }, waves: { description: "The promotion order of clusters: a change reaches a later wave only once the earlier waves run it. When set, every cluster names its `wave`.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 32 }, rollout: { description: "How the clusters of each wave roll out: how many at once (`parallel`) and how many may fail before the wave starts no new cluster (`maxFailures`), fleet-wide, with `waves` overriding either for a wave. Default: one cluster at a time, and the first failure stops the wave. Clusters of a wave are independent; members inside a cluster, and waves, still go one after another. Reference: docs/rollout.md#parallel-clusters-and-failure-budgets.", type: "object", additionalProperties: !1, properties: { parallel: { $ref: "#/$defs/parallel", description: "Clusters of each wave at once, fleet-wide (default 1)." }, maxFailures: { $ref: "#/$defs/maxFailures", description: "Failed clusters each wave tolerates, fleet-wide (default 0)." }, waves: { description: "Settings for one wave, by its name (one of `waves`), on top of the fleet-wide ones: `production: { parallel: 10 }`.", type: "object", propertyNames: { $ref: "#/$defs/label", description: "A wave name, one of `waves`." }, additionalProperties: { description: "This wave's `parallel` and `maxFailures`; a field left out is the fleet-wide one.", type: "object", additionalProperties: !1, properties: { parallel: { $ref: "#/$defs/parallel", description: "Clusters of this wave at once (default: the fleet-wide `parallel`)." }, maxFailures: { $ref: "#/$defs/maxFailures", description: "Failed clusters this wave tolerates (default: the fleet-wide `maxFailures`)." } } }, maxProperties: 32 } } }, freeze: { description: "Change freezes: no version may change from `from` to `to`, both inclusive, in the clusters a freeze covers (the whole fleet, unless it names `waves` or `clusters`).", type: "array", maxItems: 256, items: { type: "object", additionalProperties: !1, required: ["from", "to"], properties: { from: { $ref: "#/$defs/moment", description: "The first day (UTC) or moment of the freeze." }, to: { $ref: "#/$defs/moment", description: "The last day (UTC, the whole day) or moment of the freeze." }, reason: { description: "Why nothing may change, shown with the hold/freeze finding.", type: "string", maxLength: 200 }, waves: { description: "The waves the freeze covers: their clusters may not change. Absent (with `clusters` absent too), the freeze covers the whole fleet.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 32 }, clusters: { description: "The clusters the freeze covers, by name, besides those of its `waves`. Absent (with `waves` absent too), the freeze covers the whole fleet.", type: "array", items: { $ref: "#/$defs/label" }, uniqueItems: !0, minItems: 1, maxItems: 1e4 } } } }, clusters: { description: "The clusters of the fleet, in rollout order within each wave.", type: "array", minItems: 1, items: { $ref: "#/$defs/cluster" } } }, allOf: [{ if: { properties: { waves: { type: "array", minItems: 1 } }, required: ["waves"] }, then: { properties: { clusters: { type: "array", items: { description: "The manifest sets `waves`, so every cluster names its `wave`, one of them.", type: "object", properties: { wave: !0 }, required: ["wave"] } } } } }, { if: { type: "object", properties: { waves: !1 } }, then: { properties: { clusters: { type: "array", items: { description: "A cluster names a `wave` only when the manifest sets `waves`, the promotion order.", type: "object", properties: { wave: !1 } } } } } }], $defs: { parallel: { description: "How many clusters of a wave roll out at once, each in its own GitHub job (default 1: one after another). At most 256, the jobs one GitHub matrix runs.", type: "integer", minimum: 1, maximum: 256 }, maxFailures: { description: "How many failed clusters a wave tolerates (default 0). A failed cluster stops only itself; once more clusters than this have failed, the wave starts no new cluster and the rollout stops after it.", type: "integer", minimum: 0, maximum: 65536 }, label: { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, hostname: { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, componentName: { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, moment: { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, component: { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pinnedComponent: { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } }, components: { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, memberComponents: { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, member: { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, cluster: { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, params: { description: "Values the pack's rollout steps need for this cluster, by the names the pack declares in its params (charmed-etcd: model, the Juju model, and application). A field the pack gives no default must be set for rollgate plan; rollgate check does not ask for it.", type: "object", propertyNames: { description: "A parameter the pack declares.", type: "string", pattern: "^[a-z][a-z0-9-]{0,30}$" }, additionalProperties: { description: "A value put into commands: letters, digits, dots, underscores, colons, slashes and hyphens, starting with a letter or digit (a Juju model may be controller:owner/model).", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, maxProperties: 16 }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } } } }, schema32 = { description: "A DNS label: lower-case letters, digits and inner hyphens, at most 63 characters.", type: "string", pattern: "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$" }, schema33 = { description: "How many clusters of a wave roll out at once, each in its own GitHub job (default 1: one after another). At most 256, the jobs one GitHub matrix runs.", type: "integer", minimum: 1, maximum: 256 }, schema34 = { description: "How many failed clusters a wave tolerates (default 0). A failed cluster stops only itself; once more clusters than this have failed, the wave starts no new cluster and the rollout stops after it.", type: "integer", minimum: 0, maximum: 65536 }, schema38 = { description: "A date (YYYY-MM-DD, the whole day) or an RFC 3339 date-time.", type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] }, pattern4 = new RegExp("^(?:[a-z0-9][a-z0-9-]{0,62}|(?:\\./|\\.\\./)?(?:[A-Za-z0-9._-]+/)*[A-Za-z0-9._-]+\\.ya?ml)$", "u"), pattern5 = new RegExp("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", "u"), func0 = require_equal().default, func2 = require_ucs2length().default, formats0 = require_formats().fullFormats.date, formats2 = require_formats().fullFormats["date-time"], schema42 = { description: "A cluster: its members and the components they run.", type: "object", additionalProperties: !1, required: ["name", "members", "components"], properties: { name: { $ref: "#/$defs/label", description: "The cluster's name, a DNS label unique in the fleet." }, wave: { $ref: "#/$defs/label", description: "The cluster's wave, one of `waves`; required when `waves` is set, not allowed without it." }, proxy: { $ref: "#/$defs/label", description: "The Enterprise Store Proxy serving this cluster; clusters behind one proxy agree on each channel's revision." }, architecture: { description: "The architecture of the cluster's members, for looking up revisions in a store (a revision is built for one architecture). Default amd64.", enum: ["amd64", "arm64", "armhf", "i386", "ppc64el", "riscv64", "s390x"] }, runner: { description: "The runs-on labels of the GitHub runner that rolls this cluster out.", type: "array", items: { description: "A runner label: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" }, minItems: 1, maxItems: 8 }, pauseAfterMember: { description: "When the rollout waits for approval: after the first member (first), after every member (all), or never (none). Default: the pack's.", enum: ["first", "all", "none"] }, params: { description: "Values the pack's rollout steps need for this cluster, by the names the pack declares in its params (charmed-etcd: model, the Juju model, and application). A field the pack gives no default must be set for rollgate plan; rollgate check does not ask for it.", type: "object", propertyNames: { description: "A parameter the pack declares.", type: "string", pattern: "^[a-z][a-z0-9-]{0,30}$" }, additionalProperties: { description: "A value put into commands: letters, digits, dots, underscores, colons, slashes and hyphens, starting with a letter or digit (a Juju model may be controller:owner/model).", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, maxProperties: 16 }, members: { description: "The cluster's members, in rollout order (control members go first).", type: "array", minItems: 1, items: { $ref: "#/$defs/member" } }, components: { $ref: "#/$defs/components", description: "The components every member runs, each with its desired state." } } }, func5 = Object.prototype.hasOwnProperty, pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", "u"), pattern13 = new RegExp("^[a-z][a-z0-9-]{0,30}$", "u"), pattern14 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", "u"), schema46 = { description: "A member of the cluster: its host name, or a mapping with its name and settings.", anyOf: [{ $ref: "#/$defs/hostname" }, { type: "object", additionalProperties: !1, required: ["name"], properties: { name: { $ref: "#/$defs/hostname", description: "The member's host name, as the transport reaches it." }, role: { description: "The member's role: control members go before workers (default worker).", enum: ["control", "worker"] }, workload: { description: "What happens to the member's workloads: live-migrated away and back (live, the default), left to the operator, who approves (manual), or left alone (skip).", enum: ["live", "manual", "skip"] }, migrationAttempts: { description: "Live-migration attempts before the node is given up (MOSK; default 3).", type: "integer", minimum: 1, maximum: 20 }, components: { $ref: "#/$defs/memberComponents", description: "What this member alone runs differently from its cluster." } } }] }, schema47 = { description: "A member's host name: letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$" }, pattern15 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,252}$", "u"), schema49 = { description: "What this member alone runs differently from its cluster, by component name: only the fields that differ.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/component", description: "Only the fields this member runs differently; a component its cluster lacks needs a `version`, or a `channel` with a `revision`." }, maxProperties: 64 }, schema50 = { description: "A component (snap, package, service) name: lower-case letters, digits, dots, hyphens and underscores.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, schema51 = { description: "A component's state, as a member overrides its cluster's: any of the fields, on top of the cluster's.", type: "object", additionalProperties: !1, properties: { version: { description: "The version, as a string: quote it, since YAML reads 1.10 as the number 1.1.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$" }, channel: { description: "A snap-style channel: track/risk[/branch].", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$" }, revision: { description: "The revision the channel is pinned to.", type: "integer", minimum: 1, maximum: 4294967295 }, hold: { description: "Automatic updates are held.", type: "boolean" }, cohort: { description: `The member refreshes in the snap's cohort (--cohort="+").`, type: "boolean" } } }, pattern17 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u"), pattern18 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$", "u"), pattern19 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}/(?:stable|candidate|beta|edge)(?:/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$", "u");
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
validate23.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
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
validate22.evaluated = { dynamicProps: !0, dynamicItems: !1 };
var schema52 = { description: "The components every member of the cluster runs, by name, each with its desired state.", type: "object", propertyNames: { $ref: "#/$defs/componentName", description: "A component name, one the fleet's pack knows." }, additionalProperties: { $ref: "#/$defs/pinnedComponent", description: "The component's desired state: a `version`, or a `channel` with its `revision`, or both." }, maxProperties: 64 }, schema54 = { description: "A component's desired state on every member of the cluster: a `version`, or a `channel` with its `revision`, or both.", $ref: "#/$defs/component", type: "object", if: { properties: { version: !1 } }, then: { description: "Without a `version`, a component names a `channel` with a `revision`.", properties: { channel: !0 }, required: ["channel"] }, dependentRequired: { channel: ["revision"], revision: ["channel"] } };
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
validate27.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
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
validate26.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
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
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
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
validate20.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function loadSide2(name) {
  let here = __rollgateFileURLToPath2(import.meta.url), folder = __rollgateBasename2(__rollgateDirname2(here)) === "chunks" ? "./" : "./chunks/";
  return __rollgateCreateRequire22(import.meta.url)(folder + name);
}
var others;
function validatorFor(name) {
  return name === "fleet" ? fleet : (others ??= loadSide2("validators.cjs"), others[name]);
}

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
    let path = pointerToPath(error.instancePath), explained = explainCondition(name, error, path, source.value), key = error.keyword === "additionalProperties" ? error.params.additionalProperty : error.keyword === "propertyNames" ? error.params.propertyName : void 0, { line, column } = typeof key == "string" ? keyPositionOf(source, [...path, key]) : explained?.atKey ? keyPositionOf(source, path) : positionOf(source, path), { code, data } = explained ?? describeError(error, path, source, name);
    return schemaFinding(code, { file: source.file, line, column, ...explained?.about }, data);
  }), seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    let id = JSON.stringify([finding.line, finding.column, finding.code, finding.data]);
    return seen.has(id) ? !1 : (seen.add(id), !0);
  });
}
function pointerToPath(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
var MAX_MAPPING_KEYS = 1024;
function oversizedMapping(value) {
  let stack = [[value, []]];
  for (; stack.length > 0; ) {
    let [node, path] = stack.pop();
    if (Array.isArray(node))
      for (let index = node.length - 1; index >= 0; index--) {
        let item = node[index];
        item !== null && typeof item == "object" && stack.push([item, [...path, index]]);
      }
    else if (node !== null && typeof node == "object") {
      let keys = Object.keys(node);
      if (keys.length > MAX_MAPPING_KEYS) return { path, keys: keys.length };
      for (let index = keys.length - 1; index >= 0; index--) {
        let key = keys[index], item = node[key];
        item !== null && typeof item == "object" && stack.push([item, [...path, key]]);
      }
    }
  }
}
function pickErrors(errors) {
  let byPath = /* @__PURE__ */ new Map();
  for (let error of errors) {
    if (error.propertyName !== void 0) continue;
    let list = byPath.get(error.instancePath) ?? [];
    list.push(error), byPath.set(error.instancePath, list);
  }
  let hasDeeper = /* @__PURE__ */ new Set();
  for (let path of byPath.keys())
    for (let cut = path.lastIndexOf("/"); cut >= 0 && (hasDeeper.add(path.slice(0, cut)), cut !== 0); cut = path.lastIndexOf("/", cut - 1))
      ;
  let picked = [];
  for (let [path, list] of byPath) {
    let deeper = hasDeeper.has(path), misspelled = list.some((e) => e.keyword === "additionalProperties"), specific = list.filter(
      (e) => !["anyOf", "oneOf", "if", "type", "format"].includes(e.keyword) && !(misspelled && isConditional(e))
    );
    if (specific.length > 0)
      picked.push(...dedupe(specific));
    else if (!deeper) {
      let types = list.filter((e) => e.keyword === "type"), formats = list.filter((e) => e.keyword === "format");
      if (types.length > 0) {
        let expected = [...new Set(types.map((e) => String(e.params.type)))].join(" or ");
        picked.push({ ...types[0], params: { type: expected } });
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
    let key = `${error.keyword}:${JSON.stringify(error.params)}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function show(value) {
  let text = typeof value == "string" ? value : typeof value == "number" ? String(value) : JSON.stringify(value);
  return text === void 0 ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function describeError(error, path, source, schema2) {
  let field = path.length > 0 ? `\`${path.filter((p) => typeof p == "string").slice(-1)[0] ?? path[path.length - 1]}\`` : "The file", where = path.length > 0 ? ` at ${path.join(".")}` : "", at2 = { field, where }, what = schema2 === "fleet" ? "manifest" : "policy pack", subject = path.length > 0 ? `${field}${where}` : `The ${what}`;
  switch (error.keyword) {
    case "type": {
      let expected = String(error.params.type), written = sourceTextAt(source, path), value = valueAt(source.value, path);
      return expected.includes("string") && typeof value == "number" ? { code: "NUMBER_FOR_STRING", data: { ...at2, written: written ?? String(value) } } : path.length === 0 && value == null ? { code: "EMPTY_FILE", data: { what } } : { code: "type", data: { ...at2, expected: article(expected), actual: describeValue(value) } };
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
      let value = valueAt(source.value, path);
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
function valueAt(root, path) {
  let value = root;
  for (let key of path) {
    if (value === null || typeof value != "object" || !Object.hasOwn(value, key)) return;
    value = value[key];
  }
  return value;
}

// src/manifest/yaml.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/input-gate.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/manifest/flow-depth.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function offsetPastBracketDepth(text, limit) {
  let depth = 0, quoteMayOpen = !0;
  for (let at2 = 0; at2 < text.length; at2++) {
    let char = text.charCodeAt(at2);
    if (char === 91 || char === 123) {
      if (depth++, depth > limit) return at2;
    } else if (char === 93 || char === 125)
      depth > 0 && depth--;
    else if (char === 35 && quoteMayOpen) {
      let end = text.indexOf(`
`, at2);
      if (end < 0) return;
      at2 = end;
    } else if ((char === 39 || char === 34) && quoteMayOpen && (at2 = closingQuote(text, at2, char), at2 < 0))
      return;
    quoteMayOpen = char === 32 || char === 9 || char === 10 || char === 13 || char === 91 || char === 123 || char === 44 || char === 58;
  }
}
function closingQuote(text, open, quote) {
  for (let at2 = open + 1; at2 < text.length; at2++) {
    let char = text.charCodeAt(at2);
    if (quote === 34 && char === 92) at2++;
    else if (char === quote)
      if (quote === 39 && text.charCodeAt(at2 + 1) === 39) at2++;
      else return at2;
  }
  return -1;
}

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

// src/manifest/yaml.ts
var MAX_SYNTAX_FINDINGS = 3;
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
var PARSE_STEPS = [
  readTokens,
  refuseDeepTokens,
  composeDocument,
  refuseStackOverflow,
  reportSyntaxErrors,
  refuseOtherYamlVersions,
  refuseDeepNodes,
  readValue
];
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
    let finding = reading.finding(error.code, { detail: firstSentence(error.message) }, error.pos[0]), key = `${finding.line}:${finding.column}:${finding.message}`;
    seen.has(key) || (seen.add(key), findings.push(finding));
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

// src/manifest/fleet.ts
var DEFAULT_WAVE_ROLLOUT = { parallel: 1, maxFailures: 0 }, manifestPaths = {
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
function loadManifest(text, file, options = {}) {
  let { source, findings } = parseYamlFile(text, file, options);
  if (!source) return { file, findings };
  let schemaFindings = validateSchema("fleet", source);
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
function byName(record) {
  return Object.assign(/* @__PURE__ */ Object.create(null), record);
}
function toFleet(raw) {
  return {
    policy: raw.policy,
    ...raw.waves ? { waves: raw.waves } : {},
    ...raw.rollout ? { rollout: rolloutSettings(raw.rollout) } : {},
    freeze: (raw.freeze ?? []).map((f, index) => ({ ...f, index })),
    clusters: raw.clusters.map((c, index) => ({
      name: c.name,
      ...c.wave !== void 0 ? { wave: c.wave } : {},
      ...c.proxy !== void 0 ? { proxy: c.proxy } : {},
      ...c.architecture !== void 0 ? { architecture: c.architecture } : {},
      ...c.runner !== void 0 ? { runner: c.runner } : {},
      ...c.pauseAfterMember !== void 0 ? { pauseAfterMember: c.pauseAfterMember } : {},
      ...c.params !== void 0 ? { params: byName(c.params) } : {},
      components: byName(c.components),
      index,
      members: c.members.map((m, memberIndex) => typeof m == "string" ? { name: m, role: "worker", workload: "live", index: memberIndex } : {
        name: m.name,
        role: m.role ?? "worker",
        workload: m.workload ?? "live",
        ...m.migrationAttempts !== void 0 ? { migrationAttempts: m.migrationAttempts } : {},
        ...m.components && Object.keys(m.components).length > 0 ? { overrides: byName(m.components) } : {},
        index: memberIndex
      })
    }))
  };
}
function rolloutSettings(raw) {
  return {
    ...raw.parallel !== void 0 ? { parallel: raw.parallel } : {},
    ...raw.maxFailures !== void 0 ? { maxFailures: raw.maxFailures } : {},
    ...raw.waves ? { waves: byName(raw.waves) } : {}
  };
}
function crossCheck(fleet2, source) {
  let findings = [], report = (path, code, data, subject = {}, atKey = !1) => {
    let { line, column } = atKey ? keyPositionOf(source, path) : positionOf(source, path);
    findings.push(schemaFinding(code, { file: source.file, line, column, ...subject }, data));
  }, clusterNames = /* @__PURE__ */ new Set(), waves = fleet2.waves ? new Set(fleet2.waves) : void 0, allClusters = new Set(fleet2.clusters.map((cluster) => cluster.name));
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
      allClusters.has(name) || report(["freeze", freeze.index, "clusters", index], "FREEZE_CLUSTER_UNKNOWN", { cluster: name });
    });
  for (let cluster of fleet2.clusters) {
    let path = manifestPaths.cluster(cluster);
    clusterNames.has(cluster.name) && report([...path, "name"], "DUPLICATE_CLUSTER", { cluster: cluster.name }, { cluster: cluster.name }), clusterNames.add(cluster.name), cluster.wave !== void 0 && waves && !waves.has(cluster.wave) && report(
      [...path, "wave"],
      "WAVE_UNKNOWN",
      { cluster: cluster.name, wave: cluster.wave, waves: [...waves].join(", ") },
      { cluster: cluster.name }
    );
    let memberNames = /* @__PURE__ */ new Set();
    for (let member of cluster.members)
      memberNames.has(member.name) && report(
        [...manifestPaths.member(cluster, member)],
        "DUPLICATE_MEMBER",
        { member: member.name, cluster: cluster.name },
        { cluster: cluster.name, member: member.name }
      ), memberNames.add(member.name);
    for (let member of cluster.members)
      for (let name of Object.keys(member.overrides ?? {})) {
        let own = member.overrides?.[name];
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
function isComplete(state) {
  return state.version !== void 0 || state.channel !== void 0 && state.revision !== void 0;
}
function freezeCovers(freeze, cluster) {
  if (!freeze.waves && !freeze.clusters) return !0;
  let scope = freezeScopes.get(freeze);
  return scope || (scope = { waves: new Set(freeze.waves), clusters: new Set(freeze.clusters) }, freezeScopes.set(freeze, scope)), scope.clusters.has(cluster.name) || cluster.wave !== void 0 && scope.waves.has(cluster.wave);
}
var freezeScopes = /* @__PURE__ */ new WeakMap();
function endOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T23:59:59.999Z` : moment;
}
function startOf(moment) {
  return /^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T00:00:00.000Z` : moment;
}

// src/rules/compare-change.ts
function versionMoves(context) {
  let moves = [];
  for (let change of context.changes) {
    let from = context.versionOf(change.component, change.fromState), to = context.versionOf(change.component, change.toState);
    from === void 0 || to === void 0 || moves.push({ change, from, to });
  }
  return moves;
}
function changePath(context, change) {
  let cluster = clusterNamed(context.head.fleet, change.cluster);
  if (!cluster) return [];
  if (change.member) {
    let member = cluster.members.find((m) => m.name === change.member);
    if (member?.overrides?.[change.component])
      return ["clusters", cluster.index, "members", member.index, "components", change.component];
    if (member) return ["clusters", cluster.index, "members", member.index];
  }
  return ["clusters", cluster.index, "components", change.component];
}
var clustersByName = /* @__PURE__ */ new WeakMap();
function clusterNamed(fleet2, name) {
  let byName2 = clustersByName.get(fleet2);
  if (!byName2) {
    byName2 = /* @__PURE__ */ new Map();
    for (let cluster of fleet2.clusters) byName2.has(cluster.name) || byName2.set(cluster.name, cluster);
    clustersByName.set(fleet2, byName2);
  }
  return byName2.get(name);
}
function changeSubject(change) {
  return {
    cluster: change.cluster,
    component: change.component,
    ...change.member ? { member: change.member } : {}
  };
}
function moved(context, at2) {
  return context.base !== void 0 && !sameRun(context.baseState(at2), at2.state);
}
function introducedIfMoved(context, at2) {
  return moved(context, at2) ? { introduced: !0 } : {};
}

// src/rules/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/rules/channel-blocked.ts
var channelBlocked = {
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

// src/rules/channel-eol.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var channelEol = {
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

// src/rules/channel-risk.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function riskOf(channel) {
  return channel.split("/")[1] ?? "stable";
}
var channelRisk = {
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
    for (let change of context.changes) {
      let risks = context.component(change.component)?.risks, from = change.fromState?.channel, to = change.toState?.channel;
      !risks || from === void 0 || to === void 0 || !risks.includes(riskOf(to)) || risks.includes(riskOf(from)) || context.report({
        path: changePath(context, change),
        atKey: !0,
        ...changeSubject(change),
        // A refresh off a disallowed risk is a move, whatever the base's riskNotAllowed on the same subject says.
        introduced: !0,
        messageId: "refreshFromRisk",
        data: {
          component: change.component,
          where: change.member ?? change.cluster,
          from,
          fromRisk: riskOf(from),
          to,
          pack: context.policy.pack.name
        }
      });
    }
  }
};

// src/rules/cohort-required.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var cohortRequired = {
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

// src/rules/drift.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/observe/compare.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var RISKS = ["stable", "candidate", "beta", "edge"];
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

// src/rules/drift.ts
var drift = {
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
            let expected = base && describeState(base) !== describeState(head) ? `${describeState(base)} (base) or ${describeState(head)} (head)` : describeState(head);
            context.report({
              ...subject,
              messageId: "notPinned",
              data: { ...data, found: describeObserved(found), expected }
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

// src/rules/hold-freeze.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdFreeze = {
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
    for (let change of context.changes) {
      if (change.to === change.from) continue;
      let cluster = clusters.get(change.cluster) ?? context.baseCluster(change.cluster), freeze = freezes.find((f) => freezeCovers(f, cluster ?? { name: change.cluster }));
      freeze && context.report({
        path: changePath(context, change),
        atKey: !0,
        ...changeSubject(change),
        messageId: "changeDuringFreeze",
        data: {
          component: change.component,
          where: change.member ?? change.cluster,
          from: change.from ?? "new",
          to: change.to ?? "removed",
          scope: scopeOf(freeze, cluster?.wave, change.cluster),
          start: freeze.from,
          end: freeze.to,
          reason: freeze.reason ? ` (${freeze.reason})` : ""
        }
      });
    }
  }
};
function scopeOf(freeze, wave, cluster) {
  return !freeze.waves && !freeze.clusters ? "" : wave !== void 0 && freeze.waves?.includes(wave) ? `of wave ${wave} ` : `of cluster ${cluster} `;
}

// src/rules/hold-required.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var holdRequired = {
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

// src/rules/order-promotion.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var orderPromotion = {
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
        let key = runKey(state);
        found.runs.push({ key, text: `${cluster.name} (${cluster.wave}) runs ${describeState(state)}` }), found.counts.set(key, (found.counts.get(key) ?? 0) + 1);
      }
      return earlierRuns.set(id, found), found;
    };
    for (let change of context.changes) {
      if (change.member || !change.toState) continue;
      let cluster = headClusters.get(change.cluster), wave = cluster?.wave, rank2 = wave === void 0 ? -1 : waves.indexOf(wave);
      if (!cluster || rank2 <= 0) continue;
      let { runs, counts } = runsBefore(change.component, rank2), target = runKey(change.toState), behindCount = runs.length - (counts.get(target) ?? 0);
      if (behindCount === 0) continue;
      let behind = [];
      for (let run of runs) {
        if (behind.length === 5) break;
        run.key !== target && behind.push(run.text);
      }
      context.report({
        path: ["clusters", cluster.index, "components", change.component],
        atKey: !0,
        cluster: change.cluster,
        component: change.component,
        messageId: "aheadOfEarlierWaves",
        data: {
          cluster: change.cluster,
          wave: wave ?? "",
          component: change.component,
          to: change.to ?? "",
          behind: `${behind.join("; ")}${behindCount > 5 ? `; and ${behindCount - 5} more` : ""}`
        }
      });
    }
  }
};
function runKey(state) {
  return JSON.stringify([state.version, state.channel, state.revision]);
}

// src/rules/order-requires.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var orderRequires = {
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
              let meets = (state) => {
                let otherVersion = context.versionOf(other, state);
                return otherVersion !== void 0 && allowed.some((pattern) => otherScheme.matches(otherVersion, pattern));
              }, members = at2.member ? [at2.member] : at2.cluster.members, offending = /* @__PURE__ */ new Map(), metInBase = context.base !== void 0, moved2 = !1, was, to;
              for (let member of members) {
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
                ([shown, names]) => names.length === members.length ? shown : `${shown} on ${names.join(", ")}`
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

// src/rules/order-transition.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/transition/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/transition/reorder.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/transition/limits.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/schemes/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/schemes/calver.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var RELEASE = /^(\d{4})\.([12])$/;
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

// src/policy/schemes/semver.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// stand-in:semver
init_define_ROLLGATE_BUILTIN_PACKS();
import { createRequire as __rollgateCreateRequire23 } from "node:module";
import { basename as __rollgateBasename3, dirname as __rollgateDirname3 } from "node:path";
import { fileURLToPath as __rollgateFileURLToPath3 } from "node:url";
function loadSide3(name) {
  let here = __rollgateFileURLToPath3(import.meta.url), folder = __rollgateBasename3(__rollgateDirname3(here)) === "chunks" ? "./" : "./chunks/";
  return __rollgateCreateRequire23(import.meta.url)(folder + name);
}
var lib2;
function load2() {
  return lib2 || (lib2 = loadSide3("semver.cjs"), parse2 = lib2.parse, valid = lib2.valid, clean = lib2.clean, inc = lib2.inc, diff = lib2.diff, major = lib2.major, minor = lib2.minor, patch = lib2.patch, prerelease = lib2.prerelease, compare = lib2.compare, rcompare = lib2.rcompare, compareLoose = lib2.compareLoose, compareBuild = lib2.compareBuild, sort = lib2.sort, rsort = lib2.rsort, gt = lib2.gt, lt = lib2.lt, eq = lib2.eq, neq = lib2.neq, gte = lib2.gte, lte = lib2.lte, cmp = lib2.cmp, coerce = lib2.coerce, truncate = lib2.truncate, Comparator = lib2.Comparator, Range = lib2.Range, satisfies = lib2.satisfies, toComparators = lib2.toComparators, maxSatisfying = lib2.maxSatisfying, minSatisfying = lib2.minSatisfying, minVersion = lib2.minVersion, validRange = lib2.validRange, outside = lib2.outside, gtr = lib2.gtr, ltr = lib2.ltr, intersects = lib2.intersects, simplifyRange = lib2.simplifyRange, subset = lib2.subset, SemVer = lib2.SemVer, re = lib2.re, src = lib2.src, tokens = lib2.tokens, RELEASE_TYPES = lib2.RELEASE_TYPES, compareIdentifiers = lib2.compareIdentifiers, rcompareIdentifiers = lib2.rcompareIdentifiers, whole2 = lib2, lib2);
}
var later2 = (key) => new Proxy(function() {
}, {
  apply: (_, self, args) => Reflect.apply(load2()[key], self, args),
  construct: (_, args) => Reflect.construct(load2()[key], args),
  get: (_, property) => Reflect.get(load2()[key], property),
  has: (_, property) => Reflect.has(load2()[key], property)
}), parse2 = later2("parse"), valid = later2("valid"), clean = later2("clean"), inc = later2("inc"), diff = later2("diff"), major = later2("major"), minor = later2("minor"), patch = later2("patch"), prerelease = later2("prerelease"), compare = later2("compare"), rcompare = later2("rcompare"), compareLoose = later2("compareLoose"), compareBuild = later2("compareBuild"), sort = later2("sort"), rsort = later2("rsort"), gt = later2("gt"), lt = later2("lt"), eq = later2("eq"), neq = later2("neq"), gte = later2("gte"), lte = later2("lte"), cmp = later2("cmp"), coerce = later2("coerce"), truncate = later2("truncate"), Comparator = later2("Comparator"), Range = later2("Range"), satisfies = later2("satisfies"), toComparators = later2("toComparators"), maxSatisfying = later2("maxSatisfying"), minSatisfying = later2("minSatisfying"), minVersion = later2("minVersion"), validRange = later2("validRange"), outside = later2("outside"), gtr = later2("gtr"), ltr = later2("ltr"), intersects = later2("intersects"), simplifyRange = later2("simplifyRange"), subset = later2("subset"), SemVer = later2("SemVer"), re = later2("re"), src = later2("src"), tokens = later2("tokens");
var RELEASE_TYPES = later2("RELEASE_TYPES"), compareIdentifiers = later2("compareIdentifiers"), rcompareIdentifiers = later2("rcompareIdentifiers"), whole2 = new Proxy({}, {
  get: (_, property) => Reflect.get(load2(), property),
  has: (_, property) => Reflect.has(load2(), property)
});

// src/policy/schemes/semver.ts
var RANGE = /^[\d.xX*<>=~^|\s-]+$/, cache = /* @__PURE__ */ new Map();
function read(version) {
  let parsed = cache.get(version);
  return parsed === void 0 && (parsed = /^v?\d+(\.\d+){0,2}([-+].*)?$/.test(version) ? whole2.parse(version, { loose: !0 }) ?? whole2.coerce(version, { includePrerelease: !0 }) : null, cache.size > 1e4 && cache.clear(), cache.set(version, parsed)), parsed;
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

// src/policy/schemes/tracks.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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

// src/policy/schemes/index.ts
var SCHEMES = {
  semver: semverScheme,
  tracks: tracksScheme,
  calver: calverScheme
};
function createScheme(versioning) {
  return SCHEMES[versioning.scheme](versioning);
}
function sameScheme(a, b) {
  return a.scheme === b.scheme;
}

// src/policy/skew.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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

// src/policy/transition/limits.ts
var limitsByPack = /* @__PURE__ */ new WeakMap(), verdictsByPack = /* @__PURE__ */ new WeakMap(), MAX_VERDICTS = 1e4;
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
  let key = `${index}\0${subject ?? ""}\0${target ?? ""}`, known = setting.verdicts.get(key);
  if (known !== void 0) return known ?? void 0;
  let problem = judgeOnce(setting.policy, limit, subject, target);
  return setting.verdicts.set(key, problem ?? null), problem;
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

// src/policy/transition/walk.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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
    let key = `${first}\0${second}`, answer = before.get(key);
    return answer === void 0 && (answer = !pairwiseBreach(setting, first, second), before.set(key, answer)), answer;
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

// src/policy/transition/setting.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/policy/comparable.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function comparableVersion(policy, component, state) {
  if (!state) return;
  let spec = Object.hasOwn(policy.pack.components, component) ? policy.pack.components[component] : void 0;
  if (!spec) return;
  let raw = spec.versioning.source === "track" ? state.channel?.split("/")[0] : state.version;
  if (raw !== void 0)
    return policy.schemes.get(component)?.isValid(raw) ? raw : void 0;
}

// src/policy/transition/setting.ts
function orderOf(pack, components) {
  let names = new Set(components), known = pack.order.filter((name) => names.has(name)), rest = [...names].filter((name) => !pack.order.includes(name)).sort();
  return [...known, ...rest];
}
var versionOf = comparableVersion;
function settingOf(policy, move) {
  let order = move.members.map((_, index) => index);
  order.sort((a, b) => rank(move.members[a]) - rank(move.members[b]) || a - b);
  let tracks = /* @__PURE__ */ new Map();
  for (let name of move.components) {
    let roles = (Object.hasOwn(policy.pack.components, name) ? policy.pack.components[name] : void 0)?.rollout?.roles, scheme = policy.schemes.get(name), cells = [], byMember = /* @__PURE__ */ new Map();
    for (let member of order) {
      let role = move.members[member]?.role ?? "worker";
      if (roles && !roles.includes(role)) continue;
      let base = versionOf(policy, name, move.base(name, member)), end = versionOf(policy, name, move.head(name, member)) ?? base, moves = end !== void 0 && (base === void 0 || (scheme ? scheme.compare(base, end) !== 0 : base !== end)), cell = { member, base, end, moves, moved: !1 };
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

// src/policy/transition/split.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var MAX_SPLIT_STOPS = 8;
function findSplit(policy, move, breach) {
  let packOrder = orderOf(policy.pack, move.components), moves = [], middle = move.base, current = breach;
  for (let round = 0; round < move.components.length; round++) {
    let candidates = current.subject.component === current.component ? [current.target.component, current.subject.component] : [current.subject.component, current.target.component], progress;
    for (let name of candidates)
      if (!moves.some((m) => m.component === name))
        for (let stop of stopsOf(policy, move, middle, name)) {
          let next = moveTo(policy, move, middle, name, stop), tried = [...moves, { component: name, to: stop }];
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
    moves.push(progress.move), middle = progress.middle, current = progress.breach;
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

// src/rules/order-transition.ts
var orderTransition = {
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
    let moved2 = new Set(context.changes.map((change) => change.cluster));
    if (moved2.size !== 0) {
      for (let { change, from, to } of versionMoves(context)) {
        let rule = refusedBy(context.policy, change.component, from, to);
        rule && severityOf(context.policy, rule, change.component) === "error" && moved2.delete(change.cluster);
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

// src/rules/pins-conflict.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var pinsConflict = {
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
      let key = `${at2.cluster.proxy}\0${at2.component}\0${channel}`, places = pins.get(key);
      places ? places.push(at2) : pins.set(key, [at2]);
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

// src/rules/policy-changed.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERBS = { edited: "edits", added: "adds", removed: "removes", renamed: "renames" }, policyChanged = {
  id: "policy/changed",
  description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs).",
  severity: "warning",
  messages: {
    packChanged: "This change {{verb}} the policy pack {{file}}. It is judged by the base's packs ({{judge}}), so a pack change cannot let itself pass; it takes effect once merged, and needs a reviewer who owns the policy.",
    policyMoved: "The manifest's policy moves from {{from}} to {{to}}. This change is judged by {{from}}, the base's pack; the new one applies from the next change on."
  },
  check(context) {
    let judge2 = context.policy.file;
    for (let change of context.policyChanges)
      context.report({
        path: [],
        at: { file: change.file, line: change.line ?? 1, column: 1 },
        messageId: "packChanged",
        data: { verb: VERBS[change.what], file: change.file, judge: judge2 }
      });
    let base = context.base;
    base && base.fleet.policy !== context.head.fleet.policy && context.report({
      path: ["policy"],
      messageId: "policyMoved",
      data: { from: base.fleet.policy, to: context.head.fleet.policy }
    });
  }
};

// src/rules/schema.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var schema = {
  id: "schema",
  description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read.",
  severity: "error",
  messages: SCHEMA_MESSAGES
};

// src/rules/skew-components.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewComponents = {
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
              let key = `${version}|${of}`;
              if (seen.has(key)) continue;
              seen.add(key);
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

// src/rules/skew-downgrade.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewDowngrade = {
  id: "skew/downgrade",
  description: "Head is older than base: an older version, or a lower revision on the same channel.",
  severity: "error",
  messages: {
    olderVersion: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change.",
    olderRevision: "{{component}} goes back from {{from}} -> {{to}} in {{where}}; in-place downgrades are not supported. To go back, restore from the backup taken before the upgrade, or revert this change."
  },
  check(context) {
    for (let { change, from, to } of versionMoves(context)) {
      let scheme = context.scheme(change.component);
      if (!scheme) continue;
      let order = scheme.compare(from, to), older = order > 0, olderRevision = order === 0 && change.fromState?.channel !== void 0 && change.fromState.channel === change.toState?.channel && (change.toState?.revision ?? 0) < (change.fromState.revision ?? 0);
      !older && !olderRevision || context.report({
        path: changePath(context, change),
        atKey: !0,
        ...changeSubject(change),
        messageId: older ? "olderVersion" : "olderRevision",
        data: {
          component: change.component,
          from: older ? from : change.from ?? "",
          to: older ? to : change.to ?? "",
          where: change.member ?? change.cluster
        }
      });
    }
  }
};

// src/rules/skew-jump.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var NO_PATH = { closed: "jumpFromClosed", "too-far": "jumpTooFar", "no-chain": "jumpNoChain" }, skewJump = {
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
    for (let { change, from, to } of versionMoves(context)) {
      let policy = context.component(change.component), scheme = context.scheme(change.component);
      if (!policy?.jump || !scheme || jumpProblem(scheme, policy.jump, from, to) !== "jump") continue;
      let unit = scheme.unit, distance = scheme.distance(from, to), limit = jumpLimit(scheme, policy.jump, from, to), allows = limit ? describeLimit(limit, unit) : describeJump(policy.jump, unit), path = findUpgradePath(scheme, policy.jump, from, to);
      context.report({
        path: changePath(context, change),
        atKey: !0,
        ...changeSubject(change),
        messageId: path ? "jumpWithPath" : NO_PATH[noPathReason(scheme, policy.jump, from, to)],
        data: {
          component: change.component,
          from,
          to,
          where: change.member ?? change.cluster,
          distance: `${distance} ${unit}${distance === 1 ? "" : "s"}`,
          pack: context.policy.pack.name,
          allows,
          path: path?.join(" -> ") ?? "",
          maxStops: 256,
          unit
        }
      });
    }
  }
};

// src/rules/skew-major.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewMajor = {
  id: "skew/major",
  description: "The major version or track family changes where the pack forbids in-place major upgrades.",
  severity: "error",
  messages: {
    majorChange: "{{component}} {{from}} -> {{to}} in {{where}} changes the major version ({{fromFamily}} to {{toFamily}}); {{pack}} supports no in-place major upgrade. Stay on {{fromFamily}}.x, or migrate out of place."
  },
  check(context) {
    for (let { change, from, to } of versionMoves(context)) {
      let policy = context.component(change.component), scheme = context.scheme(change.component);
      policy?.jump?.major !== "forbid" || !scheme || scheme.family(from) !== scheme.family(to) && context.report({
        path: changePath(context, change),
        atKey: !0,
        ...changeSubject(change),
        messageId: "majorChange",
        data: {
          component: change.component,
          from,
          to,
          where: change.member ?? change.cluster,
          fromFamily: scheme.family(from),
          toFamily: scheme.family(to),
          pack: context.policy.pack.name
        }
      });
    }
  }
};

// src/rules/skew-members.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var skewMembers = {
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

// src/rules/yaml-syntax.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var yamlSyntax = {
  id: "yaml/syntax",
  description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits.",
  severity: "error",
  messages: YAML_SYNTAX_MESSAGES
};

// src/rules/index.ts
var RULES = [
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

// src/findings.ts
function compareFindings(a, b) {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}
var RollgateError = class extends Error {
  name = "RollgateError";
};

export {
  formatMessage,
  schemaFinding,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  YAML_LIMITS,
  positionOf,
  keyPositionOf,
  validatorFor,
  validateSchema,
  parseYamlFile,
  manifestPaths,
  loadManifest,
  memberState,
  waveRollout,
  describeState,
  sameRun,
  runsPin,
  describeObserved,
  createScheme,
  sameScheme,
  comparableVersion,
  jumpLimit,
  findUpgradePath,
  noPathReason,
  describeLimit,
  describeJump,
  planTransition,
  clusterMove,
  orderTransition,
  transitionMessage,
  RULES,
  compareFindings,
  RollgateError
};
