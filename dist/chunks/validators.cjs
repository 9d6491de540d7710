"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

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
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: !0 });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
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

// <stdin>
exports.policy = validate20;
var schema31 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/schemas/policy.schema.json", title: "rollgate policy pack", description: "A system's upgrade rules as data: components, version schemes, order, skew, rollout steps and rule severities.", type: "object", additionalProperties: !1, required: ["apiVersion", "kind", "name", "order", "components"], properties: { $schema: { description: "The JSON Schema editors validate this file with (rollgate ignores it).", type: "string" }, apiVersion: { description: "The pack format version: rollgate/v1.", const: "rollgate/v1" }, kind: { description: "What this file is: PolicyPack.", const: "PolicyPack" }, name: { description: "The pack's name, as a fleet manifest's `policy` names it: lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, description: { description: "What system the pack is for, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up a channel's current revision for every component (`rollgate bump --to CHANNEL`, `rollgate update`); a component may set its own.", $ref: "#/$defs/datasource" }, sources: { description: "The vendor documents the rules come from, by title (and URL where there is one).", type: "array", items: { description: "One vendor document: its title, and what the pack takes from it.", type: "string" } }, order: { description: "The upgrade order of the components: a change moves them in this order, and every component has a place in it.", type: "array", items: { description: "A component name (lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit), one of `components`.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, uniqueItems: !0, minItems: 1 }, strictOrder: { description: "Whether every change keeps `order` (OpenStack's services): the planner never moves a component before one the order puts first, and order/transition fails a change in which a component runs a newer version than one before it in the order (compared where both read their versions with one scheme and the same known versions). Default false: the order is a default the planner leaves when the pack's skew or requires need another (Kubernetes' kubelets, moved before kube-apiserver when they lag too far).", type: "boolean" }, members: { description: "How many members a cluster of this system has (MicroShift: exactly one).", type: "object", additionalProperties: !1, properties: { min: { description: "At least this many members per cluster.", type: "integer", minimum: 1 }, max: { description: "At most this many members per cluster.", type: "integer", minimum: 1 } } }, rules: { description: "The severity of each rule for this pack: error, warning or off. A rule not named here is an error.", $ref: "#/$defs/severities" }, params: { description: "Cluster fields the pack's steps use as placeholders (charmed-etcd: model, application), set per cluster in the manifest's params. One without a default must be set for rollgate plan (exit 2 otherwise); check never asks for it.", type: "object", propertyNames: { description: "A parameter's name: lowercase letters, digits and hyphens, the placeholder its steps write as {name}.", type: "string", pattern: "^[a-z][a-z0-9-]{0,30}$" }, additionalProperties: { description: "A parameter: what it is, and the value where a cluster sets none.", type: "object", additionalProperties: !1, required: ["description"], properties: { description: { description: "What the value is, for the message that asks for it.", type: "string", minLength: 1 }, default: { description: "The value where the cluster sets none (the application's usual name).", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" } } } }, components: { description: "The system's components by name (a snap's, charm's, package's or service's name), each with its versioning and rules.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The component's versioning, upgrade rules and rollout.", $ref: "#/$defs/component" }, minProperties: 1 }, rollout: { description: "How the system is rolled out: approval gates, pins, steps before and after each cluster, rollback.", type: "object", additionalProperties: !1, properties: { pauseAfterMember: { description: "When the rollout waits for approval by default: after the first member (first), after every member (all), or never (none). A cluster may set its own.", enum: ["first", "all", "none"] }, pins: { description: "How revisions are pinned: snap (a store proxy override, or snap refresh --revision without one) or none (the pack pins in its own steps, as juju refresh does).", enum: ["snap", "none"] }, first: { description: "Steps at the start of each cluster's first stage, about the whole cluster (backups).", $ref: "#/$defs/clusterSteps" }, finally: { description: "Steps at the end of each cluster's last stage, about the whole cluster (a final status check).", $ref: "#/$defs/clusterSteps" }, rollback: { description: "Whether the system can be rolled back to the base pins; where not, the plain statement rollback.json carries instead.", oneOf: [{ description: "A rollback plan exists: each changed member back to its base pin.", type: "object", additionalProperties: !1, required: ["supported"], properties: { supported: { description: "true: rollgate writes a rollback plan.", const: !0 } } }, { description: "No rollback plan: the statement says what to do instead.", type: "object", additionalProperties: !1, required: ["supported", "statement"], properties: { supported: { description: "false: rollgate writes no rollback plan.", const: !1 }, statement: { description: "What the operator does instead of a rollback, in the vendor's terms.", type: "string", minLength: 1 } } }] } } } }, $defs: { datasource: { description: "Where rollgate looks up a channel's current revision for `rollgate bump --to CHANNEL` and `rollgate update`: snap-store (the Snap Store API, or an Enterprise Store or Snap Store Proxy given by --store) or charmhub (the Charmhub API, or --charmhub). On the pack, for every component; on a component, for that one. The component's name is the snap's or charm's name in the store. Without one, bump needs the revision (CHANNEL@REVISION).", enum: ["snap-store", "charmhub"] }, severities: { description: "Rule severities by rule id: error, warning or off.", type: "object", additionalProperties: !1, properties: { "yaml/syntax": { description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits. Default: error.", enum: ["error", "warning", "off"] }, schema: { description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read. Default: error.", enum: ["error", "warning", "off"] }, "order/requires": { description: "A component's target needs a version of another component that the cluster will not have. Default: error.", enum: ["error", "warning", "off"] }, "order/promotion": { description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base. Default: error.", enum: ["error", "warning", "off"] }, "order/transition": { description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change. Default: error.", enum: ["error", "warning", "off"] }, "skew/jump": { description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes. Default: error.", enum: ["error", "warning", "off"] }, "skew/downgrade": { description: "Head is older than base: an older version, or a lower revision on the same channel. Default: error.", enum: ["error", "warning", "off"] }, "skew/major": { description: "The major version or track family changes where the pack forbids in-place major upgrades. Default: error.", enum: ["error", "warning", "off"] }, "skew/members": { description: "Members of one cluster would run different versions or revisions. Default: error.", enum: ["error", "warning", "off"] }, "skew/components": { description: "Two components of one cluster are further apart than the pack allows. Default: error.", enum: ["error", "warning", "off"] }, "channel/risk": { description: "A channel's risk is not allowed, in the head or in the base a change refreshes from. Default: error.", enum: ["error", "warning", "off"] }, "channel/eol": { description: "A track or version is past its end of life (a warning when the base already ran it there). Default: error.", enum: ["error", "warning", "off"] }, "channel/blocked": { description: "A version or revision is on the pack's known-bad list (with the reason the pack gives). Default: error.", enum: ["error", "warning", "off"] }, "hold/required": { description: "A component that must be held is not. Default: error.", enum: ["error", "warning", "off"] }, "hold/freeze": { description: "Versions change during a declared freeze of their cluster, its wave or the whole fleet. Default: error.", enum: ["error", "warning", "off"] }, "cohort/required": { description: "A component that must be in a cohort is not. Default: error.", enum: ["error", "warning", "off"] }, "pins/conflict": { description: "Clusters behind the same proxy pin one snap channel to different revisions: within one wave, or without a hold. Default: error.", enum: ["error", "warning", "off"] }, "policy/changed": { description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs). Default: warning.", enum: ["error", "warning", "off"] }, drift: { description: "A member runs what neither the base nor the head pins, or is not held where the manifest holds it. Default: warning.", enum: ["error", "warning", "off"] } } }, condition: { description: "When a step applies to a member: by its workload (live, manual, skip), by whether its cluster has a store proxy (proxy, direct), on the stage's first member (first) or the others (later), by the state its pin declares (held: hold true; unheld: hold false; cohort: cohort true; no-cohort: not; joins-cohort: cohort true where its base is not in the cohort, so it is joined once), or always (the default).", enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later", "held", "unheld", "cohort", "no-cohort", "joins-cohort"] }, step: { description: "One command of the rollout: a name, an argv with {placeholders}, and when and where it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, estimate: { description: "How long the step usually takes, in seconds, once (a retried step: until it first succeeds; an approval wait is not counted). The plan adds these up along its longest chain for the least time a rollout takes (docs/rollout.md#parallel-clusters-and-failure-budgets); a step without one counts as 0.", type: "integer", minimum: 0, maximum: 86400 }, run: { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, when: { description: "When the step applies; a list applies where every condition holds.", oneOf: [{ $ref: "#/$defs/condition" }, { type: "array", items: { $ref: "#/$defs/condition" }, minItems: 1, uniqueItems: !0 }] }, on: { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, expect: { description: "A read-back of the step's output: for each check, the first line `match` (an extended regular expression; placeholders filled and escaped) finds, its last group (no such line reads as empty), must equal `is`, hold `has` or lack `lacks` among its comma-separated items, or equal what the expression `like` finds; or the step fails, naming member, expected and found.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 }, has: { description: "An item the found value lists, comma-separated (snap list's Notes: held).", type: "string", minLength: 1, maxLength: 200 }, lacks: { description: "An item the found value must not list.", type: "string", minLength: 1, maxLength: 200 }, like: { description: "Another expression: its last group, found in the same output, is what the value must equal (an installed version equal to the candidate).", type: "string", minLength: 1, maxLength: 400 }, when: { description: "Where the check applies, as a step's when: held checks a hold only where the pin declares one.", $ref: "#/$defs/step/properties/when" } }, description: "One check: `what`, `match`, and exactly one of `is`, `has`, `lacks` or `like`." } }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, each: { description: "In a component's `before` and `after` only: the step runs once for each member the stage moves, filled with that member's values and kept or dropped by its `when` (MOSK's workload annotations on every node before the update starts).", enum: ["member"] }, reboots: { description: "The step reboots the member: it needs a transport that reaches the member, so the machine that waits for it is never the member.", type: "boolean" } } }, steps: { description: "Steps, run in order.", type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, clusterStep: { description: "A step about the whole cluster, run on its first control member (or its first member), with an optional condition on the versions it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs.", $ref: "#/$defs/step/properties/name" }, estimate: { description: "How long the step usually takes, in seconds, as for a member step.", $ref: "#/$defs/step/properties/estimate" }, run: { description: "The command as an argv, one word per item, with {placeholders}.", $ref: "#/$defs/step/properties/run" }, when: { description: "When the step applies, as for a member step.", $ref: "#/$defs/step/properties/when" }, on: { description: "Where the command runs: on the member (the default) or on the runner.", $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component the cluster must run for the step to run.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", $ref: "#/$defs/step/properties/retry" }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", $ref: "#/$defs/step/properties/unless" }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", $ref: "#/$defs/step/properties/creates" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", $ref: "#/$defs/step/properties/gate" }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", $ref: "#/$defs/step/properties/expect" }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", $ref: "#/$defs/step/properties/onlyIf" }, reboots: { description: "As a member step's reboots.", $ref: "#/$defs/step/properties/reboots" } } }, clusterSteps: { description: "Steps about the whole cluster, run in order.", type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, component: { description: "One component of the system: how its versions are ordered, how far they may move, and how it is rolled out.", type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { description: "What the component is, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up this component's revisions, when not the pack's `datasource`.", $ref: "#/$defs/datasource" }, versioning: { description: "How the component's versions are ordered and named.", type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { description: "How versions are ordered: semver (steps are minor versions), tracks (an ordered list, `versions`) or calver (YYYY.N releases).", enum: ["semver", "tracks", "calver"] }, source: { description: "Where the comparable version is read from: the channel's track (track), or the component's `version` (version).", enum: ["track", "version"] }, versions: { description: "tracks: the tracks in release order (required). semver and calver: the versions the pack knows, for upgrade paths and `rollgate init`.", type: "array", items: { description: "A version or track.", type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { description: "Versions that carry a tag (lts, slurp), for `jump.skip`; calver derives slurp (YYYY.1) itself.", type: "object", additionalProperties: { description: "The versions with this tag.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { description: "tracks: the family of each track, for skew/major; semver and calver derive the major version.", type: "object", additionalProperties: { description: "The track's family.", type: "string" } } }, if: { properties: { scheme: { const: "tracks" } }, required: ["scheme"] }, then: { properties: { versions: { type: "array", minItems: 1 } }, required: ["versions"] } }, jump: { description: "How far one upgrade may go.", type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { description: "The largest step: minor versions (semver), tracks (tracks) or releases (calver).", type: "integer", minimum: 0 }, skip: { description: "A tag (lts, slurp): from a version with it straight to the next version with it is allowed too (LTS to LTS, SLURP to SLURP).", type: "string" }, major: { description: "Whether an in-place upgrade may change the major version or track family (allow) or not (forbid).", enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { description: "One narrower step: a move it matches goes at most `max` steps.", type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { description: "The versions (a version or range) the move starts from; absent: any.", type: "string", minLength: 1, maxLength: 128 }, to: { description: "The versions (a version or range) the move goes to; absent: any.", type: "string", minLength: 1, maxLength: 128 }, max: { description: "The largest step for such a move; 0: no upgrade at all.", type: "integer", minimum: 0 }, note: { description: "Why, in the vendor's words; the finding quotes it.", type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { description: "The channel risks allowed (channel/risk); absent: any.", type: "array", items: { description: "A snap channel risk.", enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { description: "Whether the component must be held from automatic updates (hold/required).", enum: ["required", "optional"] }, cohort: { description: "Whether members must refresh in the snap's cohort (cohort/required).", enum: ["required", "optional"] }, eol: { description: "Versions past their end of life (channel/eol).", type: "array", items: { description: "A version and the day its support ends.", type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { description: "The version or track (or a range).", type: "string", minLength: 1, maxLength: 128 }, date: { description: "The day support ends (YYYY-MM-DD, UTC); after that day the version is past its end of life.", type: "string", format: "date" }, note: { description: "What to do about it, quoted in the finding.", type: "string" } } } }, blocked: { description: "Versions, channels or revisions the vendor has pulled or warned about (channel/blocked).", type: "array", items: { description: "One known-bad version, channel or revision, with the reason.", type: "object", additionalProperties: !1, required: ["reason"], properties: { version: { description: "The version (or range) that is blocked.", type: "string", minLength: 1, maxLength: 128 }, channel: { description: "The channel that is blocked, or whose `revision` is.", type: "string" }, revision: { description: "The revision that is blocked.", type: "integer", minimum: 1 }, reason: { description: "Why, quoted in the finding.", type: "string", minLength: 1 } }, if: { properties: { version: !1, channel: !1, revision: !1 } }, then: { description: "A blocked entry names a `version`, a `channel` or a `revision`.", properties: { version: !0 }, required: ["version"] } } }, requires: { description: "Versions of other components that a version of this one needs (order/requires).", type: "array", items: { description: "A version of this component and what it needs.", type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { description: "The version (or semver range) of this component that has the requirement.", type: "string", minLength: 1, maxLength: 128 }, needs: { description: "For each other component, by name, the versions (or ranges) that go with it.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { description: "How far this component may sit from others in one cluster (skew/components).", type: "array", items: { description: "The distance from one other component, in scheme steps.", type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { description: "The other component, by name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { description: "At most this many steps newer than `of`; 0: never newer.", type: "integer", minimum: 0 }, older: { description: "At most this many steps older than `of`.", type: "integer", minimum: 0 }, skip: { description: "Also allowed: this component on a version with this tag while `of` runs the next version with it (slurp: OpenStack's nodes on the previous SLURP release while the controllers run the next).", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" } } } }, rules: { description: "Severities for this component alone, over the pack's `rules`.", $ref: "#/$defs/severities" }, rollout: { description: "How a stage rolls the component out across a cluster's members.", type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { description: "serial: one member after another; parallel: every member at once.", enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { description: "Steps once at the start of the stage (a backup, a pre-refresh check).", $ref: "#/$defs/steps" }, member: { description: "Steps for each member, in order (evacuate, refresh, health, restore).", $ref: "#/$defs/steps" }, after: { description: "Steps once at the end of the stage.", $ref: "#/$defs/steps" }, rollback: { description: "Steps for each member that take it back to its base pin; default: the `member` steps with the base pins.", $ref: "#/$defs/steps" }, downgrade: { description: "Going back to a lower version (what check calls skew/downgrade). supported: true only where the vendor names it as its rollback, with its words in note; otherwise the statement a rollback plan gives instead of commands (the vendor's recovery pointer). Absent: not supported.", oneOf: [{ type: "object", additionalProperties: !1, required: ["supported", "note"], properties: { supported: { description: "The vendor supports this way back.", const: !0 }, note: { description: "The vendor's words for it.", type: "string", minLength: 1 } } }, { type: "object", additionalProperties: !1, required: ["supported", "statement"], properties: { supported: { description: "No vendor-supported way back.", const: !1 }, statement: { description: "What to do instead: the vendor's recovery pointer.", type: "string", minLength: 1 } } }] } } } } } } }, schema32 = { description: "Where rollgate looks up a channel's current revision for `rollgate bump --to CHANNEL` and `rollgate update`: snap-store (the Snap Store API, or an Enterprise Store or Snap Store Proxy given by --store) or charmhub (the Charmhub API, or --charmhub). On the pack, for every component; on a component, for that one. The component's name is the snap's or charm's name in the store. Without one, bump needs the revision (CHANNEL@REVISION).", enum: ["snap-store", "charmhub"] }, schema33 = { description: "Rule severities by rule id: error, warning or off.", type: "object", additionalProperties: !1, properties: { "yaml/syntax": { description: "The file does not parse as YAML 1.2 (at its line and column), has a duplicate key, is not UTF-8 text, or passes the size, nesting or alias limits. Default: error.", enum: ["error", "warning", "off"] }, schema: { description: "The manifest or a pack breaks its schema (at the line of the offending node), names an unknown pack or component, or writes a version its scheme cannot read. Default: error.", enum: ["error", "warning", "off"] }, "order/requires": { description: "A component's target needs a version of another component that the cluster will not have. Default: error.", enum: ["error", "warning", "off"] }, "order/promotion": { description: "A cluster moves to a version that the clusters of an earlier wave do not already run in the base. Default: error.", enum: ["error", "warning", "off"] }, "order/transition": { description: "No order of a change's moves, one component and one member at a time, keeps every state between base and head within the pack's skew, requires and strict order; the message names the first state that breaks one and how to split the change. Default: error.", enum: ["error", "warning", "off"] }, "skew/jump": { description: "Base to head jumps further than the pack allows; the message names the largest step and a path that passes. Default: error.", enum: ["error", "warning", "off"] }, "skew/downgrade": { description: "Head is older than base: an older version, or a lower revision on the same channel. Default: error.", enum: ["error", "warning", "off"] }, "skew/major": { description: "The major version or track family changes where the pack forbids in-place major upgrades. Default: error.", enum: ["error", "warning", "off"] }, "skew/members": { description: "Members of one cluster would run different versions or revisions. Default: error.", enum: ["error", "warning", "off"] }, "skew/components": { description: "Two components of one cluster are further apart than the pack allows. Default: error.", enum: ["error", "warning", "off"] }, "channel/risk": { description: "A channel's risk is not allowed, in the head or in the base a change refreshes from. Default: error.", enum: ["error", "warning", "off"] }, "channel/eol": { description: "A track or version is past its end of life (a warning when the base already ran it there). Default: error.", enum: ["error", "warning", "off"] }, "channel/blocked": { description: "A version or revision is on the pack's known-bad list (with the reason the pack gives). Default: error.", enum: ["error", "warning", "off"] }, "hold/required": { description: "A component that must be held is not. Default: error.", enum: ["error", "warning", "off"] }, "hold/freeze": { description: "Versions change during a declared freeze of their cluster, its wave or the whole fleet. Default: error.", enum: ["error", "warning", "off"] }, "cohort/required": { description: "A component that must be in a cohort is not. Default: error.", enum: ["error", "warning", "off"] }, "pins/conflict": { description: "Clusters behind the same proxy pin one snap channel to different revisions: within one wave, or without a hold. Default: error.", enum: ["error", "warning", "off"] }, "policy/changed": { description: "The change edits a policy pack or the manifest's `policy` (the check always judges by the base's packs). Default: warning.", enum: ["error", "warning", "off"] }, drift: { description: "A member runs what neither the base nor the head pins, or is not held where the manifest holds it. Default: warning.", enum: ["error", "warning", "off"] } } }, func1 = Object.prototype.hasOwnProperty, func3 = require_ucs2length().default, pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u"), pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u"), pattern6 = new RegExp("^[a-z][a-z0-9-]{0,30}$", "u"), pattern7 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", "u"), schema34 = { description: "One component of the system: how its versions are ordered, how far they may move, and how it is rolled out.", type: "object", additionalProperties: !1, required: ["versioning"], properties: { description: { description: "What the component is, in a sentence.", type: "string" }, datasource: { description: "Where rollgate looks up this component's revisions, when not the pack's `datasource`.", $ref: "#/$defs/datasource" }, versioning: { description: "How the component's versions are ordered and named.", type: "object", additionalProperties: !1, required: ["scheme", "source"], properties: { scheme: { description: "How versions are ordered: semver (steps are minor versions), tracks (an ordered list, `versions`) or calver (YYYY.N releases).", enum: ["semver", "tracks", "calver"] }, source: { description: "Where the comparable version is read from: the channel's track (track), or the component's `version` (version).", enum: ["track", "version"] }, versions: { description: "tracks: the tracks in release order (required). semver and calver: the versions the pack knows, for upgrade paths and `rollgate init`.", type: "array", items: { description: "A version or track.", type: "string", minLength: 1, maxLength: 128 }, uniqueItems: !0 }, tags: { description: "Versions that carry a tag (lts, slurp), for `jump.skip`; calver derives slurp (YYYY.1) itself.", type: "object", additionalProperties: { description: "The versions with this tag.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 } } }, families: { description: "tracks: the family of each track, for skew/major; semver and calver derive the major version.", type: "object", additionalProperties: { description: "The track's family.", type: "string" } } }, if: { properties: { scheme: { const: "tracks" } }, required: ["scheme"] }, then: { properties: { versions: { type: "array", minItems: 1 } }, required: ["versions"] } }, jump: { description: "How far one upgrade may go.", type: "object", additionalProperties: !1, required: ["max", "major"], properties: { max: { description: "The largest step: minor versions (semver), tracks (tracks) or releases (calver).", type: "integer", minimum: 0 }, skip: { description: "A tag (lts, slurp): from a version with it straight to the next version with it is allowed too (LTS to LTS, SLURP to SLURP).", type: "string" }, major: { description: "Whether an in-place upgrade may change the major version or track family (allow) or not (forbid).", enum: ["allow", "forbid"] }, limits: { description: "Narrower steps for some moves: where `from` and `to` (versions or ranges, as in `requires`) match, one upgrade goes at most `max` (0: none at all).", type: "array", maxItems: 16, items: { description: "One narrower step: a move it matches goes at most `max` steps.", type: "object", additionalProperties: !1, required: ["max", "note"], properties: { from: { description: "The versions (a version or range) the move starts from; absent: any.", type: "string", minLength: 1, maxLength: 128 }, to: { description: "The versions (a version or range) the move goes to; absent: any.", type: "string", minLength: 1, maxLength: 128 }, max: { description: "The largest step for such a move; 0: no upgrade at all.", type: "integer", minimum: 0 }, note: { description: "Why, in the vendor's words; the finding quotes it.", type: "string", minLength: 1, maxLength: 300 } } } } } }, risks: { description: "The channel risks allowed (channel/risk); absent: any.", type: "array", items: { description: "A snap channel risk.", enum: ["stable", "candidate", "beta", "edge"] }, uniqueItems: !0 }, hold: { description: "Whether the component must be held from automatic updates (hold/required).", enum: ["required", "optional"] }, cohort: { description: "Whether members must refresh in the snap's cohort (cohort/required).", enum: ["required", "optional"] }, eol: { description: "Versions past their end of life (channel/eol).", type: "array", items: { description: "A version and the day its support ends.", type: "object", additionalProperties: !1, required: ["version", "date"], properties: { version: { description: "The version or track (or a range).", type: "string", minLength: 1, maxLength: 128 }, date: { description: "The day support ends (YYYY-MM-DD, UTC); after that day the version is past its end of life.", type: "string", format: "date" }, note: { description: "What to do about it, quoted in the finding.", type: "string" } } } }, blocked: { description: "Versions, channels or revisions the vendor has pulled or warned about (channel/blocked).", type: "array", items: { description: "One known-bad version, channel or revision, with the reason.", type: "object", additionalProperties: !1, required: ["reason"], properties: { version: { description: "The version (or range) that is blocked.", type: "string", minLength: 1, maxLength: 128 }, channel: { description: "The channel that is blocked, or whose `revision` is.", type: "string" }, revision: { description: "The revision that is blocked.", type: "integer", minimum: 1 }, reason: { description: "Why, quoted in the finding.", type: "string", minLength: 1 } }, if: { properties: { version: !1, channel: !1, revision: !1 } }, then: { description: "A blocked entry names a `version`, a `channel` or a `revision`.", properties: { version: !0 }, required: ["version"] } } }, requires: { description: "Versions of other components that a version of this one needs (order/requires).", type: "array", items: { description: "A version of this component and what it needs.", type: "object", additionalProperties: !1, required: ["version", "needs"], properties: { version: { description: "The version (or semver range) of this component that has the requirement.", type: "string", minLength: 1, maxLength: 128 }, needs: { description: "For each other component, by name, the versions (or ranges) that go with it.", type: "object", propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } } } } }, skew: { description: "How far this component may sit from others in one cluster (skew/components).", type: "array", items: { description: "The distance from one other component, in scheme steps.", type: "object", additionalProperties: !1, required: ["of", "newer", "older"], properties: { of: { description: "The other component, by name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, newer: { description: "At most this many steps newer than `of`; 0: never newer.", type: "integer", minimum: 0 }, older: { description: "At most this many steps older than `of`.", type: "integer", minimum: 0 }, skip: { description: "Also allowed: this component on a version with this tag while `of` runs the next version with it (slurp: OpenStack's nodes on the previous SLURP release while the controllers run the next).", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" } } } }, rules: { description: "Severities for this component alone, over the pack's `rules`.", $ref: "#/$defs/severities" }, rollout: { description: "How a stage rolls the component out across a cluster's members.", type: "object", additionalProperties: !1, required: ["strategy", "member"], properties: { strategy: { description: "serial: one member after another; parallel: every member at once.", enum: ["serial", "parallel"] }, roles: { description: "The members the stage runs on, by role; absent: every member.", type: "array", items: { enum: ["control", "worker"] }, minItems: 1, uniqueItems: !0 }, before: { description: "Steps once at the start of the stage (a backup, a pre-refresh check).", $ref: "#/$defs/steps" }, member: { description: "Steps for each member, in order (evacuate, refresh, health, restore).", $ref: "#/$defs/steps" }, after: { description: "Steps once at the end of the stage.", $ref: "#/$defs/steps" }, rollback: { description: "Steps for each member that take it back to its base pin; default: the `member` steps with the base pins.", $ref: "#/$defs/steps" }, downgrade: { description: "Going back to a lower version (what check calls skew/downgrade). supported: true only where the vendor names it as its rollback, with its words in note; otherwise the statement a rollback plan gives instead of commands (the vendor's recovery pointer). Absent: not supported.", oneOf: [{ type: "object", additionalProperties: !1, required: ["supported", "note"], properties: { supported: { description: "The vendor supports this way back.", const: !0 }, note: { description: "The vendor's words for it.", type: "string", minLength: 1 } } }, { type: "object", additionalProperties: !1, required: ["supported", "statement"], properties: { supported: { description: "No vendor-supported way back.", const: !1 }, statement: { description: "What to do instead: the vendor's recovery pointer.", type: "string", minLength: 1 } } }] } } } } }, func0 = require_equal().default, formats0 = require_formats().fullFormats.date, schema37 = { description: "Steps, run in order.", type: "array", items: { $ref: "#/$defs/step" }, maxItems: 32 }, schema38 = { description: "One command of the rollout: a name, an argv with {placeholders}, and when and where it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, estimate: { description: "How long the step usually takes, in seconds, once (a retried step: until it first succeeds; an approval wait is not counted). The plan adds these up along its longest chain for the least time a rollout takes (docs/rollout.md#parallel-clusters-and-failure-budgets); a step without one counts as 0.", type: "integer", minimum: 0, maximum: 86400 }, run: { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, when: { description: "When the step applies; a list applies where every condition holds.", oneOf: [{ $ref: "#/$defs/condition" }, { type: "array", items: { $ref: "#/$defs/condition" }, minItems: 1, uniqueItems: !0 }] }, on: { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, expect: { description: "A read-back of the step's output: for each check, the first line `match` (an extended regular expression; placeholders filled and escaped) finds, its last group (no such line reads as empty), must equal `is`, hold `has` or lack `lacks` among its comma-separated items, or equal what the expression `like` finds; or the step fails, naming member, expected and found.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 }, has: { description: "An item the found value lists, comma-separated (snap list's Notes: held).", type: "string", minLength: 1, maxLength: 200 }, lacks: { description: "An item the found value must not list.", type: "string", minLength: 1, maxLength: 200 }, like: { description: "Another expression: its last group, found in the same output, is what the value must equal (an installed version equal to the candidate).", type: "string", minLength: 1, maxLength: 400 }, when: { description: "Where the check applies, as a step's when: held checks a hold only where the pin declares one.", $ref: "#/$defs/step/properties/when" } }, description: "One check: `what`, `match`, and exactly one of `is`, `has`, `lacks` or `like`." } }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, each: { description: "In a component's `before` and `after` only: the step runs once for each member the stage moves, filled with that member's values and kept or dropped by its `when` (MOSK's workload annotations on every node before the update starts).", enum: ["member"] }, reboots: { description: "The step reboots the member: it needs a transport that reaches the member, so the machine that waits for it is never the member.", type: "boolean" } } }, schema39 = { description: "When a step applies to a member: by its workload (live, manual, skip), by whether its cluster has a store proxy (proxy, direct), on the stage's first member (first) or the others (later), by the state its pin declares (held: hold true; unheld: hold false; cohort: cohort true; no-cohort: not; joins-cohort: cohort true where its base is not in the cohort, so it is joined once), or always (the default).", enum: ["live", "manual", "skip", "proxy", "direct", "always", "first", "later", "held", "unheld", "cohort", "no-cohort", "joins-cohort"] }, pattern12 = new RegExp("^[a-z0-9][a-z0-9-]{0,40}$", "u"), pattern13 = new RegExp("^[1-9][0-9]{0,5}[smh]$", "u"), pattern15 = new RegExp("^/", "u"), schema41 = { description: "When the step applies; a list applies where every condition holds.", oneOf: [{ $ref: "#/$defs/condition" }, { type: "array", items: { $ref: "#/$defs/condition" }, minItems: 1, uniqueItems: !0 }] };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate24.evaluated;
  evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0);
  let _errs0 = errors, valid0 = !1, passing0 = null, _errs1 = errors;
  if (!(data === "live" || data === "manual" || data === "skip" || data === "proxy" || data === "direct" || data === "always" || data === "first" || data === "later" || data === "held" || data === "unheld" || data === "cohort" || data === "no-cohort" || data === "joins-cohort")) {
    let err0 = { instancePath, schemaPath: "#/$defs/condition/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data };
    vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
  }
  var _valid0 = _errs1 === errors;
  _valid0 && (valid0 = !0, passing0 = 0);
  let _errs3 = errors;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema41.oneOf[1], data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(data0 === "live" || data0 === "manual" || data0 === "skip" || data0 === "proxy" || data0 === "direct" || data0 === "always" || data0 === "first" || data0 === "later" || data0 === "held" || data0 === "unheld" || data0 === "cohort" || data0 === "no-cohort" || data0 === "joins-cohort")) {
        let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/condition/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    let i1 = data.length, j0;
    if (i1 > 1) {
      outer0: for (; i1--; )
        for (j0 = i1; j0--; )
          if (func0(data[i1], data[j0])) {
            let err3 = { instancePath, schemaPath: "#/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema41.oneOf[1], data };
            vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
            break outer0;
          }
    }
  } else {
    let err4 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.oneOf[1].type, parentSchema: schema41.oneOf[1], data };
    vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0)
    valid0 = !1, passing0 = [passing0, 1];
  else if (_valid0) {
    valid0 = !0, passing0 = 1;
    var items0 = !0;
  }
  if (valid0)
    errors = _errs0, vErrors !== null && (_errs0 ? vErrors.length = _errs0 : vErrors = null);
  else {
    let err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.oneOf, parentSchema: schema41, data };
    vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
  }
  return validate24.errors = vErrors, evaluated0.items = items0, errors === 0;
}
validate24.evaluated = { dynamicProps: !1, dynamicItems: !0 };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema38.required, parentSchema: schema38, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.run === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema38.required, parentSchema: schema38, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema38.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema38, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern12.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema38.properties.name, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.name.type, parentSchema: schema38.properties.name, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.estimate !== void 0) {
      let data1 = data.estimate;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        let err5 = { instancePath: instancePath + "/estimate", schemaPath: "#/properties/estimate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.properties.estimate.type, parentSchema: schema38.properties.estimate, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 86400 || isNaN(data1)) {
          let err6 = { instancePath: instancePath + "/estimate", schemaPath: "#/properties/estimate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema38.properties.estimate, data: data1 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          let err7 = { instancePath: instancePath + "/estimate", schemaPath: "#/properties/estimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema38.properties.estimate, data: data1 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          let err8 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.run, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 == "string") {
            if (func3(data3) > 400) {
              let err9 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.run.items, data: data3 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
            if (func3(data3) < 1) {
              let err10 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.run.items, data: data3 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.run.items.type, parentSchema: schema38.properties.run.items, data: data3 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
      } else {
        let err12 = { instancePath: instancePath + "/run", schemaPath: "#/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.run.type, parentSchema: schema38.properties.run, data: data2 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.when !== void 0) {
      let data4 = data.when, _errs11 = errors, valid3 = !1, passing0 = null, _errs12 = errors;
      if (!(data4 === "live" || data4 === "manual" || data4 === "skip" || data4 === "proxy" || data4 === "direct" || data4 === "always" || data4 === "first" || data4 === "later" || data4 === "held" || data4 === "unheld" || data4 === "cohort" || data4 === "no-cohort" || data4 === "joins-cohort")) {
        let err13 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/condition/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data4 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
      var _valid0 = _errs12 === errors;
      _valid0 && (valid3 = !0, passing0 = 0);
      let _errs14 = errors;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          let err14 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.when.oneOf[1], data: data4 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        let len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (!(data5 === "live" || data5 === "manual" || data5 === "skip" || data5 === "proxy" || data5 === "direct" || data5 === "always" || data5 === "first" || data5 === "later" || data5 === "held" || data5 === "unheld" || data5 === "cohort" || data5 === "no-cohort" || data5 === "joins-cohort")) {
            let err15 = { instancePath: instancePath + "/when/" + i1, schemaPath: "#/$defs/condition/enum", keyword: "enum", params: { allowedValues: schema39.enum }, message: "must be equal to one of the allowed values", schema: schema39.enum, parentSchema: schema39, data: data5 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        let i2 = data4.length, j0;
        if (i2 > 1) {
          outer0: for (; i2--; )
            for (j0 = i2; j0--; )
              if (func0(data4[i2], data4[j0])) {
                let err16 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/oneOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema38.properties.when.oneOf[1], data: data4 };
                vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                break outer0;
              }
        }
      } else {
        let err17 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.when.oneOf[1].type, parentSchema: schema38.properties.when.oneOf[1], data: data4 };
        vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
      }
      var _valid0 = _errs14 === errors;
      if (_valid0 && valid3 ? (valid3 = !1, passing0 = [passing0, 1]) : _valid0 && (valid3 = !0, passing0 = 1), valid3)
        errors = _errs11, vErrors !== null && (_errs11 ? vErrors.length = _errs11 : vErrors = null);
      else {
        let err18 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema38.properties.when.oneOf, parentSchema: schema38.properties.when, data: data4 };
        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
      }
    }
    if (data.on !== void 0) {
      let data6 = data.on;
      if (!(data6 === "member" || data6 === "runner" || data6 === "control")) {
        let err19 = { instancePath: instancePath + "/on", schemaPath: "#/properties/on/enum", keyword: "enum", params: { allowedValues: schema38.properties.on.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.on.enum, parentSchema: schema38.properties.on, data: data6 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.retry !== void 0) {
      let data7 = data.retry;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (data7.timeout === void 0) {
          let err20 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/required", keyword: "required", params: { missingProperty: "timeout" }, message: "must have required property 'timeout'", schema: schema38.properties.retry.required, parentSchema: schema38.properties.retry, data: data7 };
          vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
        }
        if (data7.every === void 0) {
          let err21 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema38.properties.retry.required, parentSchema: schema38.properties.retry, data: data7 };
          vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
        }
        for (let key1 in data7)
          if (!(key1 === "timeout" || key1 === "every")) {
            let err22 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema38.properties.retry, data: data7 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        if (data7.timeout !== void 0) {
          let data8 = data7.timeout;
          if (typeof data8 == "string") {
            if (!pattern13.test(data8)) {
              let err23 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/properties/retry/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema38.properties.retry.properties.timeout, data: data8 };
              vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
            }
          } else {
            let err24 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/properties/retry/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.retry.properties.timeout.type, parentSchema: schema38.properties.retry.properties.timeout, data: data8 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data7.every !== void 0) {
          let data9 = data7.every;
          if (typeof data9 == "string") {
            if (!pattern13.test(data9)) {
              let err25 = { instancePath: instancePath + "/retry/every", schemaPath: "#/properties/retry/properties/every/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema38.properties.retry.properties.every, data: data9 };
              vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
            }
          } else {
            let err26 = { instancePath: instancePath + "/retry/every", schemaPath: "#/properties/retry/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.retry.properties.every.type, parentSchema: schema38.properties.retry.properties.every, data: data9 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/retry", schemaPath: "#/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.retry.type, parentSchema: schema38.properties.retry, data: data7 };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.unless !== void 0) {
      let data10 = data.unless;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          let err28 = { instancePath: instancePath + "/unless", schemaPath: "#/properties/unless/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.unless, data: data10 };
          vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
        }
        let len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          let data11 = data10[i3];
          if (typeof data11 == "string") {
            if (func3(data11) > 400) {
              let err29 = { instancePath: instancePath + "/unless/" + i3, schemaPath: "#/properties/unless/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.unless.items, data: data11 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
            if (func3(data11) < 1) {
              let err30 = { instancePath: instancePath + "/unless/" + i3, schemaPath: "#/properties/unless/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.unless.items, data: data11 };
              vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
            }
          } else {
            let err31 = { instancePath: instancePath + "/unless/" + i3, schemaPath: "#/properties/unless/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.unless.items.type, parentSchema: schema38.properties.unless.items, data: data11 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
      } else {
        let err32 = { instancePath: instancePath + "/unless", schemaPath: "#/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.unless.type, parentSchema: schema38.properties.unless, data: data10 };
        vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
      }
    }
    if (data.creates !== void 0) {
      let data12 = data.creates;
      if (typeof data12 == "string") {
        if (func3(data12) > 400) {
          let err33 = { instancePath: instancePath + "/creates", schemaPath: "#/properties/creates/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.creates, data: data12 };
          vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
        }
        if (func3(data12) < 2) {
          let err34 = { instancePath: instancePath + "/creates", schemaPath: "#/properties/creates/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema38.properties.creates, data: data12 };
          vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
        }
        if (!pattern15.test(data12)) {
          let err35 = { instancePath: instancePath + "/creates", schemaPath: "#/properties/creates/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema38.properties.creates, data: data12 };
          vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
        }
      } else {
        let err36 = { instancePath: instancePath + "/creates", schemaPath: "#/properties/creates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.creates.type, parentSchema: schema38.properties.creates, data: data12 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data13 = data.gate;
      if (data13 !== "before") {
        let err37 = { instancePath: instancePath + "/gate", schemaPath: "#/properties/gate/enum", keyword: "enum", params: { allowedValues: schema38.properties.gate.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.gate.enum, parentSchema: schema38.properties.gate, data: data13 };
        vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
      }
    }
    if (data.expect !== void 0) {
      let data14 = data.expect;
      if (Array.isArray(data14)) {
        if (data14.length > 8) {
          let err38 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema38.properties.expect, data: data14 };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
        if (data14.length < 1) {
          let err39 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.expect, data: data14 };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
        let len3 = data14.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data15 = data14[i4];
          if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
            if (data15.what === void 0) {
              let err40 = { instancePath: instancePath + "/expect/" + i4, schemaPath: "#/properties/expect/items/required", keyword: "required", params: { missingProperty: "what" }, message: "must have required property 'what'", schema: schema38.properties.expect.items.required, parentSchema: schema38.properties.expect.items, data: data15 };
              vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
            }
            if (data15.match === void 0) {
              let err41 = { instancePath: instancePath + "/expect/" + i4, schemaPath: "#/properties/expect/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema38.properties.expect.items.required, parentSchema: schema38.properties.expect.items, data: data15 };
              vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
            }
            for (let key2 in data15)
              if (!(key2 === "what" || key2 === "match" || key2 === "is" || key2 === "has" || key2 === "lacks" || key2 === "like" || key2 === "when")) {
                let err42 = { instancePath: instancePath + "/expect/" + i4, schemaPath: "#/properties/expect/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema38.properties.expect.items, data: data15 };
                vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
              }
            if (data15.what !== void 0) {
              let data16 = data15.what;
              if (typeof data16 == "string") {
                if (func3(data16) > 200) {
                  let err43 = { instancePath: instancePath + "/expect/" + i4 + "/what", schemaPath: "#/properties/expect/items/properties/what/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema38.properties.expect.items.properties.what, data: data16 };
                  vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                }
                if (func3(data16) < 1) {
                  let err44 = { instancePath: instancePath + "/expect/" + i4 + "/what", schemaPath: "#/properties/expect/items/properties/what/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.expect.items.properties.what, data: data16 };
                  vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                }
              } else {
                let err45 = { instancePath: instancePath + "/expect/" + i4 + "/what", schemaPath: "#/properties/expect/items/properties/what/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.what.type, parentSchema: schema38.properties.expect.items.properties.what, data: data16 };
                vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
              }
            }
            if (data15.match !== void 0) {
              let data17 = data15.match;
              if (typeof data17 == "string") {
                if (func3(data17) > 400) {
                  let err46 = { instancePath: instancePath + "/expect/" + i4 + "/match", schemaPath: "#/properties/expect/items/properties/match/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.expect.items.properties.match, data: data17 };
                  vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                }
                if (func3(data17) < 1) {
                  let err47 = { instancePath: instancePath + "/expect/" + i4 + "/match", schemaPath: "#/properties/expect/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.expect.items.properties.match, data: data17 };
                  vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                }
              } else {
                let err48 = { instancePath: instancePath + "/expect/" + i4 + "/match", schemaPath: "#/properties/expect/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.match.type, parentSchema: schema38.properties.expect.items.properties.match, data: data17 };
                vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
              }
            }
            if (data15.is !== void 0) {
              let data18 = data15.is;
              if (typeof data18 == "string") {
                if (func3(data18) > 400) {
                  let err49 = { instancePath: instancePath + "/expect/" + i4 + "/is", schemaPath: "#/properties/expect/items/properties/is/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.expect.items.properties.is, data: data18 };
                  vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                }
              } else {
                let err50 = { instancePath: instancePath + "/expect/" + i4 + "/is", schemaPath: "#/properties/expect/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.is.type, parentSchema: schema38.properties.expect.items.properties.is, data: data18 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
            if (data15.has !== void 0) {
              let data19 = data15.has;
              if (typeof data19 == "string") {
                if (func3(data19) > 200) {
                  let err51 = { instancePath: instancePath + "/expect/" + i4 + "/has", schemaPath: "#/properties/expect/items/properties/has/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema38.properties.expect.items.properties.has, data: data19 };
                  vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
                }
                if (func3(data19) < 1) {
                  let err52 = { instancePath: instancePath + "/expect/" + i4 + "/has", schemaPath: "#/properties/expect/items/properties/has/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.expect.items.properties.has, data: data19 };
                  vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
                }
              } else {
                let err53 = { instancePath: instancePath + "/expect/" + i4 + "/has", schemaPath: "#/properties/expect/items/properties/has/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.has.type, parentSchema: schema38.properties.expect.items.properties.has, data: data19 };
                vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
              }
            }
            if (data15.lacks !== void 0) {
              let data20 = data15.lacks;
              if (typeof data20 == "string") {
                if (func3(data20) > 200) {
                  let err54 = { instancePath: instancePath + "/expect/" + i4 + "/lacks", schemaPath: "#/properties/expect/items/properties/lacks/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema38.properties.expect.items.properties.lacks, data: data20 };
                  vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                }
                if (func3(data20) < 1) {
                  let err55 = { instancePath: instancePath + "/expect/" + i4 + "/lacks", schemaPath: "#/properties/expect/items/properties/lacks/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.expect.items.properties.lacks, data: data20 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = { instancePath: instancePath + "/expect/" + i4 + "/lacks", schemaPath: "#/properties/expect/items/properties/lacks/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.lacks.type, parentSchema: schema38.properties.expect.items.properties.lacks, data: data20 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
            if (data15.like !== void 0) {
              let data21 = data15.like;
              if (typeof data21 == "string") {
                if (func3(data21) > 400) {
                  let err57 = { instancePath: instancePath + "/expect/" + i4 + "/like", schemaPath: "#/properties/expect/items/properties/like/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.expect.items.properties.like, data: data21 };
                  vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
                }
                if (func3(data21) < 1) {
                  let err58 = { instancePath: instancePath + "/expect/" + i4 + "/like", schemaPath: "#/properties/expect/items/properties/like/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.expect.items.properties.like, data: data21 };
                  vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
                }
              } else {
                let err59 = { instancePath: instancePath + "/expect/" + i4 + "/like", schemaPath: "#/properties/expect/items/properties/like/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.expect.items.properties.like.type, parentSchema: schema38.properties.expect.items.properties.like, data: data21 };
                vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
              }
            }
            data15.when !== void 0 && (validate24(data15.when, { instancePath: instancePath + "/expect/" + i4 + "/when", parentData: data15, parentDataProperty: "when", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors), errors = vErrors.length));
          } else {
            let err60 = { instancePath: instancePath + "/expect/" + i4, schemaPath: "#/properties/expect/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.properties.expect.items.type, parentSchema: schema38.properties.expect.items, data: data15 };
            vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
          }
        }
      } else {
        let err61 = { instancePath: instancePath + "/expect", schemaPath: "#/properties/expect/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.expect.type, parentSchema: schema38.properties.expect, data: data14 };
        vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
      }
    }
    if (data.onlyIf !== void 0) {
      let data23 = data.onlyIf;
      if (Array.isArray(data23)) {
        if (data23.length < 1) {
          let err62 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/properties/onlyIf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema38.properties.onlyIf, data: data23 };
          vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
        }
        let len4 = data23.length;
        for (let i5 = 0; i5 < len4; i5++) {
          let data24 = data23[i5];
          if (typeof data24 == "string") {
            if (func3(data24) > 400) {
              let err63 = { instancePath: instancePath + "/onlyIf/" + i5, schemaPath: "#/properties/onlyIf/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema38.properties.onlyIf.items, data: data24 };
              vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
            }
            if (func3(data24) < 1) {
              let err64 = { instancePath: instancePath + "/onlyIf/" + i5, schemaPath: "#/properties/onlyIf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38.properties.onlyIf.items, data: data24 };
              vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
            }
          } else {
            let err65 = { instancePath: instancePath + "/onlyIf/" + i5, schemaPath: "#/properties/onlyIf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.onlyIf.items.type, parentSchema: schema38.properties.onlyIf.items, data: data24 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
      } else {
        let err66 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/properties/onlyIf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.onlyIf.type, parentSchema: schema38.properties.onlyIf, data: data23 };
        vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
      }
    }
    if (data.each !== void 0) {
      let data25 = data.each;
      if (data25 !== "member") {
        let err67 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/enum", keyword: "enum", params: { allowedValues: schema38.properties.each.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.each.enum, parentSchema: schema38.properties.each, data: data25 };
        vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
      }
    }
    if (data.reboots !== void 0) {
      let data26 = data.reboots;
      if (typeof data26 != "boolean") {
        let err68 = { instancePath: instancePath + "/reboots", schemaPath: "#/properties/reboots/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema38.properties.reboots.type, parentSchema: schema38.properties.reboots, data: data26 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
  } else {
    let err69 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
  }
  return validate23.errors = vErrors, errors === 0;
}
validate23.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema37, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate23(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors), errors = vErrors.length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema37.type, parentSchema: schema37, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate22.errors = vErrors, errors === 0;
}
validate22.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.versioning === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "versioning" }, message: "must have required property 'versioning'", schema: schema34.required, parentSchema: schema34, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema34.properties, key0)) {
        let err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34, data };
        vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
      }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 != "string") {
        let err2 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.description.type, parentSchema: schema34.properties.description, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data.datasource !== void 0) {
      let data1 = data.datasource;
      if (!(data1 === "snap-store" || data1 === "charmhub")) {
        let err3 = { instancePath: instancePath + "/datasource", schemaPath: "#/$defs/datasource/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data1 };
        vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
      }
    }
    if (data.versioning !== void 0) {
      let data2 = data.versioning, _errs8 = errors, valid2 = !0, _errs9 = errors;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        let missing0;
        if (data2.scheme === void 0 && (missing0 = "scheme")) {
          let err4 = {};
          vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
        } else if (data2.scheme !== void 0 && data2.scheme !== "tracks") {
          let err5 = {};
          vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
        }
      }
      var _valid0 = _errs9 === errors;
      if (errors = _errs8, vErrors !== null && (_errs8 ? vErrors.length = _errs8 : vErrors = null), _valid0) {
        let _errs11 = errors;
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
          if (data2.versions === void 0) {
            let err6 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/then/required", keyword: "required", params: { missingProperty: "versions" }, message: "must have required property 'versions'", schema: schema34.properties.versioning.then.required, parentSchema: schema34.properties.versioning.then, data: data2 };
            vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
          }
          if (data2.versions !== void 0) {
            let data4 = data2.versions;
            if (Array.isArray(data4)) {
              if (data4.length < 1) {
                let err7 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/then/properties/versions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.versioning.then.properties.versions, data: data4 };
                vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
              }
            } else {
              let err8 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/then/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.versioning.then.properties.versions.type, parentSchema: schema34.properties.versioning.then.properties.versions, data: data4 };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
          }
        }
        var _valid0 = _errs11 === errors;
        if (valid2 = _valid0, valid2) {
          var props0 = {};
          props0.versions = !0, props0.scheme = !0;
        }
      }
      if (!valid2) {
        let err9 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.properties.versioning.if, parentSchema: schema34.properties.versioning, data: data2 };
        vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
      }
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.scheme === void 0) {
          let err10 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "scheme" }, message: "must have required property 'scheme'", schema: schema34.properties.versioning.required, parentSchema: schema34.properties.versioning, data: data2 };
          vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
        }
        if (data2.source === void 0) {
          let err11 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema34.properties.versioning.required, parentSchema: schema34.properties.versioning, data: data2 };
          vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
        }
        for (let key1 in data2)
          if (!(key1 === "scheme" || key1 === "source" || key1 === "versions" || key1 === "tags" || key1 === "families")) {
            let err12 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.versioning, data: data2 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        if (data2.scheme !== void 0) {
          let data5 = data2.scheme;
          if (!(data5 === "semver" || data5 === "tracks" || data5 === "calver")) {
            let err13 = { instancePath: instancePath + "/versioning/scheme", schemaPath: "#/properties/versioning/properties/scheme/enum", keyword: "enum", params: { allowedValues: schema34.properties.versioning.properties.scheme.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.versioning.properties.scheme.enum, parentSchema: schema34.properties.versioning.properties.scheme, data: data5 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
        if (data2.source !== void 0) {
          let data6 = data2.source;
          if (!(data6 === "track" || data6 === "version")) {
            let err14 = { instancePath: instancePath + "/versioning/source", schemaPath: "#/properties/versioning/properties/source/enum", keyword: "enum", params: { allowedValues: schema34.properties.versioning.properties.source.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.versioning.properties.source.enum, parentSchema: schema34.properties.versioning.properties.source, data: data6 };
            vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
          }
        }
        if (data2.versions !== void 0) {
          let data7 = data2.versions;
          if (Array.isArray(data7)) {
            let len0 = data7.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data8 = data7[i0];
              if (typeof data8 == "string") {
                if (func3(data8) > 128) {
                  let err15 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.versioning.properties.versions.items, data: data8 };
                  vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                }
                if (func3(data8) < 1) {
                  let err16 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.versioning.properties.versions.items, data: data8 };
                  vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                }
              } else {
                let err17 = { instancePath: instancePath + "/versioning/versions/" + i0, schemaPath: "#/properties/versioning/properties/versions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.versioning.properties.versions.items.type, parentSchema: schema34.properties.versioning.properties.versions.items, data: data8 };
                vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
              }
            }
            let i1 = data7.length, j0;
            if (i1 > 1) {
              let indices0 = {};
              for (; i1--; ) {
                let item0 = data7[i1];
                if (typeof item0 == "string") {
                  if (typeof indices0[item0] == "number") {
                    j0 = indices0[item0];
                    let err18 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: !0, parentSchema: schema34.properties.versioning.properties.versions, data: data7 };
                    vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                    break;
                  }
                  indices0[item0] = i1;
                }
              }
            }
          } else {
            let err19 = { instancePath: instancePath + "/versioning/versions", schemaPath: "#/properties/versioning/properties/versions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.versioning.properties.versions.type, parentSchema: schema34.properties.versioning.properties.versions, data: data7 };
            vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
          }
        }
        if (data2.tags !== void 0) {
          let data9 = data2.tags;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9))
            for (let key2 in data9) {
              let data10 = data9[key2];
              if (Array.isArray(data10)) {
                let len1 = data10.length;
                for (let i2 = 0; i2 < len1; i2++) {
                  let data11 = data10[i2];
                  if (typeof data11 == "string") {
                    if (func3(data11) > 128) {
                      let err20 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                      vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                    }
                    if (func3(data11) < 1) {
                      let err21 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                      vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                    }
                  } else {
                    let err22 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/properties/versioning/properties/tags/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.versioning.properties.tags.additionalProperties.items.type, parentSchema: schema34.properties.versioning.properties.tags.additionalProperties.items, data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                }
              } else {
                let err23 = { instancePath: instancePath + "/versioning/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/tags/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.versioning.properties.tags.additionalProperties.type, parentSchema: schema34.properties.versioning.properties.tags.additionalProperties, data: data10 };
                vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
              }
            }
          else {
            let err24 = { instancePath: instancePath + "/versioning/tags", schemaPath: "#/properties/versioning/properties/tags/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.versioning.properties.tags.type, parentSchema: schema34.properties.versioning.properties.tags, data: data9 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
        }
        if (data2.families !== void 0) {
          let data12 = data2.families;
          if (data12 && typeof data12 == "object" && !Array.isArray(data12))
            for (let key3 in data12) {
              let data13 = data12[key3];
              if (typeof data13 != "string") {
                let err25 = { instancePath: instancePath + "/versioning/families/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/versioning/properties/families/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.versioning.properties.families.additionalProperties.type, parentSchema: schema34.properties.versioning.properties.families.additionalProperties, data: data13 };
                vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
              }
            }
          else {
            let err26 = { instancePath: instancePath + "/versioning/families", schemaPath: "#/properties/versioning/properties/families/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.versioning.properties.families.type, parentSchema: schema34.properties.versioning.properties.families, data: data12 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        }
      } else {
        let err27 = { instancePath: instancePath + "/versioning", schemaPath: "#/properties/versioning/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.versioning.type, parentSchema: schema34.properties.versioning, data: data2 };
        vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
      }
    }
    if (data.jump !== void 0) {
      let data14 = data.jump;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.max === void 0) {
          let err28 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema34.properties.jump.required, parentSchema: schema34.properties.jump, data: data14 };
          vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
        }
        if (data14.major === void 0) {
          let err29 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/required", keyword: "required", params: { missingProperty: "major" }, message: "must have required property 'major'", schema: schema34.properties.jump.required, parentSchema: schema34.properties.jump, data: data14 };
          vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
        }
        for (let key4 in data14)
          if (!(key4 === "max" || key4 === "skip" || key4 === "major" || key4 === "limits")) {
            let err30 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.jump, data: data14 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        if (data14.max !== void 0) {
          let data15 = data14.max;
          if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
            let err31 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.jump.properties.max.type, parentSchema: schema34.properties.jump.properties.max, data: data15 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
          if (typeof data15 == "number" && isFinite(data15) && (data15 < 0 || isNaN(data15))) {
            let err32 = { instancePath: instancePath + "/jump/max", schemaPath: "#/properties/jump/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.jump.properties.max, data: data15 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data14.skip !== void 0) {
          let data16 = data14.skip;
          if (typeof data16 != "string") {
            let err33 = { instancePath: instancePath + "/jump/skip", schemaPath: "#/properties/jump/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.jump.properties.skip.type, parentSchema: schema34.properties.jump.properties.skip, data: data16 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data14.major !== void 0) {
          let data17 = data14.major;
          if (!(data17 === "allow" || data17 === "forbid")) {
            let err34 = { instancePath: instancePath + "/jump/major", schemaPath: "#/properties/jump/properties/major/enum", keyword: "enum", params: { allowedValues: schema34.properties.jump.properties.major.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.jump.properties.major.enum, parentSchema: schema34.properties.jump.properties.major, data: data17 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data14.limits !== void 0) {
          let data18 = data14.limits;
          if (Array.isArray(data18)) {
            if (data18.length > 16) {
              let err35 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema34.properties.jump.properties.limits, data: data18 };
              vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
            }
            let len2 = data18.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data19 = data18[i3];
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                if (data19.max === void 0) {
                  let err36 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema34.properties.jump.properties.limits.items.required, parentSchema: schema34.properties.jump.properties.limits.items, data: data19 };
                  vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
                }
                if (data19.note === void 0) {
                  let err37 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: schema34.properties.jump.properties.limits.items.required, parentSchema: schema34.properties.jump.properties.limits.items, data: data19 };
                  vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
                }
                for (let key5 in data19)
                  if (!(key5 === "from" || key5 === "to" || key5 === "max" || key5 === "note")) {
                    let err38 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.jump.properties.limits.items, data: data19 };
                    vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
                  }
                if (data19.from !== void 0) {
                  let data20 = data19.from;
                  if (typeof data20 == "string") {
                    if (func3(data20) > 128) {
                      let err39 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.jump.properties.limits.items.properties.from, data: data20 };
                      vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
                    }
                    if (func3(data20) < 1) {
                      let err40 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.jump.properties.limits.items.properties.from, data: data20 };
                      vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
                    }
                  } else {
                    let err41 = { instancePath: instancePath + "/jump/limits/" + i3 + "/from", schemaPath: "#/properties/jump/properties/limits/items/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.jump.properties.limits.items.properties.from.type, parentSchema: schema34.properties.jump.properties.limits.items.properties.from, data: data20 };
                    vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
                  }
                }
                if (data19.to !== void 0) {
                  let data21 = data19.to;
                  if (typeof data21 == "string") {
                    if (func3(data21) > 128) {
                      let err42 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.jump.properties.limits.items.properties.to, data: data21 };
                      vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
                    }
                    if (func3(data21) < 1) {
                      let err43 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.jump.properties.limits.items.properties.to, data: data21 };
                      vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
                    }
                  } else {
                    let err44 = { instancePath: instancePath + "/jump/limits/" + i3 + "/to", schemaPath: "#/properties/jump/properties/limits/items/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.jump.properties.limits.items.properties.to.type, parentSchema: schema34.properties.jump.properties.limits.items.properties.to, data: data21 };
                    vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
                  }
                }
                if (data19.max !== void 0) {
                  let data22 = data19.max;
                  if (!(typeof data22 == "number" && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
                    let err45 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.jump.properties.limits.items.properties.max.type, parentSchema: schema34.properties.jump.properties.limits.items.properties.max, data: data22 };
                    vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22) && (data22 < 0 || isNaN(data22))) {
                    let err46 = { instancePath: instancePath + "/jump/limits/" + i3 + "/max", schemaPath: "#/properties/jump/properties/limits/items/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.jump.properties.limits.items.properties.max, data: data22 };
                    vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
                  }
                }
                if (data19.note !== void 0) {
                  let data23 = data19.note;
                  if (typeof data23 == "string") {
                    if (func3(data23) > 300) {
                      let err47 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema34.properties.jump.properties.limits.items.properties.note, data: data23 };
                      vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
                    }
                    if (func3(data23) < 1) {
                      let err48 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.jump.properties.limits.items.properties.note, data: data23 };
                      vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
                    }
                  } else {
                    let err49 = { instancePath: instancePath + "/jump/limits/" + i3 + "/note", schemaPath: "#/properties/jump/properties/limits/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.jump.properties.limits.items.properties.note.type, parentSchema: schema34.properties.jump.properties.limits.items.properties.note, data: data23 };
                    vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
                  }
                }
              } else {
                let err50 = { instancePath: instancePath + "/jump/limits/" + i3, schemaPath: "#/properties/jump/properties/limits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.jump.properties.limits.items.type, parentSchema: schema34.properties.jump.properties.limits.items, data: data19 };
                vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
              }
            }
          } else {
            let err51 = { instancePath: instancePath + "/jump/limits", schemaPath: "#/properties/jump/properties/limits/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.jump.properties.limits.type, parentSchema: schema34.properties.jump.properties.limits, data: data18 };
            vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
          }
        }
      } else {
        let err52 = { instancePath: instancePath + "/jump", schemaPath: "#/properties/jump/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.jump.type, parentSchema: schema34.properties.jump, data: data14 };
        vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
      }
    }
    if (data.risks !== void 0) {
      let data24 = data.risks;
      if (Array.isArray(data24)) {
        let len3 = data24.length;
        for (let i4 = 0; i4 < len3; i4++) {
          let data25 = data24[i4];
          if (!(data25 === "stable" || data25 === "candidate" || data25 === "beta" || data25 === "edge")) {
            let err53 = { instancePath: instancePath + "/risks/" + i4, schemaPath: "#/properties/risks/items/enum", keyword: "enum", params: { allowedValues: schema34.properties.risks.items.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.risks.items.enum, parentSchema: schema34.properties.risks.items, data: data25 };
            vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
          }
        }
        let i5 = data24.length, j1;
        if (i5 > 1) {
          outer0: for (; i5--; )
            for (j1 = i5; j1--; )
              if (func0(data24[i5], data24[j1])) {
                let err54 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i5 + " are identical)", schema: !0, parentSchema: schema34.properties.risks, data: data24 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
                break outer0;
              }
        }
      } else {
        let err55 = { instancePath: instancePath + "/risks", schemaPath: "#/properties/risks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.risks.type, parentSchema: schema34.properties.risks, data: data24 };
        vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
      }
    }
    if (data.hold !== void 0) {
      let data26 = data.hold;
      if (!(data26 === "required" || data26 === "optional")) {
        let err56 = { instancePath: instancePath + "/hold", schemaPath: "#/properties/hold/enum", keyword: "enum", params: { allowedValues: schema34.properties.hold.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.hold.enum, parentSchema: schema34.properties.hold, data: data26 };
        vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
      }
    }
    if (data.cohort !== void 0) {
      let data27 = data.cohort;
      if (!(data27 === "required" || data27 === "optional")) {
        let err57 = { instancePath: instancePath + "/cohort", schemaPath: "#/properties/cohort/enum", keyword: "enum", params: { allowedValues: schema34.properties.cohort.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.cohort.enum, parentSchema: schema34.properties.cohort, data: data27 };
        vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
      }
    }
    if (data.eol !== void 0) {
      let data28 = data.eol;
      if (Array.isArray(data28)) {
        let len4 = data28.length;
        for (let i6 = 0; i6 < len4; i6++) {
          let data29 = data28[i6];
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            if (data29.version === void 0) {
              let err58 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema34.properties.eol.items.required, parentSchema: schema34.properties.eol.items, data: data29 };
              vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
            }
            if (data29.date === void 0) {
              let err59 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/required", keyword: "required", params: { missingProperty: "date" }, message: "must have required property 'date'", schema: schema34.properties.eol.items.required, parentSchema: schema34.properties.eol.items, data: data29 };
              vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
            }
            for (let key6 in data29)
              if (!(key6 === "version" || key6 === "date" || key6 === "note")) {
                let err60 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.eol.items, data: data29 };
                vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
              }
            if (data29.version !== void 0) {
              let data30 = data29.version;
              if (typeof data30 == "string") {
                if (func3(data30) > 128) {
                  let err61 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.eol.items.properties.version, data: data30 };
                  vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
                }
                if (func3(data30) < 1) {
                  let err62 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.eol.items.properties.version, data: data30 };
                  vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
                }
              } else {
                let err63 = { instancePath: instancePath + "/eol/" + i6 + "/version", schemaPath: "#/properties/eol/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.eol.items.properties.version.type, parentSchema: schema34.properties.eol.items.properties.version, data: data30 };
                vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
              }
            }
            if (data29.date !== void 0) {
              let data31 = data29.date;
              if (typeof data31 == "string") {
                if (!formats0.validate(data31)) {
                  let err64 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema34.properties.eol.items.properties.date, data: data31 };
                  vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
                }
              } else {
                let err65 = { instancePath: instancePath + "/eol/" + i6 + "/date", schemaPath: "#/properties/eol/items/properties/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.eol.items.properties.date.type, parentSchema: schema34.properties.eol.items.properties.date, data: data31 };
                vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
              }
            }
            if (data29.note !== void 0) {
              let data32 = data29.note;
              if (typeof data32 != "string") {
                let err66 = { instancePath: instancePath + "/eol/" + i6 + "/note", schemaPath: "#/properties/eol/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.eol.items.properties.note.type, parentSchema: schema34.properties.eol.items.properties.note, data: data32 };
                vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
              }
            }
          } else {
            let err67 = { instancePath: instancePath + "/eol/" + i6, schemaPath: "#/properties/eol/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.eol.items.type, parentSchema: schema34.properties.eol.items, data: data29 };
            vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
          }
        }
      } else {
        let err68 = { instancePath: instancePath + "/eol", schemaPath: "#/properties/eol/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.eol.type, parentSchema: schema34.properties.eol, data: data28 };
        vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
      }
    }
    if (data.blocked !== void 0) {
      let data33 = data.blocked;
      if (Array.isArray(data33)) {
        let len5 = data33.length;
        for (let i7 = 0; i7 < len5; i7++) {
          let data34 = data33[i7], _errs74 = errors, valid25 = !0, _errs75 = errors;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.version !== void 0) {
              var valid26 = !1;
              let err69 = {};
              vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
            } else
              var valid26 = !0;
            if (valid26) {
              if (data34.channel !== void 0) {
                var valid26 = !1;
                let err70 = {};
                vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
              } else
                var valid26 = !0;
              if (valid26)
                if (data34.revision !== void 0) {
                  var valid26 = !1;
                  let err71 = {};
                  vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
                } else
                  var valid26 = !0;
            }
          }
          var _valid1 = _errs75 === errors;
          if (errors = _errs74, vErrors !== null && (_errs74 ? vErrors.length = _errs74 : vErrors = null), _valid1) {
            let _errs76 = errors;
            if (data34 && typeof data34 == "object" && !Array.isArray(data34) && data34.version === void 0) {
              let err72 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/then/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema34.properties.blocked.items.then.required, parentSchema: schema34.properties.blocked.items.then, data: data34 };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
            var _valid1 = _errs76 === errors;
            if (valid25 = _valid1, valid25) {
              var props1 = {};
              props1.version = !0, props1.channel = !0, props1.revision = !0;
            }
          }
          if (!valid25) {
            let err73 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema34.properties.blocked.items.if, parentSchema: schema34.properties.blocked.items, data: data34 };
            vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
          }
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            if (data34.reason === void 0) {
              let err74 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema34.properties.blocked.items.required, parentSchema: schema34.properties.blocked.items, data: data34 };
              vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
            }
            for (let key7 in data34)
              if (!(key7 === "version" || key7 === "channel" || key7 === "revision" || key7 === "reason")) {
                let err75 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.blocked.items, data: data34 };
                vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
              }
            if (data34.version !== void 0) {
              let data38 = data34.version;
              if (typeof data38 == "string") {
                if (func3(data38) > 128) {
                  let err76 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.blocked.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
                }
                if (func3(data38) < 1) {
                  let err77 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.blocked.items.properties.version, data: data38 };
                  vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
                }
              } else {
                let err78 = { instancePath: instancePath + "/blocked/" + i7 + "/version", schemaPath: "#/properties/blocked/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.blocked.items.properties.version.type, parentSchema: schema34.properties.blocked.items.properties.version, data: data38 };
                vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
              }
            }
            if (data34.channel !== void 0) {
              let data39 = data34.channel;
              if (typeof data39 != "string") {
                let err79 = { instancePath: instancePath + "/blocked/" + i7 + "/channel", schemaPath: "#/properties/blocked/items/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.blocked.items.properties.channel.type, parentSchema: schema34.properties.blocked.items.properties.channel, data: data39 };
                vErrors === null ? vErrors = [err79] : vErrors.push(err79), errors++;
              }
            }
            if (data34.revision !== void 0) {
              let data40 = data34.revision;
              if (!(typeof data40 == "number" && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
                let err80 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.blocked.items.properties.revision.type, parentSchema: schema34.properties.blocked.items.properties.revision, data: data40 };
                vErrors === null ? vErrors = [err80] : vErrors.push(err80), errors++;
              }
              if (typeof data40 == "number" && isFinite(data40) && (data40 < 1 || isNaN(data40))) {
                let err81 = { instancePath: instancePath + "/blocked/" + i7 + "/revision", schemaPath: "#/properties/blocked/items/properties/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.properties.blocked.items.properties.revision, data: data40 };
                vErrors === null ? vErrors = [err81] : vErrors.push(err81), errors++;
              }
            }
            if (data34.reason !== void 0) {
              let data41 = data34.reason;
              if (typeof data41 == "string") {
                if (func3(data41) < 1) {
                  let err82 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.blocked.items.properties.reason, data: data41 };
                  vErrors === null ? vErrors = [err82] : vErrors.push(err82), errors++;
                }
              } else {
                let err83 = { instancePath: instancePath + "/blocked/" + i7 + "/reason", schemaPath: "#/properties/blocked/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.blocked.items.properties.reason.type, parentSchema: schema34.properties.blocked.items.properties.reason, data: data41 };
                vErrors === null ? vErrors = [err83] : vErrors.push(err83), errors++;
              }
            }
          } else {
            let err84 = { instancePath: instancePath + "/blocked/" + i7, schemaPath: "#/properties/blocked/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.blocked.items.type, parentSchema: schema34.properties.blocked.items, data: data34 };
            vErrors === null ? vErrors = [err84] : vErrors.push(err84), errors++;
          }
        }
      } else {
        let err85 = { instancePath: instancePath + "/blocked", schemaPath: "#/properties/blocked/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.blocked.type, parentSchema: schema34.properties.blocked, data: data33 };
        vErrors === null ? vErrors = [err85] : vErrors.push(err85), errors++;
      }
    }
    if (data.requires !== void 0) {
      let data42 = data.requires;
      if (Array.isArray(data42)) {
        let len6 = data42.length;
        for (let i8 = 0; i8 < len6; i8++) {
          let data43 = data42[i8];
          if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
            if (data43.version === void 0) {
              let err86 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema34.properties.requires.items.required, parentSchema: schema34.properties.requires.items, data: data43 };
              vErrors === null ? vErrors = [err86] : vErrors.push(err86), errors++;
            }
            if (data43.needs === void 0) {
              let err87 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/required", keyword: "required", params: { missingProperty: "needs" }, message: "must have required property 'needs'", schema: schema34.properties.requires.items.required, parentSchema: schema34.properties.requires.items, data: data43 };
              vErrors === null ? vErrors = [err87] : vErrors.push(err87), errors++;
            }
            for (let key8 in data43)
              if (!(key8 === "version" || key8 === "needs")) {
                let err88 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.requires.items, data: data43 };
                vErrors === null ? vErrors = [err88] : vErrors.push(err88), errors++;
              }
            if (data43.version !== void 0) {
              let data44 = data43.version;
              if (typeof data44 == "string") {
                if (func3(data44) > 128) {
                  let err89 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.requires.items.properties.version, data: data44 };
                  vErrors === null ? vErrors = [err89] : vErrors.push(err89), errors++;
                }
                if (func3(data44) < 1) {
                  let err90 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.requires.items.properties.version, data: data44 };
                  vErrors === null ? vErrors = [err90] : vErrors.push(err90), errors++;
                }
              } else {
                let err91 = { instancePath: instancePath + "/requires/" + i8 + "/version", schemaPath: "#/properties/requires/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.requires.items.properties.version.type, parentSchema: schema34.properties.requires.items.properties.version, data: data44 };
                vErrors === null ? vErrors = [err91] : vErrors.push(err91), errors++;
              }
            }
            if (data43.needs !== void 0) {
              let data45 = data43.needs;
              if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                for (let key9 in data45) {
                  let _errs95 = errors;
                  if (typeof key9 == "string") {
                    if (!pattern5.test(key9)) {
                      let err92 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema34.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                      vErrors === null ? vErrors = [err92] : vErrors.push(err92), errors++;
                    }
                  } else {
                    let err93 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.requires.items.properties.needs.propertyNames.type, parentSchema: schema34.properties.requires.items.properties.needs.propertyNames, data: key9, propertyName: key9 };
                    vErrors === null ? vErrors = [err93] : vErrors.push(err93), errors++;
                  }
                  var valid31 = _errs95 === errors;
                  if (!valid31) {
                    let err94 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema34.properties.requires.items.properties.needs.propertyNames, parentSchema: schema34.properties.requires.items.properties.needs, data: data45 };
                    vErrors === null ? vErrors = [err94] : vErrors.push(err94), errors++;
                  }
                }
                for (let key10 in data45) {
                  let data46 = data45[key10];
                  if (Array.isArray(data46)) {
                    if (data46.length < 1) {
                      let err95 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.requires.items.properties.needs.additionalProperties, data: data46 };
                      vErrors === null ? vErrors = [err95] : vErrors.push(err95), errors++;
                    }
                    let len7 = data46.length;
                    for (let i9 = 0; i9 < len7; i9++) {
                      let data47 = data46[i9];
                      if (typeof data47 == "string") {
                        if (func3(data47) > 128) {
                          let err96 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema34.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                          vErrors === null ? vErrors = [err96] : vErrors.push(err96), errors++;
                        }
                        if (func3(data47) < 1) {
                          let err97 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                          vErrors === null ? vErrors = [err97] : vErrors.push(err97), errors++;
                        }
                      } else {
                        let err98 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i9, schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.requires.items.properties.needs.additionalProperties.items.type, parentSchema: schema34.properties.requires.items.properties.needs.additionalProperties.items, data: data47 };
                        vErrors === null ? vErrors = [err98] : vErrors.push(err98), errors++;
                      }
                    }
                  } else {
                    let err99 = { instancePath: instancePath + "/requires/" + i8 + "/needs/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/requires/items/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.requires.items.properties.needs.additionalProperties.type, parentSchema: schema34.properties.requires.items.properties.needs.additionalProperties, data: data46 };
                    vErrors === null ? vErrors = [err99] : vErrors.push(err99), errors++;
                  }
                }
              } else {
                let err100 = { instancePath: instancePath + "/requires/" + i8 + "/needs", schemaPath: "#/properties/requires/items/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.requires.items.properties.needs.type, parentSchema: schema34.properties.requires.items.properties.needs, data: data45 };
                vErrors === null ? vErrors = [err100] : vErrors.push(err100), errors++;
              }
            }
          } else {
            let err101 = { instancePath: instancePath + "/requires/" + i8, schemaPath: "#/properties/requires/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.requires.items.type, parentSchema: schema34.properties.requires.items, data: data43 };
            vErrors === null ? vErrors = [err101] : vErrors.push(err101), errors++;
          }
        }
      } else {
        let err102 = { instancePath: instancePath + "/requires", schemaPath: "#/properties/requires/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.requires.type, parentSchema: schema34.properties.requires, data: data42 };
        vErrors === null ? vErrors = [err102] : vErrors.push(err102), errors++;
      }
    }
    if (data.skew !== void 0) {
      let data48 = data.skew;
      if (Array.isArray(data48)) {
        let len8 = data48.length;
        for (let i10 = 0; i10 < len8; i10++) {
          let data49 = data48[i10];
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.of === void 0) {
              let err103 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "of" }, message: "must have required property 'of'", schema: schema34.properties.skew.items.required, parentSchema: schema34.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err103] : vErrors.push(err103), errors++;
            }
            if (data49.newer === void 0) {
              let err104 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "newer" }, message: "must have required property 'newer'", schema: schema34.properties.skew.items.required, parentSchema: schema34.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err104] : vErrors.push(err104), errors++;
            }
            if (data49.older === void 0) {
              let err105 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/required", keyword: "required", params: { missingProperty: "older" }, message: "must have required property 'older'", schema: schema34.properties.skew.items.required, parentSchema: schema34.properties.skew.items, data: data49 };
              vErrors === null ? vErrors = [err105] : vErrors.push(err105), errors++;
            }
            for (let key11 in data49)
              if (!(key11 === "of" || key11 === "newer" || key11 === "older" || key11 === "skip")) {
                let err106 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.skew.items, data: data49 };
                vErrors === null ? vErrors = [err106] : vErrors.push(err106), errors++;
              }
            if (data49.of !== void 0) {
              let data50 = data49.of;
              if (typeof data50 == "string") {
                if (!pattern5.test(data50)) {
                  let err107 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema34.properties.skew.items.properties.of, data: data50 };
                  vErrors === null ? vErrors = [err107] : vErrors.push(err107), errors++;
                }
              } else {
                let err108 = { instancePath: instancePath + "/skew/" + i10 + "/of", schemaPath: "#/properties/skew/items/properties/of/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.skew.items.properties.of.type, parentSchema: schema34.properties.skew.items.properties.of, data: data50 };
                vErrors === null ? vErrors = [err108] : vErrors.push(err108), errors++;
              }
            }
            if (data49.newer !== void 0) {
              let data51 = data49.newer;
              if (!(typeof data51 == "number" && !(data51 % 1) && !isNaN(data51) && isFinite(data51))) {
                let err109 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.skew.items.properties.newer.type, parentSchema: schema34.properties.skew.items.properties.newer, data: data51 };
                vErrors === null ? vErrors = [err109] : vErrors.push(err109), errors++;
              }
              if (typeof data51 == "number" && isFinite(data51) && (data51 < 0 || isNaN(data51))) {
                let err110 = { instancePath: instancePath + "/skew/" + i10 + "/newer", schemaPath: "#/properties/skew/items/properties/newer/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.skew.items.properties.newer, data: data51 };
                vErrors === null ? vErrors = [err110] : vErrors.push(err110), errors++;
              }
            }
            if (data49.older !== void 0) {
              let data52 = data49.older;
              if (!(typeof data52 == "number" && !(data52 % 1) && !isNaN(data52) && isFinite(data52))) {
                let err111 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.properties.skew.items.properties.older.type, parentSchema: schema34.properties.skew.items.properties.older, data: data52 };
                vErrors === null ? vErrors = [err111] : vErrors.push(err111), errors++;
              }
              if (typeof data52 == "number" && isFinite(data52) && (data52 < 0 || isNaN(data52))) {
                let err112 = { instancePath: instancePath + "/skew/" + i10 + "/older", schemaPath: "#/properties/skew/items/properties/older/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.skew.items.properties.older, data: data52 };
                vErrors === null ? vErrors = [err112] : vErrors.push(err112), errors++;
              }
            }
            if (data49.skip !== void 0) {
              let data53 = data49.skip;
              if (typeof data53 == "string") {
                if (!pattern5.test(data53)) {
                  let err113 = { instancePath: instancePath + "/skew/" + i10 + "/skip", schemaPath: "#/properties/skew/items/properties/skip/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema34.properties.skew.items.properties.skip, data: data53 };
                  vErrors === null ? vErrors = [err113] : vErrors.push(err113), errors++;
                }
              } else {
                let err114 = { instancePath: instancePath + "/skew/" + i10 + "/skip", schemaPath: "#/properties/skew/items/properties/skip/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.skew.items.properties.skip.type, parentSchema: schema34.properties.skew.items.properties.skip, data: data53 };
                vErrors === null ? vErrors = [err114] : vErrors.push(err114), errors++;
              }
            }
          } else {
            let err115 = { instancePath: instancePath + "/skew/" + i10, schemaPath: "#/properties/skew/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.skew.items.type, parentSchema: schema34.properties.skew.items, data: data49 };
            vErrors === null ? vErrors = [err115] : vErrors.push(err115), errors++;
          }
        }
      } else {
        let err116 = { instancePath: instancePath + "/skew", schemaPath: "#/properties/skew/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.skew.type, parentSchema: schema34.properties.skew, data: data48 };
        vErrors === null ? vErrors = [err116] : vErrors.push(err116), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data54 = data.rules;
      if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
        for (let key12 in data54)
          if (!func1.call(schema33.properties, key12)) {
            let err117 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema33, data: data54 };
            vErrors === null ? vErrors = [err117] : vErrors.push(err117), errors++;
          }
        if (data54["yaml/syntax"] !== void 0) {
          let data55 = data54["yaml/syntax"];
          if (!(data55 === "error" || data55 === "warning" || data55 === "off")) {
            let err118 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema33.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["yaml/syntax"].enum, parentSchema: schema33.properties["yaml/syntax"], data: data55 };
            vErrors === null ? vErrors = [err118] : vErrors.push(err118), errors++;
          }
        }
        if (data54.schema !== void 0) {
          let data56 = data54.schema;
          if (!(data56 === "error" || data56 === "warning" || data56 === "off")) {
            let err119 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema33.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.schema.enum, parentSchema: schema33.properties.schema, data: data56 };
            vErrors === null ? vErrors = [err119] : vErrors.push(err119), errors++;
          }
        }
        if (data54["order/requires"] !== void 0) {
          let data57 = data54["order/requires"];
          if (!(data57 === "error" || data57 === "warning" || data57 === "off")) {
            let err120 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/requires"].enum, parentSchema: schema33.properties["order/requires"], data: data57 };
            vErrors === null ? vErrors = [err120] : vErrors.push(err120), errors++;
          }
        }
        if (data54["order/promotion"] !== void 0) {
          let data58 = data54["order/promotion"];
          if (!(data58 === "error" || data58 === "warning" || data58 === "off")) {
            let err121 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/promotion"].enum, parentSchema: schema33.properties["order/promotion"], data: data58 };
            vErrors === null ? vErrors = [err121] : vErrors.push(err121), errors++;
          }
        }
        if (data54["order/transition"] !== void 0) {
          let data59 = data54["order/transition"];
          if (!(data59 === "error" || data59 === "warning" || data59 === "off")) {
            let err122 = { instancePath: instancePath + "/rules/order~1transition", schemaPath: "#/$defs/severities/properties/order~1transition/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/transition"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/transition"].enum, parentSchema: schema33.properties["order/transition"], data: data59 };
            vErrors === null ? vErrors = [err122] : vErrors.push(err122), errors++;
          }
        }
        if (data54["skew/jump"] !== void 0) {
          let data60 = data54["skew/jump"];
          if (!(data60 === "error" || data60 === "warning" || data60 === "off")) {
            let err123 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/jump"].enum, parentSchema: schema33.properties["skew/jump"], data: data60 };
            vErrors === null ? vErrors = [err123] : vErrors.push(err123), errors++;
          }
        }
        if (data54["skew/downgrade"] !== void 0) {
          let data61 = data54["skew/downgrade"];
          if (!(data61 === "error" || data61 === "warning" || data61 === "off")) {
            let err124 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/downgrade"].enum, parentSchema: schema33.properties["skew/downgrade"], data: data61 };
            vErrors === null ? vErrors = [err124] : vErrors.push(err124), errors++;
          }
        }
        if (data54["skew/major"] !== void 0) {
          let data62 = data54["skew/major"];
          if (!(data62 === "error" || data62 === "warning" || data62 === "off")) {
            let err125 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/major"].enum, parentSchema: schema33.properties["skew/major"], data: data62 };
            vErrors === null ? vErrors = [err125] : vErrors.push(err125), errors++;
          }
        }
        if (data54["skew/members"] !== void 0) {
          let data63 = data54["skew/members"];
          if (!(data63 === "error" || data63 === "warning" || data63 === "off")) {
            let err126 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/members"].enum, parentSchema: schema33.properties["skew/members"], data: data63 };
            vErrors === null ? vErrors = [err126] : vErrors.push(err126), errors++;
          }
        }
        if (data54["skew/components"] !== void 0) {
          let data64 = data54["skew/components"];
          if (!(data64 === "error" || data64 === "warning" || data64 === "off")) {
            let err127 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/components"].enum, parentSchema: schema33.properties["skew/components"], data: data64 };
            vErrors === null ? vErrors = [err127] : vErrors.push(err127), errors++;
          }
        }
        if (data54["channel/risk"] !== void 0) {
          let data65 = data54["channel/risk"];
          if (!(data65 === "error" || data65 === "warning" || data65 === "off")) {
            let err128 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/risk"].enum, parentSchema: schema33.properties["channel/risk"], data: data65 };
            vErrors === null ? vErrors = [err128] : vErrors.push(err128), errors++;
          }
        }
        if (data54["channel/eol"] !== void 0) {
          let data66 = data54["channel/eol"];
          if (!(data66 === "error" || data66 === "warning" || data66 === "off")) {
            let err129 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/eol"].enum, parentSchema: schema33.properties["channel/eol"], data: data66 };
            vErrors === null ? vErrors = [err129] : vErrors.push(err129), errors++;
          }
        }
        if (data54["channel/blocked"] !== void 0) {
          let data67 = data54["channel/blocked"];
          if (!(data67 === "error" || data67 === "warning" || data67 === "off")) {
            let err130 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/blocked"].enum, parentSchema: schema33.properties["channel/blocked"], data: data67 };
            vErrors === null ? vErrors = [err130] : vErrors.push(err130), errors++;
          }
        }
        if (data54["hold/required"] !== void 0) {
          let data68 = data54["hold/required"];
          if (!(data68 === "error" || data68 === "warning" || data68 === "off")) {
            let err131 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema33.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["hold/required"].enum, parentSchema: schema33.properties["hold/required"], data: data68 };
            vErrors === null ? vErrors = [err131] : vErrors.push(err131), errors++;
          }
        }
        if (data54["hold/freeze"] !== void 0) {
          let data69 = data54["hold/freeze"];
          if (!(data69 === "error" || data69 === "warning" || data69 === "off")) {
            let err132 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema33.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["hold/freeze"].enum, parentSchema: schema33.properties["hold/freeze"], data: data69 };
            vErrors === null ? vErrors = [err132] : vErrors.push(err132), errors++;
          }
        }
        if (data54["cohort/required"] !== void 0) {
          let data70 = data54["cohort/required"];
          if (!(data70 === "error" || data70 === "warning" || data70 === "off")) {
            let err133 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema33.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["cohort/required"].enum, parentSchema: schema33.properties["cohort/required"], data: data70 };
            vErrors === null ? vErrors = [err133] : vErrors.push(err133), errors++;
          }
        }
        if (data54["pins/conflict"] !== void 0) {
          let data71 = data54["pins/conflict"];
          if (!(data71 === "error" || data71 === "warning" || data71 === "off")) {
            let err134 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema33.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["pins/conflict"].enum, parentSchema: schema33.properties["pins/conflict"], data: data71 };
            vErrors === null ? vErrors = [err134] : vErrors.push(err134), errors++;
          }
        }
        if (data54["policy/changed"] !== void 0) {
          let data72 = data54["policy/changed"];
          if (!(data72 === "error" || data72 === "warning" || data72 === "off")) {
            let err135 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema33.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["policy/changed"].enum, parentSchema: schema33.properties["policy/changed"], data: data72 };
            vErrors === null ? vErrors = [err135] : vErrors.push(err135), errors++;
          }
        }
        if (data54.drift !== void 0) {
          let data73 = data54.drift;
          if (!(data73 === "error" || data73 === "warning" || data73 === "off")) {
            let err136 = { instancePath: instancePath + "/rules/drift", schemaPath: "#/$defs/severities/properties/drift/enum", keyword: "enum", params: { allowedValues: schema33.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.drift.enum, parentSchema: schema33.properties.drift, data: data73 };
            vErrors === null ? vErrors = [err136] : vErrors.push(err136), errors++;
          }
        }
      } else {
        let err137 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data54 };
        vErrors === null ? vErrors = [err137] : vErrors.push(err137), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data74 = data.rollout;
      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
        if (data74.strategy === void 0) {
          let err138 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "strategy" }, message: "must have required property 'strategy'", schema: schema34.properties.rollout.required, parentSchema: schema34.properties.rollout, data: data74 };
          vErrors === null ? vErrors = [err138] : vErrors.push(err138), errors++;
        }
        if (data74.member === void 0) {
          let err139 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/required", keyword: "required", params: { missingProperty: "member" }, message: "must have required property 'member'", schema: schema34.properties.rollout.required, parentSchema: schema34.properties.rollout, data: data74 };
          vErrors === null ? vErrors = [err139] : vErrors.push(err139), errors++;
        }
        for (let key13 in data74)
          if (!(key13 === "strategy" || key13 === "roles" || key13 === "before" || key13 === "member" || key13 === "after" || key13 === "rollback" || key13 === "downgrade")) {
            let err140 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.rollout, data: data74 };
            vErrors === null ? vErrors = [err140] : vErrors.push(err140), errors++;
          }
        if (data74.strategy !== void 0) {
          let data75 = data74.strategy;
          if (!(data75 === "serial" || data75 === "parallel")) {
            let err141 = { instancePath: instancePath + "/rollout/strategy", schemaPath: "#/properties/rollout/properties/strategy/enum", keyword: "enum", params: { allowedValues: schema34.properties.rollout.properties.strategy.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.rollout.properties.strategy.enum, parentSchema: schema34.properties.rollout.properties.strategy, data: data75 };
            vErrors === null ? vErrors = [err141] : vErrors.push(err141), errors++;
          }
        }
        if (data74.roles !== void 0) {
          let data76 = data74.roles;
          if (Array.isArray(data76)) {
            if (data76.length < 1) {
              let err142 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema34.properties.rollout.properties.roles, data: data76 };
              vErrors === null ? vErrors = [err142] : vErrors.push(err142), errors++;
            }
            let len9 = data76.length;
            for (let i11 = 0; i11 < len9; i11++) {
              let data77 = data76[i11];
              if (!(data77 === "control" || data77 === "worker")) {
                let err143 = { instancePath: instancePath + "/rollout/roles/" + i11, schemaPath: "#/properties/rollout/properties/roles/items/enum", keyword: "enum", params: { allowedValues: schema34.properties.rollout.properties.roles.items.enum }, message: "must be equal to one of the allowed values", schema: schema34.properties.rollout.properties.roles.items.enum, parentSchema: schema34.properties.rollout.properties.roles.items, data: data77 };
                vErrors === null ? vErrors = [err143] : vErrors.push(err143), errors++;
              }
            }
            let i12 = data76.length, j2;
            if (i12 > 1) {
              outer1: for (; i12--; )
                for (j2 = i12; j2--; )
                  if (func0(data76[i12], data76[j2])) {
                    let err144 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/uniqueItems", keyword: "uniqueItems", params: { i: i12, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i12 + " are identical)", schema: !0, parentSchema: schema34.properties.rollout.properties.roles, data: data76 };
                    vErrors === null ? vErrors = [err144] : vErrors.push(err144), errors++;
                    break outer1;
                  }
            }
          } else {
            let err145 = { instancePath: instancePath + "/rollout/roles", schemaPath: "#/properties/rollout/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.rollout.properties.roles.type, parentSchema: schema34.properties.rollout.properties.roles, data: data76 };
            vErrors === null ? vErrors = [err145] : vErrors.push(err145), errors++;
          }
        }
        if (data74.before !== void 0 && (validate22(data74.before, { instancePath: instancePath + "/rollout/before", parentData: data74, parentDataProperty: "before", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data74.member !== void 0 && (validate22(data74.member, { instancePath: instancePath + "/rollout/member", parentData: data74, parentDataProperty: "member", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data74.after !== void 0 && (validate22(data74.after, { instancePath: instancePath + "/rollout/after", parentData: data74, parentDataProperty: "after", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data74.rollback !== void 0 && (validate22(data74.rollback, { instancePath: instancePath + "/rollout/rollback", parentData: data74, parentDataProperty: "rollback", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors), errors = vErrors.length)), data74.downgrade !== void 0) {
          let data82 = data74.downgrade, _errs150 = errors, valid44 = !1, passing0 = null, _errs151 = errors;
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            if (data82.supported === void 0) {
              let err146 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema34.properties.rollout.properties.downgrade.oneOf[0].required, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0], data: data82 };
              vErrors === null ? vErrors = [err146] : vErrors.push(err146), errors++;
            }
            if (data82.note === void 0) {
              let err147 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/required", keyword: "required", params: { missingProperty: "note" }, message: "must have required property 'note'", schema: schema34.properties.rollout.properties.downgrade.oneOf[0].required, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0], data: data82 };
              vErrors === null ? vErrors = [err147] : vErrors.push(err147), errors++;
            }
            for (let key14 in data82)
              if (!(key14 === "supported" || key14 === "note")) {
                let err148 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0], data: data82 };
                vErrors === null ? vErrors = [err148] : vErrors.push(err148), errors++;
              }
            if (data82.supported !== void 0) {
              let data83 = data82.supported;
              if (data83 !== !0) {
                let err149 = { instancePath: instancePath + "/rollout/downgrade/supported", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/properties/supported/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0].properties.supported, data: data83 };
                vErrors === null ? vErrors = [err149] : vErrors.push(err149), errors++;
              }
            }
            if (data82.note !== void 0) {
              let data84 = data82.note;
              if (typeof data84 == "string") {
                if (func3(data84) < 1) {
                  let err150 = { instancePath: instancePath + "/rollout/downgrade/note", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/properties/note/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0].properties.note, data: data84 };
                  vErrors === null ? vErrors = [err150] : vErrors.push(err150), errors++;
                }
              } else {
                let err151 = { instancePath: instancePath + "/rollout/downgrade/note", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.rollout.properties.downgrade.oneOf[0].properties.note.type, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0].properties.note, data: data84 };
                vErrors === null ? vErrors = [err151] : vErrors.push(err151), errors++;
              }
            }
          } else {
            let err152 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.rollout.properties.downgrade.oneOf[0].type, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[0], data: data82 };
            vErrors === null ? vErrors = [err152] : vErrors.push(err152), errors++;
          }
          var _valid2 = _errs151 === errors;
          if (_valid2) {
            valid44 = !0, passing0 = 0;
            var props2 = !0;
          }
          let _errs157 = errors;
          if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
            if (data82.supported === void 0) {
              let err153 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema34.properties.rollout.properties.downgrade.oneOf[1].required, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1], data: data82 };
              vErrors === null ? vErrors = [err153] : vErrors.push(err153), errors++;
            }
            if (data82.statement === void 0) {
              let err154 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property 'statement'", schema: schema34.properties.rollout.properties.downgrade.oneOf[1].required, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1], data: data82 };
              vErrors === null ? vErrors = [err154] : vErrors.push(err154), errors++;
            }
            for (let key15 in data82)
              if (!(key15 === "supported" || key15 === "statement")) {
                let err155 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1], data: data82 };
                vErrors === null ? vErrors = [err155] : vErrors.push(err155), errors++;
              }
            if (data82.supported !== void 0) {
              let data85 = data82.supported;
              if (data85 !== !1) {
                let err156 = { instancePath: instancePath + "/rollout/downgrade/supported", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/properties/supported/const", keyword: "const", params: { allowedValue: !1 }, message: "must be equal to constant", schema: !1, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1].properties.supported, data: data85 };
                vErrors === null ? vErrors = [err156] : vErrors.push(err156), errors++;
              }
            }
            if (data82.statement !== void 0) {
              let data86 = data82.statement;
              if (typeof data86 == "string") {
                if (func3(data86) < 1) {
                  let err157 = { instancePath: instancePath + "/rollout/downgrade/statement", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1].properties.statement, data: data86 };
                  vErrors === null ? vErrors = [err157] : vErrors.push(err157), errors++;
                }
              } else {
                let err158 = { instancePath: instancePath + "/rollout/downgrade/statement", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.rollout.properties.downgrade.oneOf[1].properties.statement.type, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1].properties.statement, data: data86 };
                vErrors === null ? vErrors = [err158] : vErrors.push(err158), errors++;
              }
            }
          } else {
            let err159 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.rollout.properties.downgrade.oneOf[1].type, parentSchema: schema34.properties.rollout.properties.downgrade.oneOf[1], data: data82 };
            vErrors === null ? vErrors = [err159] : vErrors.push(err159), errors++;
          }
          var _valid2 = _errs157 === errors;
          if (_valid2 && valid44 ? (valid44 = !1, passing0 = [passing0, 1]) : _valid2 && (valid44 = !0, passing0 = 1, props2 !== !0 && (props2 = !0)), valid44)
            errors = _errs150, vErrors !== null && (_errs150 ? vErrors.length = _errs150 : vErrors = null);
          else {
            let err160 = { instancePath: instancePath + "/rollout/downgrade", schemaPath: "#/properties/rollout/properties/downgrade/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema34.properties.rollout.properties.downgrade.oneOf, parentSchema: schema34.properties.rollout.properties.downgrade, data: data82 };
            vErrors === null ? vErrors = [err160] : vErrors.push(err160), errors++;
          }
        }
      } else {
        let err161 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.rollout.type, parentSchema: schema34.properties.rollout, data: data74 };
        vErrors === null ? vErrors = [err161] : vErrors.push(err161), errors++;
      }
    }
  } else {
    let err162 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    vErrors === null ? vErrors = [err162] : vErrors.push(err162), errors++;
  }
  return validate21.errors = vErrors, errors === 0;
}
validate21.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
var schema44 = { description: "Steps about the whole cluster, run in order.", type: "array", items: { $ref: "#/$defs/clusterStep" }, maxItems: 32 }, schema45 = { description: "A step about the whole cluster, run on its first control member (or its first member), with an optional condition on the versions it runs.", type: "object", additionalProperties: !1, required: ["name", "run"], properties: { name: { description: "The step's name, shown in the plan and the logs.", $ref: "#/$defs/step/properties/name" }, estimate: { description: "How long the step usually takes, in seconds, as for a member step.", $ref: "#/$defs/step/properties/estimate" }, run: { description: "The command as an argv, one word per item, with {placeholders}.", $ref: "#/$defs/step/properties/run" }, when: { description: "When the step applies, as for a member step.", $ref: "#/$defs/step/properties/when" }, on: { description: "Where the command runs: on the member (the default) or on the runner.", $ref: "#/$defs/step/properties/on" }, needs: { description: "Run the step only where the cluster runs one of these versions of each named component: its base before the first stage and after a rollback, its head after the last stage.", type: "object", minProperties: 1, propertyNames: { description: "A component name: lower-case letters, digits, dots, hyphens and underscores, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, additionalProperties: { description: "The versions (or ranges) of that component the cluster must run for the step to run.", type: "array", items: { type: "string", minLength: 1, maxLength: 128 }, minItems: 1 } }, retry: { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", $ref: "#/$defs/step/properties/retry" }, unless: { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", $ref: "#/$defs/step/properties/unless" }, creates: { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", $ref: "#/$defs/step/properties/creates" }, gate: { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", $ref: "#/$defs/step/properties/gate" }, expect: { description: "A read-back of the step's output: for each, the first line `match` (an extended regular expression) finds, its last group, must equal `is` (placeholders filled; no such line reads as empty), or the step fails.", $ref: "#/$defs/step/properties/expect" }, onlyIf: { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", $ref: "#/$defs/step/properties/onlyIf" }, reboots: { description: "As a member step's reboots.", $ref: "#/$defs/step/properties/reboots" } } }, schema46 = { description: "The step's name, shown in the plan and the logs (`health` is the stage's health check): lower-case letters, digits and hyphens, starting with a letter or digit.", type: "string", pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, schema47 = { description: "How long the step usually takes, in seconds, once (a retried step: until it first succeeds; an approval wait is not counted). The plan adds these up along its longest chain for the least time a rollout takes (docs/rollout.md#parallel-clusters-and-failure-budgets); a step without one counts as 0.", type: "integer", minimum: 0, maximum: 86400 }, schema48 = { description: "The command as an argv, one word per item; {component}, {member}, {channel}, {revision} and the other placeholders are filled with validated values and quoted.", type: "array", minItems: 1, items: { description: "One word of the command.", type: "string", minLength: 1, maxLength: 400 } }, schema49 = { description: "Where the command runs: on the member through the transport (default), on the runner itself, or, in a component's `before` and `after` only, on each of the cluster's control members in turn (`control`).", enum: ["member", "runner", "control"] }, schema50 = { description: "A health check or a wait on state: the step runs again every `every` until it succeeds, for at most `timeout` (90s, 10m, 2h); the stage stops when it never does.", type: "object", additionalProperties: !1, required: ["timeout", "every"], properties: { timeout: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "How long to keep trying." }, every: { type: "string", pattern: "^[1-9][0-9]{0,5}[smh]$", description: "The pause between tries." } } }, schema51 = { description: "A command (placeholders filled, run where the step runs) whose success passes the step over: what is done stays done when a stage is run again.", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, schema52 = { description: "The file the step leaves on its host (a database dump, a snapshot): the step is passed over where the file exists, so a rerun never redoes or overwrites it, and rollback.json names it under `kept`.", type: "string", minLength: 2, maxLength: 400, pattern: "^/" }, schema53 = { description: "For a member with `manual` workload handling: the approval gate comes right before this step instead of before the member's first step (MOSK: wait for the node's maintenance request, then approve).", enum: ["before"] }, schema55 = { description: "A command (placeholders filled) always run on the member through the transport: where it fails, the step is passed over (a node without the service the step is about).", type: "array", minItems: 1, items: { type: "string", minLength: 1, maxLength: 400 } }, schema56 = { description: "The step reboots the member: it needs a transport that reaches the member, so the machine that waits for it is never the member.", type: "boolean" }, schema54 = { description: "A read-back of the step's output: for each check, the first line `match` (an extended regular expression; placeholders filled and escaped) finds, its last group (no such line reads as empty), must equal `is`, hold `has` or lack `lacks` among its comma-separated items, or equal what the expression `like` finds; or the step fails, naming member, expected and found.", type: "array", minItems: 1, maxItems: 8, items: { type: "object", additionalProperties: !1, required: ["what", "match"], properties: { what: { description: "What is compared, in the words of the failure.", type: "string", minLength: 1, maxLength: 200 }, match: { description: "An extended regular expression; the first line of the step's output it finds is read, and its last group compared.", type: "string", minLength: 1, maxLength: 400 }, is: { description: "The value the matched group must equal (placeholders filled).", type: "string", maxLength: 400 }, has: { description: "An item the found value lists, comma-separated (snap list's Notes: held).", type: "string", minLength: 1, maxLength: 200 }, lacks: { description: "An item the found value must not list.", type: "string", minLength: 1, maxLength: 200 }, like: { description: "Another expression: its last group, found in the same output, is what the value must equal (an installed version equal to the candidate).", type: "string", minLength: 1, maxLength: 400 }, when: { description: "Where the check applies, as a step's when: held checks a hold only where the pin declares one.", $ref: "#/$defs/step/properties/when" } }, description: "One check: `what`, `match`, and exactly one of `is`, `has`, `lacks` or `like`." } };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 8) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 8 }, message: "must NOT have more than 8 items", schema: 8, parentSchema: schema54, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.length < 1) {
      let err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema54, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.what === void 0) {
          let err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "what" }, message: "must have required property 'what'", schema: schema54.items.required, parentSchema: schema54.items, data: data0 };
          vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
        }
        if (data0.match === void 0) {
          let err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema54.items.required, parentSchema: schema54.items, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        for (let key0 in data0)
          if (!(key0 === "what" || key0 === "match" || key0 === "is" || key0 === "has" || key0 === "lacks" || key0 === "like" || key0 === "when")) {
            let err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema54.items, data: data0 };
            vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
          }
        if (data0.what !== void 0) {
          let data1 = data0.what;
          if (typeof data1 == "string") {
            if (func3(data1) > 200) {
              let err5 = { instancePath: instancePath + "/" + i0 + "/what", schemaPath: "#/items/properties/what/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema54.items.properties.what, data: data1 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (func3(data1) < 1) {
              let err6 = { instancePath: instancePath + "/" + i0 + "/what", schemaPath: "#/items/properties/what/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items.properties.what, data: data1 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
          } else {
            let err7 = { instancePath: instancePath + "/" + i0 + "/what", schemaPath: "#/items/properties/what/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.what.type, parentSchema: schema54.items.properties.what, data: data1 };
            vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
          }
        }
        if (data0.match !== void 0) {
          let data2 = data0.match;
          if (typeof data2 == "string") {
            if (func3(data2) > 400) {
              let err8 = { instancePath: instancePath + "/" + i0 + "/match", schemaPath: "#/items/properties/match/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema54.items.properties.match, data: data2 };
              vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
            }
            if (func3(data2) < 1) {
              let err9 = { instancePath: instancePath + "/" + i0 + "/match", schemaPath: "#/items/properties/match/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items.properties.match, data: data2 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
          } else {
            let err10 = { instancePath: instancePath + "/" + i0 + "/match", schemaPath: "#/items/properties/match/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.match.type, parentSchema: schema54.items.properties.match, data: data2 };
            vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
          }
        }
        if (data0.is !== void 0) {
          let data3 = data0.is;
          if (typeof data3 == "string") {
            if (func3(data3) > 400) {
              let err11 = { instancePath: instancePath + "/" + i0 + "/is", schemaPath: "#/items/properties/is/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema54.items.properties.is, data: data3 };
              vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
            }
          } else {
            let err12 = { instancePath: instancePath + "/" + i0 + "/is", schemaPath: "#/items/properties/is/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.is.type, parentSchema: schema54.items.properties.is, data: data3 };
            vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
          }
        }
        if (data0.has !== void 0) {
          let data4 = data0.has;
          if (typeof data4 == "string") {
            if (func3(data4) > 200) {
              let err13 = { instancePath: instancePath + "/" + i0 + "/has", schemaPath: "#/items/properties/has/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema54.items.properties.has, data: data4 };
              vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
            }
            if (func3(data4) < 1) {
              let err14 = { instancePath: instancePath + "/" + i0 + "/has", schemaPath: "#/items/properties/has/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items.properties.has, data: data4 };
              vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
            }
          } else {
            let err15 = { instancePath: instancePath + "/" + i0 + "/has", schemaPath: "#/items/properties/has/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.has.type, parentSchema: schema54.items.properties.has, data: data4 };
            vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
          }
        }
        if (data0.lacks !== void 0) {
          let data5 = data0.lacks;
          if (typeof data5 == "string") {
            if (func3(data5) > 200) {
              let err16 = { instancePath: instancePath + "/" + i0 + "/lacks", schemaPath: "#/items/properties/lacks/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema54.items.properties.lacks, data: data5 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
            if (func3(data5) < 1) {
              let err17 = { instancePath: instancePath + "/" + i0 + "/lacks", schemaPath: "#/items/properties/lacks/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items.properties.lacks, data: data5 };
              vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
            }
          } else {
            let err18 = { instancePath: instancePath + "/" + i0 + "/lacks", schemaPath: "#/items/properties/lacks/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.lacks.type, parentSchema: schema54.items.properties.lacks, data: data5 };
            vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
          }
        }
        if (data0.like !== void 0) {
          let data6 = data0.like;
          if (typeof data6 == "string") {
            if (func3(data6) > 400) {
              let err19 = { instancePath: instancePath + "/" + i0 + "/like", schemaPath: "#/items/properties/like/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema54.items.properties.like, data: data6 };
              vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
            }
            if (func3(data6) < 1) {
              let err20 = { instancePath: instancePath + "/" + i0 + "/like", schemaPath: "#/items/properties/like/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.items.properties.like, data: data6 };
              vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
            }
          } else {
            let err21 = { instancePath: instancePath + "/" + i0 + "/like", schemaPath: "#/items/properties/like/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.items.properties.like.type, parentSchema: schema54.items.properties.like, data: data6 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        }
        data0.when !== void 0 && (validate24(data0.when, { instancePath: instancePath + "/" + i0 + "/when", parentData: data0, parentDataProperty: "when", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors), errors = vErrors.length));
      } else {
        let err22 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.items.type, parentSchema: schema54.items, data: data0 };
        vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
      }
    }
  } else {
    let err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema54.type, parentSchema: schema54, data };
    vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
  }
  return validate35.errors = vErrors, errors === 0;
}
validate35.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.run === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "run" }, message: "must have required property 'run'", schema: schema45.required, parentSchema: schema45, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema45.properties, key0)) {
        let err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema45, data };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (!pattern12.test(data0)) {
          let err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,40}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,40}$"', schema: "^[a-z0-9][a-z0-9-]{0,40}$", parentSchema: schema46, data: data0 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
      } else {
        let err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/step/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data0 };
        vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
      }
    }
    if (data.estimate !== void 0) {
      let data1 = data.estimate;
      if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        let err5 = { instancePath: instancePath + "/estimate", schemaPath: "#/$defs/step/properties/estimate/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema47.type, parentSchema: schema47, data: data1 };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 86400 || isNaN(data1)) {
          let err6 = { instancePath: instancePath + "/estimate", schemaPath: "#/$defs/step/properties/estimate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema47, data: data1 };
          vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
        }
        if (data1 < 0 || isNaN(data1)) {
          let err7 = { instancePath: instancePath + "/estimate", schemaPath: "#/$defs/step/properties/estimate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema47, data: data1 };
          vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
        }
      }
    }
    if (data.run !== void 0) {
      let data2 = data.run;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          let err8 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48, data: data2 };
          vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
        }
        let len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 == "string") {
            if (func3(data3) > 400) {
              let err9 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema48.items, data: data3 };
              vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
            }
            if (func3(data3) < 1) {
              let err10 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema48.items, data: data3 };
              vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
            }
          } else {
            let err11 = { instancePath: instancePath + "/run/" + i0, schemaPath: "#/$defs/step/properties/run/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data3 };
            vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
          }
        }
      } else {
        let err12 = { instancePath: instancePath + "/run", schemaPath: "#/$defs/step/properties/run/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.type, parentSchema: schema48, data: data2 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.when !== void 0 && (validate24(data.when, { instancePath: instancePath + "/when", parentData: data, parentDataProperty: "when", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors), errors = vErrors.length)), data.on !== void 0) {
      let data5 = data.on;
      if (!(data5 === "member" || data5 === "runner" || data5 === "control")) {
        let err13 = { instancePath: instancePath + "/on", schemaPath: "#/$defs/step/properties/on/enum", keyword: "enum", params: { allowedValues: schema49.enum }, message: "must be equal to one of the allowed values", schema: schema49.enum, parentSchema: schema49, data: data5 };
        vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
      }
    }
    if (data.needs !== void 0) {
      let data6 = data.needs;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          let err14 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema45.properties.needs, data: data6 };
          vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
        }
        for (let key1 in data6) {
          let _errs18 = errors;
          if (typeof key1 == "string") {
            if (!pattern5.test(key1)) {
              let err15 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema45.properties.needs.propertyNames, data: key1, propertyName: key1 };
              vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
            }
          } else {
            let err16 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.needs.propertyNames.type, parentSchema: schema45.properties.needs.propertyNames, data: key1, propertyName: key1 };
            vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
          }
          var valid7 = _errs18 === errors;
          if (!valid7) {
            let err17 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema45.properties.needs.propertyNames, parentSchema: schema45.properties.needs, data: data6 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        for (let key2 in data6) {
          let data7 = data6[key2];
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              let err18 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.needs.additionalProperties, data: data7 };
              vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
            }
            let len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 == "string") {
                if (func3(data8) > 128) {
                  let err19 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema45.properties.needs.additionalProperties.items, data: data8 };
                  vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                }
                if (func3(data8) < 1) {
                  let err20 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema45.properties.needs.additionalProperties.items, data: data8 };
                  vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                }
              } else {
                let err21 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i1, schemaPath: "#/properties/needs/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.needs.additionalProperties.items.type, parentSchema: schema45.properties.needs.additionalProperties.items, data: data8 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
          } else {
            let err22 = { instancePath: instancePath + "/needs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/needs/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.needs.additionalProperties.type, parentSchema: schema45.properties.needs.additionalProperties, data: data7 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
        }
      } else {
        let err23 = { instancePath: instancePath + "/needs", schemaPath: "#/properties/needs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.properties.needs.type, parentSchema: schema45.properties.needs, data: data6 };
        vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
      }
    }
    if (data.retry !== void 0) {
      let data9 = data.retry;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.timeout === void 0) {
          let err24 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "timeout" }, message: "must have required property 'timeout'", schema: schema50.required, parentSchema: schema50, data: data9 };
          vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
        }
        if (data9.every === void 0) {
          let err25 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/required", keyword: "required", params: { missingProperty: "every" }, message: "must have required property 'every'", schema: schema50.required, parentSchema: schema50, data: data9 };
          vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
        }
        for (let key3 in data9)
          if (!(key3 === "timeout" || key3 === "every")) {
            let err26 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema50, data: data9 };
            vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
          }
        if (data9.timeout !== void 0) {
          let data10 = data9.timeout;
          if (typeof data10 == "string") {
            if (!pattern13.test(data10)) {
              let err27 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema50.properties.timeout, data: data10 };
              vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
            }
          } else {
            let err28 = { instancePath: instancePath + "/retry/timeout", schemaPath: "#/$defs/step/properties/retry/properties/timeout/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.timeout.type, parentSchema: schema50.properties.timeout, data: data10 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data9.every !== void 0) {
          let data11 = data9.every;
          if (typeof data11 == "string") {
            if (!pattern13.test(data11)) {
              let err29 = { instancePath: instancePath + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,5}[smh]$" }, message: 'must match pattern "^[1-9][0-9]{0,5}[smh]$"', schema: "^[1-9][0-9]{0,5}[smh]$", parentSchema: schema50.properties.every, data: data11 };
              vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
            }
          } else {
            let err30 = { instancePath: instancePath + "/retry/every", schemaPath: "#/$defs/step/properties/retry/properties/every/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema50.properties.every.type, parentSchema: schema50.properties.every, data: data11 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
      } else {
        let err31 = { instancePath: instancePath + "/retry", schemaPath: "#/$defs/step/properties/retry/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data: data9 };
        vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
      }
    }
    if (data.unless !== void 0) {
      let data12 = data.unless;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          let err32 = { instancePath: instancePath + "/unless", schemaPath: "#/$defs/step/properties/unless/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema51, data: data12 };
          vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
        }
        let len2 = data12.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data13 = data12[i2];
          if (typeof data13 == "string") {
            if (func3(data13) > 400) {
              let err33 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema51.items, data: data13 };
              vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
            }
            if (func3(data13) < 1) {
              let err34 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema51.items, data: data13 };
              vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
            }
          } else {
            let err35 = { instancePath: instancePath + "/unless/" + i2, schemaPath: "#/$defs/step/properties/unless/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.items.type, parentSchema: schema51.items, data: data13 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/unless", schemaPath: "#/$defs/step/properties/unless/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data: data12 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
    if (data.creates !== void 0) {
      let data14 = data.creates;
      if (typeof data14 == "string") {
        if (func3(data14) > 400) {
          let err37 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema52, data: data14 };
          vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
        }
        if (func3(data14) < 2) {
          let err38 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters", schema: 2, parentSchema: schema52, data: data14 };
          vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
        }
        if (!pattern15.test(data14)) {
          let err39 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema52, data: data14 };
          vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
        }
      } else {
        let err40 = { instancePath: instancePath + "/creates", schemaPath: "#/$defs/step/properties/creates/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.type, parentSchema: schema52, data: data14 };
        vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
      }
    }
    if (data.gate !== void 0) {
      let data15 = data.gate;
      if (data15 !== "before") {
        let err41 = { instancePath: instancePath + "/gate", schemaPath: "#/$defs/step/properties/gate/enum", keyword: "enum", params: { allowedValues: schema53.enum }, message: "must be equal to one of the allowed values", schema: schema53.enum, parentSchema: schema53, data: data15 };
        vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
      }
    }
    if (data.expect !== void 0 && (validate35(data.expect, { instancePath: instancePath + "/expect", parentData: data, parentDataProperty: "expect", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors), errors = vErrors.length)), data.onlyIf !== void 0) {
      let data17 = data.onlyIf;
      if (Array.isArray(data17)) {
        if (data17.length < 1) {
          let err42 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema55, data: data17 };
          vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
        }
        let len3 = data17.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data18 = data17[i3];
          if (typeof data18 == "string") {
            if (func3(data18) > 400) {
              let err43 = { instancePath: instancePath + "/onlyIf/" + i3, schemaPath: "#/$defs/step/properties/onlyIf/items/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters", schema: 400, parentSchema: schema55.items, data: data18 };
              vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
            }
            if (func3(data18) < 1) {
              let err44 = { instancePath: instancePath + "/onlyIf/" + i3, schemaPath: "#/$defs/step/properties/onlyIf/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema55.items, data: data18 };
              vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
            }
          } else {
            let err45 = { instancePath: instancePath + "/onlyIf/" + i3, schemaPath: "#/$defs/step/properties/onlyIf/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema55.items.type, parentSchema: schema55.items, data: data18 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
        }
      } else {
        let err46 = { instancePath: instancePath + "/onlyIf", schemaPath: "#/$defs/step/properties/onlyIf/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema55.type, parentSchema: schema55, data: data17 };
        vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
      }
    }
    if (data.reboots !== void 0) {
      let data19 = data.reboots;
      if (typeof data19 != "boolean") {
        let err47 = { instancePath: instancePath + "/reboots", schemaPath: "#/$defs/step/properties/reboots/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema56.type, parentSchema: schema56, data: data19 };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
  } else {
    let err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
  }
  return validate33.errors = vErrors, errors === 0;
}
validate33.evaluated = { props: !0, dynamicProps: !1, dynamicItems: !1 };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), Array.isArray(data)) {
    if (data.length > 32) {
      let err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 32 }, message: "must NOT have more than 32 items", schema: 32, parentSchema: schema44, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    let len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++)
      validate33(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors), errors = vErrors.length);
  } else {
    let err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema44.type, parentSchema: schema44, data };
    vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
  }
  return validate32.errors = vErrors, errors === 0;
}
validate32.evaluated = { items: !0, dynamicProps: !1, dynamicItems: !1 };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.kind === void 0) {
      let err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
    }
    if (data.name === void 0) {
      let err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
    }
    if (data.order === void 0) {
      let err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "order" }, message: "must have required property 'order'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
    }
    if (data.components === void 0) {
      let err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "components" }, message: "must have required property 'components'", schema: schema31.required, parentSchema: schema31, data };
      vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
    }
    for (let key0 in data)
      if (!func1.call(schema31.properties, key0)) {
        let err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31, data };
        vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
      }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 != "string") {
        let err6 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data1 = data.apiVersion;
      if (data1 !== "rollgate/v1") {
        let err7 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "rollgate/v1" }, message: "must be equal to constant", schema: "rollgate/v1", parentSchema: schema31.properties.apiVersion, data: data1 };
        vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
      }
    }
    if (data.kind !== void 0) {
      let data2 = data.kind;
      if (data2 !== "PolicyPack") {
        let err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "PolicyPack" }, message: "must be equal to constant", schema: "PolicyPack", parentSchema: schema31.properties.kind, data: data2 };
        vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
      }
    }
    if (data.name !== void 0) {
      let data3 = data.name;
      if (typeof data3 == "string") {
        if (!pattern4.test(data3)) {
          let err9 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema31.properties.name, data: data3 };
          vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
        }
      } else {
        let err10 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.name.type, parentSchema: schema31.properties.name, data: data3 };
        vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
      }
    }
    if (data.description !== void 0) {
      let data4 = data.description;
      if (typeof data4 != "string") {
        let err11 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data4 };
        vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
      }
    }
    if (data.datasource !== void 0) {
      let data5 = data.datasource;
      if (!(data5 === "snap-store" || data5 === "charmhub")) {
        let err12 = { instancePath: instancePath + "/datasource", schemaPath: "#/$defs/datasource/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data5 };
        vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
      }
    }
    if (data.sources !== void 0) {
      let data6 = data.sources;
      if (Array.isArray(data6)) {
        let len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 != "string") {
            let err13 = { instancePath: instancePath + "/sources/" + i0, schemaPath: "#/properties/sources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.sources.items.type, parentSchema: schema31.properties.sources.items, data: data7 };
            vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
          }
        }
      } else {
        let err14 = { instancePath: instancePath + "/sources", schemaPath: "#/properties/sources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.sources.type, parentSchema: schema31.properties.sources, data: data6 };
        vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
      }
    }
    if (data.order !== void 0) {
      let data8 = data.order;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          let err15 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.order, data: data8 };
          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
        }
        let len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (typeof data9 == "string") {
            if (!pattern5.test(data9)) {
              let err16 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema31.properties.order.items, data: data9 };
              vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
            }
          } else {
            let err17 = { instancePath: instancePath + "/order/" + i1, schemaPath: "#/properties/order/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.order.items.type, parentSchema: schema31.properties.order.items, data: data9 };
            vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
          }
        }
        let i2 = data8.length, j0;
        if (i2 > 1) {
          let indices0 = {};
          for (; i2--; ) {
            let item0 = data8[i2];
            if (typeof item0 == "string") {
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                let err18 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: !0, parentSchema: schema31.properties.order, data: data8 };
                vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                break;
              }
              indices0[item0] = i2;
            }
          }
        }
      } else {
        let err19 = { instancePath: instancePath + "/order", schemaPath: "#/properties/order/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.order.type, parentSchema: schema31.properties.order, data: data8 };
        vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
      }
    }
    if (data.strictOrder !== void 0) {
      let data10 = data.strictOrder;
      if (typeof data10 != "boolean") {
        let err20 = { instancePath: instancePath + "/strictOrder", schemaPath: "#/properties/strictOrder/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.strictOrder.type, parentSchema: schema31.properties.strictOrder, data: data10 };
        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
      }
    }
    if (data.members !== void 0) {
      let data11 = data.members;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (let key1 in data11)
          if (!(key1 === "min" || key1 === "max")) {
            let err21 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.members, data: data11 };
            vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
          }
        if (data11.min !== void 0) {
          let data12 = data11.min;
          if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            let err22 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.members.properties.min.type, parentSchema: schema31.properties.members.properties.min, data: data12 };
            vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
          }
          if (typeof data12 == "number" && isFinite(data12) && (data12 < 1 || isNaN(data12))) {
            let err23 = { instancePath: instancePath + "/members/min", schemaPath: "#/properties/members/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.members.properties.min, data: data12 };
            vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
          }
        }
        if (data11.max !== void 0) {
          let data13 = data11.max;
          if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
            let err24 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.members.properties.max.type, parentSchema: schema31.properties.members.properties.max, data: data13 };
            vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
          }
          if (typeof data13 == "number" && isFinite(data13) && (data13 < 1 || isNaN(data13))) {
            let err25 = { instancePath: instancePath + "/members/max", schemaPath: "#/properties/members/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.members.properties.max, data: data13 };
            vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
          }
        }
      } else {
        let err26 = { instancePath: instancePath + "/members", schemaPath: "#/properties/members/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.members.type, parentSchema: schema31.properties.members, data: data11 };
        vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
      }
    }
    if (data.rules !== void 0) {
      let data14 = data.rules;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (let key2 in data14)
          if (!func1.call(schema33.properties, key2)) {
            let err27 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema33, data: data14 };
            vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
          }
        if (data14["yaml/syntax"] !== void 0) {
          let data15 = data14["yaml/syntax"];
          if (!(data15 === "error" || data15 === "warning" || data15 === "off")) {
            let err28 = { instancePath: instancePath + "/rules/yaml~1syntax", schemaPath: "#/$defs/severities/properties/yaml~1syntax/enum", keyword: "enum", params: { allowedValues: schema33.properties["yaml/syntax"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["yaml/syntax"].enum, parentSchema: schema33.properties["yaml/syntax"], data: data15 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
        if (data14.schema !== void 0) {
          let data16 = data14.schema;
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            let err29 = { instancePath: instancePath + "/rules/schema", schemaPath: "#/$defs/severities/properties/schema/enum", keyword: "enum", params: { allowedValues: schema33.properties.schema.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.schema.enum, parentSchema: schema33.properties.schema, data: data16 };
            vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
          }
        }
        if (data14["order/requires"] !== void 0) {
          let data17 = data14["order/requires"];
          if (!(data17 === "error" || data17 === "warning" || data17 === "off")) {
            let err30 = { instancePath: instancePath + "/rules/order~1requires", schemaPath: "#/$defs/severities/properties/order~1requires/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/requires"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/requires"].enum, parentSchema: schema33.properties["order/requires"], data: data17 };
            vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
          }
        }
        if (data14["order/promotion"] !== void 0) {
          let data18 = data14["order/promotion"];
          if (!(data18 === "error" || data18 === "warning" || data18 === "off")) {
            let err31 = { instancePath: instancePath + "/rules/order~1promotion", schemaPath: "#/$defs/severities/properties/order~1promotion/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/promotion"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/promotion"].enum, parentSchema: schema33.properties["order/promotion"], data: data18 };
            vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
          }
        }
        if (data14["order/transition"] !== void 0) {
          let data19 = data14["order/transition"];
          if (!(data19 === "error" || data19 === "warning" || data19 === "off")) {
            let err32 = { instancePath: instancePath + "/rules/order~1transition", schemaPath: "#/$defs/severities/properties/order~1transition/enum", keyword: "enum", params: { allowedValues: schema33.properties["order/transition"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["order/transition"].enum, parentSchema: schema33.properties["order/transition"], data: data19 };
            vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
          }
        }
        if (data14["skew/jump"] !== void 0) {
          let data20 = data14["skew/jump"];
          if (!(data20 === "error" || data20 === "warning" || data20 === "off")) {
            let err33 = { instancePath: instancePath + "/rules/skew~1jump", schemaPath: "#/$defs/severities/properties/skew~1jump/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/jump"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/jump"].enum, parentSchema: schema33.properties["skew/jump"], data: data20 };
            vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
          }
        }
        if (data14["skew/downgrade"] !== void 0) {
          let data21 = data14["skew/downgrade"];
          if (!(data21 === "error" || data21 === "warning" || data21 === "off")) {
            let err34 = { instancePath: instancePath + "/rules/skew~1downgrade", schemaPath: "#/$defs/severities/properties/skew~1downgrade/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/downgrade"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/downgrade"].enum, parentSchema: schema33.properties["skew/downgrade"], data: data21 };
            vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
          }
        }
        if (data14["skew/major"] !== void 0) {
          let data22 = data14["skew/major"];
          if (!(data22 === "error" || data22 === "warning" || data22 === "off")) {
            let err35 = { instancePath: instancePath + "/rules/skew~1major", schemaPath: "#/$defs/severities/properties/skew~1major/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/major"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/major"].enum, parentSchema: schema33.properties["skew/major"], data: data22 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
        if (data14["skew/members"] !== void 0) {
          let data23 = data14["skew/members"];
          if (!(data23 === "error" || data23 === "warning" || data23 === "off")) {
            let err36 = { instancePath: instancePath + "/rules/skew~1members", schemaPath: "#/$defs/severities/properties/skew~1members/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/members"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/members"].enum, parentSchema: schema33.properties["skew/members"], data: data23 };
            vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
          }
        }
        if (data14["skew/components"] !== void 0) {
          let data24 = data14["skew/components"];
          if (!(data24 === "error" || data24 === "warning" || data24 === "off")) {
            let err37 = { instancePath: instancePath + "/rules/skew~1components", schemaPath: "#/$defs/severities/properties/skew~1components/enum", keyword: "enum", params: { allowedValues: schema33.properties["skew/components"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["skew/components"].enum, parentSchema: schema33.properties["skew/components"], data: data24 };
            vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
          }
        }
        if (data14["channel/risk"] !== void 0) {
          let data25 = data14["channel/risk"];
          if (!(data25 === "error" || data25 === "warning" || data25 === "off")) {
            let err38 = { instancePath: instancePath + "/rules/channel~1risk", schemaPath: "#/$defs/severities/properties/channel~1risk/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/risk"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/risk"].enum, parentSchema: schema33.properties["channel/risk"], data: data25 };
            vErrors === null ? vErrors = [err38] : vErrors.push(err38), errors++;
          }
        }
        if (data14["channel/eol"] !== void 0) {
          let data26 = data14["channel/eol"];
          if (!(data26 === "error" || data26 === "warning" || data26 === "off")) {
            let err39 = { instancePath: instancePath + "/rules/channel~1eol", schemaPath: "#/$defs/severities/properties/channel~1eol/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/eol"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/eol"].enum, parentSchema: schema33.properties["channel/eol"], data: data26 };
            vErrors === null ? vErrors = [err39] : vErrors.push(err39), errors++;
          }
        }
        if (data14["channel/blocked"] !== void 0) {
          let data27 = data14["channel/blocked"];
          if (!(data27 === "error" || data27 === "warning" || data27 === "off")) {
            let err40 = { instancePath: instancePath + "/rules/channel~1blocked", schemaPath: "#/$defs/severities/properties/channel~1blocked/enum", keyword: "enum", params: { allowedValues: schema33.properties["channel/blocked"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["channel/blocked"].enum, parentSchema: schema33.properties["channel/blocked"], data: data27 };
            vErrors === null ? vErrors = [err40] : vErrors.push(err40), errors++;
          }
        }
        if (data14["hold/required"] !== void 0) {
          let data28 = data14["hold/required"];
          if (!(data28 === "error" || data28 === "warning" || data28 === "off")) {
            let err41 = { instancePath: instancePath + "/rules/hold~1required", schemaPath: "#/$defs/severities/properties/hold~1required/enum", keyword: "enum", params: { allowedValues: schema33.properties["hold/required"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["hold/required"].enum, parentSchema: schema33.properties["hold/required"], data: data28 };
            vErrors === null ? vErrors = [err41] : vErrors.push(err41), errors++;
          }
        }
        if (data14["hold/freeze"] !== void 0) {
          let data29 = data14["hold/freeze"];
          if (!(data29 === "error" || data29 === "warning" || data29 === "off")) {
            let err42 = { instancePath: instancePath + "/rules/hold~1freeze", schemaPath: "#/$defs/severities/properties/hold~1freeze/enum", keyword: "enum", params: { allowedValues: schema33.properties["hold/freeze"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["hold/freeze"].enum, parentSchema: schema33.properties["hold/freeze"], data: data29 };
            vErrors === null ? vErrors = [err42] : vErrors.push(err42), errors++;
          }
        }
        if (data14["cohort/required"] !== void 0) {
          let data30 = data14["cohort/required"];
          if (!(data30 === "error" || data30 === "warning" || data30 === "off")) {
            let err43 = { instancePath: instancePath + "/rules/cohort~1required", schemaPath: "#/$defs/severities/properties/cohort~1required/enum", keyword: "enum", params: { allowedValues: schema33.properties["cohort/required"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["cohort/required"].enum, parentSchema: schema33.properties["cohort/required"], data: data30 };
            vErrors === null ? vErrors = [err43] : vErrors.push(err43), errors++;
          }
        }
        if (data14["pins/conflict"] !== void 0) {
          let data31 = data14["pins/conflict"];
          if (!(data31 === "error" || data31 === "warning" || data31 === "off")) {
            let err44 = { instancePath: instancePath + "/rules/pins~1conflict", schemaPath: "#/$defs/severities/properties/pins~1conflict/enum", keyword: "enum", params: { allowedValues: schema33.properties["pins/conflict"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["pins/conflict"].enum, parentSchema: schema33.properties["pins/conflict"], data: data31 };
            vErrors === null ? vErrors = [err44] : vErrors.push(err44), errors++;
          }
        }
        if (data14["policy/changed"] !== void 0) {
          let data32 = data14["policy/changed"];
          if (!(data32 === "error" || data32 === "warning" || data32 === "off")) {
            let err45 = { instancePath: instancePath + "/rules/policy~1changed", schemaPath: "#/$defs/severities/properties/policy~1changed/enum", keyword: "enum", params: { allowedValues: schema33.properties["policy/changed"].enum }, message: "must be equal to one of the allowed values", schema: schema33.properties["policy/changed"].enum, parentSchema: schema33.properties["policy/changed"], data: data32 };
            vErrors === null ? vErrors = [err45] : vErrors.push(err45), errors++;
          }
        }
        if (data14.drift !== void 0) {
          let data33 = data14.drift;
          if (!(data33 === "error" || data33 === "warning" || data33 === "off")) {
            let err46 = { instancePath: instancePath + "/rules/drift", schemaPath: "#/$defs/severities/properties/drift/enum", keyword: "enum", params: { allowedValues: schema33.properties.drift.enum }, message: "must be equal to one of the allowed values", schema: schema33.properties.drift.enum, parentSchema: schema33.properties.drift, data: data33 };
            vErrors === null ? vErrors = [err46] : vErrors.push(err46), errors++;
          }
        }
      } else {
        let err47 = { instancePath: instancePath + "/rules", schemaPath: "#/$defs/severities/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data: data14 };
        vErrors === null ? vErrors = [err47] : vErrors.push(err47), errors++;
      }
    }
    if (data.params !== void 0) {
      let data34 = data.params;
      if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
        for (let key3 in data34) {
          let _errs54 = errors;
          if (typeof key3 == "string") {
            if (!pattern6.test(key3)) {
              let err48 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]{0,30}$" }, message: 'must match pattern "^[a-z][a-z0-9-]{0,30}$"', schema: "^[a-z][a-z0-9-]{0,30}$", parentSchema: schema31.properties.params.propertyNames, data: key3, propertyName: key3 };
              vErrors === null ? vErrors = [err48] : vErrors.push(err48), errors++;
            }
          } else {
            let err49 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.params.propertyNames.type, parentSchema: schema31.properties.params.propertyNames, data: key3, propertyName: key3 };
            vErrors === null ? vErrors = [err49] : vErrors.push(err49), errors++;
          }
          var valid10 = _errs54 === errors;
          if (!valid10) {
            let err50 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema31.properties.params.propertyNames, parentSchema: schema31.properties.params, data: data34 };
            vErrors === null ? vErrors = [err50] : vErrors.push(err50), errors++;
          }
        }
        for (let key4 in data34) {
          let data35 = data34[key4];
          if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
            if (data35.description === void 0) {
              let err51 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema31.properties.params.additionalProperties.required, parentSchema: schema31.properties.params.additionalProperties, data: data35 };
              vErrors === null ? vErrors = [err51] : vErrors.push(err51), errors++;
            }
            for (let key5 in data35)
              if (!(key5 === "description" || key5 === "default")) {
                let err52 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.params.additionalProperties, data: data35 };
                vErrors === null ? vErrors = [err52] : vErrors.push(err52), errors++;
              }
            if (data35.description !== void 0) {
              let data36 = data35.description;
              if (typeof data36 == "string") {
                if (func3(data36) < 1) {
                  let err53 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/params/additionalProperties/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.params.additionalProperties.properties.description, data: data36 };
                  vErrors === null ? vErrors = [err53] : vErrors.push(err53), errors++;
                }
              } else {
                let err54 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/params/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.params.additionalProperties.properties.description.type, parentSchema: schema31.properties.params.additionalProperties.properties.description, data: data36 };
                vErrors === null ? vErrors = [err54] : vErrors.push(err54), errors++;
              }
            }
            if (data35.default !== void 0) {
              let data37 = data35.default;
              if (typeof data37 == "string") {
                if (!pattern7.test(data37)) {
                  let err55 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/params/additionalProperties/properties/default/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$", parentSchema: schema31.properties.params.additionalProperties.properties.default, data: data37 };
                  vErrors === null ? vErrors = [err55] : vErrors.push(err55), errors++;
                }
              } else {
                let err56 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/default", schemaPath: "#/properties/params/additionalProperties/properties/default/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.params.additionalProperties.properties.default.type, parentSchema: schema31.properties.params.additionalProperties.properties.default, data: data37 };
                vErrors === null ? vErrors = [err56] : vErrors.push(err56), errors++;
              }
            }
          } else {
            let err57 = { instancePath: instancePath + "/params/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.params.additionalProperties.type, parentSchema: schema31.properties.params.additionalProperties, data: data35 };
            vErrors === null ? vErrors = [err57] : vErrors.push(err57), errors++;
          }
        }
      } else {
        let err58 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.params.type, parentSchema: schema31.properties.params, data: data34 };
        vErrors === null ? vErrors = [err58] : vErrors.push(err58), errors++;
      }
    }
    if (data.components !== void 0) {
      let data38 = data.components;
      if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
        if (Object.keys(data38).length < 1) {
          let err59 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.components, data: data38 };
          vErrors === null ? vErrors = [err59] : vErrors.push(err59), errors++;
        }
        for (let key6 in data38) {
          let _errs66 = errors;
          if (typeof key6 == "string") {
            if (!pattern5.test(key6)) {
              let err60 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema31.properties.components.propertyNames, data: key6, propertyName: key6 };
              vErrors === null ? vErrors = [err60] : vErrors.push(err60), errors++;
            }
          } else {
            let err61 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.components.propertyNames.type, parentSchema: schema31.properties.components.propertyNames, data: key6, propertyName: key6 };
            vErrors === null ? vErrors = [err61] : vErrors.push(err61), errors++;
          }
          var valid13 = _errs66 === errors;
          if (!valid13) {
            let err62 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema31.properties.components.propertyNames, parentSchema: schema31.properties.components, data: data38 };
            vErrors === null ? vErrors = [err62] : vErrors.push(err62), errors++;
          }
        }
        for (let key7 in data38)
          validate21(data38[key7], { instancePath: instancePath + "/components/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data38, parentDataProperty: key7, rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors), errors = vErrors.length);
      } else {
        let err63 = { instancePath: instancePath + "/components", schemaPath: "#/properties/components/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.components.type, parentSchema: schema31.properties.components, data: data38 };
        vErrors === null ? vErrors = [err63] : vErrors.push(err63), errors++;
      }
    }
    if (data.rollout !== void 0) {
      let data40 = data.rollout;
      if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
        for (let key8 in data40)
          if (!(key8 === "pauseAfterMember" || key8 === "pins" || key8 === "first" || key8 === "finally" || key8 === "rollback")) {
            let err64 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.rollout, data: data40 };
            vErrors === null ? vErrors = [err64] : vErrors.push(err64), errors++;
          }
        if (data40.pauseAfterMember !== void 0) {
          let data41 = data40.pauseAfterMember;
          if (!(data41 === "first" || data41 === "all" || data41 === "none")) {
            let err65 = { instancePath: instancePath + "/rollout/pauseAfterMember", schemaPath: "#/properties/rollout/properties/pauseAfterMember/enum", keyword: "enum", params: { allowedValues: schema31.properties.rollout.properties.pauseAfterMember.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rollout.properties.pauseAfterMember.enum, parentSchema: schema31.properties.rollout.properties.pauseAfterMember, data: data41 };
            vErrors === null ? vErrors = [err65] : vErrors.push(err65), errors++;
          }
        }
        if (data40.pins !== void 0) {
          let data42 = data40.pins;
          if (!(data42 === "snap" || data42 === "none")) {
            let err66 = { instancePath: instancePath + "/rollout/pins", schemaPath: "#/properties/rollout/properties/pins/enum", keyword: "enum", params: { allowedValues: schema31.properties.rollout.properties.pins.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.rollout.properties.pins.enum, parentSchema: schema31.properties.rollout.properties.pins, data: data42 };
            vErrors === null ? vErrors = [err66] : vErrors.push(err66), errors++;
          }
        }
        if (data40.first !== void 0 && (validate32(data40.first, { instancePath: instancePath + "/rollout/first", parentData: data40, parentDataProperty: "first", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length)), data40.finally !== void 0 && (validate32(data40.finally, { instancePath: instancePath + "/rollout/finally", parentData: data40, parentDataProperty: "finally", rootData, dynamicAnchors }) || (vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors), errors = vErrors.length)), data40.rollback !== void 0) {
          let data45 = data40.rollback, _errs78 = errors, valid16 = !1, passing0 = null, _errs79 = errors;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.supported === void 0) {
              let err67 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema31.properties.rollout.properties.rollback.oneOf[0].required, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[0], data: data45 };
              vErrors === null ? vErrors = [err67] : vErrors.push(err67), errors++;
            }
            for (let key9 in data45)
              if (key9 !== "supported") {
                let err68 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[0], data: data45 };
                vErrors === null ? vErrors = [err68] : vErrors.push(err68), errors++;
              }
            if (data45.supported !== void 0) {
              let data46 = data45.supported;
              if (data46 !== !0) {
                let err69 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/properties/supported/const", keyword: "const", params: { allowedValue: !0 }, message: "must be equal to constant", schema: !0, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[0].properties.supported, data: data46 };
                vErrors === null ? vErrors = [err69] : vErrors.push(err69), errors++;
              }
            }
          } else {
            let err70 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.properties.rollback.oneOf[0].type, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[0], data: data45 };
            vErrors === null ? vErrors = [err70] : vErrors.push(err70), errors++;
          }
          var _valid0 = _errs79 === errors;
          if (_valid0) {
            valid16 = !0, passing0 = 0;
            var props0 = !0;
          }
          let _errs83 = errors;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            if (data45.supported === void 0) {
              let err71 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "supported" }, message: "must have required property 'supported'", schema: schema31.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1], data: data45 };
              vErrors === null ? vErrors = [err71] : vErrors.push(err71), errors++;
            }
            if (data45.statement === void 0) {
              let err72 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/required", keyword: "required", params: { missingProperty: "statement" }, message: "must have required property 'statement'", schema: schema31.properties.rollout.properties.rollback.oneOf[1].required, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1], data: data45 };
              vErrors === null ? vErrors = [err72] : vErrors.push(err72), errors++;
            }
            for (let key10 in data45)
              if (!(key10 === "supported" || key10 === "statement")) {
                let err73 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: !1, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1], data: data45 };
                vErrors === null ? vErrors = [err73] : vErrors.push(err73), errors++;
              }
            if (data45.supported !== void 0) {
              let data47 = data45.supported;
              if (data47 !== !1) {
                let err74 = { instancePath: instancePath + "/rollout/rollback/supported", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/supported/const", keyword: "const", params: { allowedValue: !1 }, message: "must be equal to constant", schema: !1, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1].properties.supported, data: data47 };
                vErrors === null ? vErrors = [err74] : vErrors.push(err74), errors++;
              }
            }
            if (data45.statement !== void 0) {
              let data48 = data45.statement;
              if (typeof data48 == "string") {
                if (func3(data48) < 1) {
                  let err75 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data48 };
                  vErrors === null ? vErrors = [err75] : vErrors.push(err75), errors++;
                }
              } else {
                let err76 = { instancePath: instancePath + "/rollout/rollback/statement", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/properties/statement/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.rollout.properties.rollback.oneOf[1].properties.statement.type, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1].properties.statement, data: data48 };
                vErrors === null ? vErrors = [err76] : vErrors.push(err76), errors++;
              }
            }
          } else {
            let err77 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.properties.rollback.oneOf[1].type, parentSchema: schema31.properties.rollout.properties.rollback.oneOf[1], data: data45 };
            vErrors === null ? vErrors = [err77] : vErrors.push(err77), errors++;
          }
          var _valid0 = _errs83 === errors;
          if (_valid0 && valid16 ? (valid16 = !1, passing0 = [passing0, 1]) : _valid0 && (valid16 = !0, passing0 = 1, props0 !== !0 && (props0 = !0)), valid16)
            errors = _errs78, vErrors !== null && (_errs78 ? vErrors.length = _errs78 : vErrors = null);
          else {
            let err78 = { instancePath: instancePath + "/rollout/rollback", schemaPath: "#/properties/rollout/properties/rollback/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.rollout.properties.rollback.oneOf, parentSchema: schema31.properties.rollout.properties.rollback, data: data45 };
            vErrors === null ? vErrors = [err78] : vErrors.push(err78), errors++;
          }
        }
      } else {
        let err79 = { instancePath: instancePath + "/rollout", schemaPath: "#/properties/rollout/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.rollout.type, parentSchema: schema31.properties.rollout, data: data40 };
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
exports["snap-info"] = validate41;
var schema57 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/src/datasource/snap-info.schema.json", title: "Snap Store info answer", description: "The part of GET /v2/snaps/info/<snap> (fields=revision,version) that rollgate reads; the rest of the answer is ignored. Shape: https://api.snapcraft.io/docs/info.html and snapd's store/store_info.go (storeInfo, storeInfoChannelSnap, storeInfoChannel).", type: "object", required: ["channel-map"], properties: { name: { type: "string", maxLength: 128 }, "channel-map": { type: "array", maxItems: 2e4, items: { type: "object", required: ["channel", "revision", "version"], properties: { channel: { type: "object", required: ["track", "risk", "architecture"], properties: { name: { type: "string", maxLength: 200 }, track: { $ref: "#/$defs/track" }, risk: { $ref: "#/$defs/risk" }, architecture: { $ref: "#/$defs/architecture" }, "released-at": { anyOf: [{ type: "null" }, { $ref: "#/$defs/moment" }] } } }, revision: { $ref: "#/$defs/revision" }, version: { $ref: "#/$defs/version" } } } } }, $defs: { track: { description: "A channel's track, as a manifest's channel can name it.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, risk: { description: "A channel's risk.", enum: ["stable", "candidate", "beta", "edge"] }, architecture: { description: "An architecture name (amd64, arm64, ...), or all.", type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, revision: { description: "A store revision: a positive integer.", type: "integer", minimum: 1, maximum: 4294967295 }, moment: { description: "When a revision was released to the channel: an ISO 8601 date and time, shown to people only.", type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, version: { description: "The publisher's version string: shown to people, never run; no control characters.", type: "string", maxLength: 256, pattern: "^[^\\u0000-\\u001f\\u007f]*$" } } }, schema58 = { description: "A channel's track, as a manifest's channel can name it.", type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, schema59 = { description: "A channel's risk.", enum: ["stable", "candidate", "beta", "edge"] }, schema60 = { description: "An architecture name (amd64, arm64, ...), or all.", type: "string", pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, schema61 = { description: "When a revision was released to the channel: an ISO 8601 date and time, shown to people only.", type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, schema62 = { description: "A store revision: a positive integer.", type: "integer", minimum: 1, maximum: 4294967295 }, schema63 = { description: "The publisher's version string: shown to people, never run; no control characters.", type: "string", maxLength: 256, pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, pattern21 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", "u"), pattern22 = new RegExp("^[a-z0-9][a-z0-9_-]{0,31}$", "u"), pattern23 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", "u"), pattern24 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data["channel-map"] === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel-map" }, message: "must have required property 'channel-map'", schema: schema57.required, parentSchema: schema57, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 128) {
          let err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema57.properties.name, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.name.type, parentSchema: schema57.properties.name, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data["channel-map"] !== void 0) {
      let data1 = data["channel-map"];
      if (Array.isArray(data1)) {
        if (data1.length > 2e4) {
          let err3 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema57.properties["channel-map"], data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.channel === void 0) {
              let err4 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema57.properties["channel-map"].items.required, parentSchema: schema57.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data2.revision === void 0) {
              let err5 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema57.properties["channel-map"].items.required, parentSchema: schema57.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (data2.version === void 0) {
              let err6 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema57.properties["channel-map"].items.required, parentSchema: schema57.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
            }
            if (data2.channel !== void 0) {
              let data3 = data2.channel;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.track === void 0) {
                  let err7 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "track" }, message: "must have required property 'track'", schema: schema57.properties["channel-map"].items.properties.channel.required, parentSchema: schema57.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (data3.risk === void 0) {
                  let err8 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema57.properties["channel-map"].items.properties.channel.required, parentSchema: schema57.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (data3.architecture === void 0) {
                  let err9 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema57.properties["channel-map"].items.properties.channel.required, parentSchema: schema57.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                }
                if (data3.name !== void 0) {
                  let data4 = data3.name;
                  if (typeof data4 == "string") {
                    if (func3(data4) > 200) {
                      let err10 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema57.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                      vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                    }
                  } else {
                    let err11 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties["channel-map"].items.properties.channel.properties.name.type, parentSchema: schema57.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                    vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                  }
                }
                if (data3.track !== void 0) {
                  let data5 = data3.track;
                  if (typeof data5 == "string") {
                    if (!pattern21.test(data5)) {
                      let err12 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "#/$defs/track/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", parentSchema: schema58, data: data5 };
                      vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                    }
                  } else {
                    let err13 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "#/$defs/track/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data5 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                }
                if (data3.risk !== void 0) {
                  let data6 = data3.risk;
                  if (!(data6 === "stable" || data6 === "candidate" || data6 === "beta" || data6 === "edge")) {
                    let err14 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/risk", schemaPath: "#/$defs/risk/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: data6 };
                    vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                  }
                }
                if (data3.architecture !== void 0) {
                  let data7 = data3.architecture;
                  if (typeof data7 == "string") {
                    if (!pattern22.test(data7)) {
                      let err15 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/architecture", schemaPath: "#/$defs/architecture/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,31}$"', schema: "^[a-z0-9][a-z0-9_-]{0,31}$", parentSchema: schema60, data: data7 };
                      vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                    }
                  } else {
                    let err16 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/architecture", schemaPath: "#/$defs/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data7 };
                    vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                  }
                }
                if (data3["released-at"] !== void 0) {
                  let data8 = data3["released-at"], _errs20 = errors, valid8 = !1, _errs21 = errors;
                  if (data8 !== null) {
                    let err17 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema57.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0].type, parentSchema: schema57.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0], data: data8 };
                    vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                  }
                  var _valid0 = _errs21 === errors;
                  valid8 = valid8 || _valid0;
                  let _errs23 = errors;
                  if (typeof data8 == "string") {
                    if (!pattern23.test(data8)) {
                      let err18 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/$defs/moment/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", parentSchema: schema61, data: data8 };
                      vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                    }
                  } else {
                    let err19 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data8 };
                    vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                  }
                  var _valid0 = _errs23 === errors;
                  if (valid8 = valid8 || _valid0, valid8)
                    errors = _errs20, vErrors !== null && (_errs20 ? vErrors.length = _errs20 : vErrors = null);
                  else {
                    let err20 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema57.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf, parentSchema: schema57.properties["channel-map"].items.properties.channel.properties["released-at"], data: data8 };
                    vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                  }
                }
              } else {
                let err21 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties["channel-map"].items.properties.channel.type, parentSchema: schema57.properties["channel-map"].items.properties.channel, data: data3 };
                vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
              }
            }
            if (data2.revision !== void 0) {
              let data9 = data2.revision;
              if (!(typeof data9 == "number" && !(data9 % 1) && !isNaN(data9) && isFinite(data9))) {
                let err22 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.type, parentSchema: schema62, data: data9 };
                vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 4294967295 || isNaN(data9)) {
                  let err23 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema62, data: data9 };
                  vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  let err24 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/$defs/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62, data: data9 };
                  vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                }
              }
            }
            if (data2.version !== void 0) {
              let data10 = data2.version;
              if (typeof data10 == "string") {
                if (func3(data10) > 256) {
                  let err25 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema63, data: data10 };
                  vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                }
                if (!pattern24.test(data10)) {
                  let err26 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema63, data: data10 };
                  vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
                }
              } else {
                let err27 = { instancePath: instancePath + "/channel-map/" + i0 + "/version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.type, parentSchema: schema63, data: data10 };
                vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
              }
            }
          } else {
            let err28 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.properties["channel-map"].items.type, parentSchema: schema57.properties["channel-map"].items, data: data2 };
            vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
          }
        }
      } else {
        let err29 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema57.properties["channel-map"].type, parentSchema: schema57.properties["channel-map"], data: data1 };
        vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
      }
    }
  } else {
    let err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
  }
  return validate41.errors = vErrors, errors === 0;
}
validate41.evaluated = { props: { name: !0, "channel-map": !0 }, dynamicProps: !1, dynamicItems: !1 };
exports["charm-info"] = validate42;
var schema64 = { $schema: "https://json-schema.org/draft/2020-12/schema", $id: "https://github.com/rollgate/rollgate/src/datasource/charm-info.schema.json", title: "Charmhub info answer", description: "The part of GET /v2/charms/info/<charm> (fields=channel-map.revision.revision,channel-map.revision.version) that rollgate reads; the rest is ignored. Shape: https://api.snapcraft.io/docs/charms.html (charm_info) and juju's charmhub/transport/info.go and common.go (InfoChannelMap, Channel, Base).", type: "object", required: ["channel-map"], properties: { name: { type: "string", maxLength: 128 }, "channel-map": { type: "array", maxItems: 2e4, items: { type: "object", required: ["channel", "revision"], properties: { channel: { type: "object", required: ["track", "risk", "base"], properties: { name: { type: "string", maxLength: 200 }, track: { $ref: "snap-info.schema.json#/$defs/track" }, risk: { $ref: "snap-info.schema.json#/$defs/risk" }, base: { type: "object", required: ["architecture"], properties: { architecture: { $ref: "snap-info.schema.json#/$defs/architecture" }, name: { type: "string", maxLength: 64 }, channel: { type: "string", maxLength: 64 } } }, "released-at": { anyOf: [{ type: "null" }, { $ref: "snap-info.schema.json#/$defs/moment" }] } } }, revision: { type: "object", required: ["revision"], properties: { revision: { $ref: "snap-info.schema.json#/$defs/revision" }, version: { $ref: "snap-info.schema.json#/$defs/version" } } } } } } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null, errors = 0, evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps && (evaluated0.props = void 0), evaluated0.dynamicItems && (evaluated0.items = void 0), data && typeof data == "object" && !Array.isArray(data)) {
    if (data["channel-map"] === void 0) {
      let err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "channel-map" }, message: "must have required property 'channel-map'", schema: schema64.required, parentSchema: schema64, data };
      vErrors === null ? vErrors = [err0] : vErrors.push(err0), errors++;
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 == "string") {
        if (func3(data0) > 128) {
          let err1 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", schema: 128, parentSchema: schema64.properties.name, data: data0 };
          vErrors === null ? vErrors = [err1] : vErrors.push(err1), errors++;
        }
      } else {
        let err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.name.type, parentSchema: schema64.properties.name, data: data0 };
        vErrors === null ? vErrors = [err2] : vErrors.push(err2), errors++;
      }
    }
    if (data["channel-map"] !== void 0) {
      let data1 = data["channel-map"];
      if (Array.isArray(data1)) {
        if (data1.length > 2e4) {
          let err3 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/maxItems", keyword: "maxItems", params: { limit: 2e4 }, message: "must NOT have more than 20000 items", schema: 2e4, parentSchema: schema64.properties["channel-map"], data: data1 };
          vErrors === null ? vErrors = [err3] : vErrors.push(err3), errors++;
        }
        let len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            if (data2.channel === void 0) {
              let err4 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "channel" }, message: "must have required property 'channel'", schema: schema64.properties["channel-map"].items.required, parentSchema: schema64.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err4] : vErrors.push(err4), errors++;
            }
            if (data2.revision === void 0) {
              let err5 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema64.properties["channel-map"].items.required, parentSchema: schema64.properties["channel-map"].items, data: data2 };
              vErrors === null ? vErrors = [err5] : vErrors.push(err5), errors++;
            }
            if (data2.channel !== void 0) {
              let data3 = data2.channel;
              if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                if (data3.track === void 0) {
                  let err6 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "track" }, message: "must have required property 'track'", schema: schema64.properties["channel-map"].items.properties.channel.required, parentSchema: schema64.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err6] : vErrors.push(err6), errors++;
                }
                if (data3.risk === void 0) {
                  let err7 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "risk" }, message: "must have required property 'risk'", schema: schema64.properties["channel-map"].items.properties.channel.required, parentSchema: schema64.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err7] : vErrors.push(err7), errors++;
                }
                if (data3.base === void 0) {
                  let err8 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'", schema: schema64.properties["channel-map"].items.properties.channel.required, parentSchema: schema64.properties["channel-map"].items.properties.channel, data: data3 };
                  vErrors === null ? vErrors = [err8] : vErrors.push(err8), errors++;
                }
                if (data3.name !== void 0) {
                  let data4 = data3.name;
                  if (typeof data4 == "string") {
                    if (func3(data4) > 200) {
                      let err9 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                      vErrors === null ? vErrors = [err9] : vErrors.push(err9), errors++;
                    }
                  } else {
                    let err10 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties["channel-map"].items.properties.channel.properties.name.type, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.name, data: data4 };
                    vErrors === null ? vErrors = [err10] : vErrors.push(err10), errors++;
                  }
                }
                if (data3.track !== void 0) {
                  let data5 = data3.track;
                  if (typeof data5 == "string") {
                    if (!pattern21.test(data5)) {
                      let err11 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "snap-info.schema.json#/$defs/track/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}$", parentSchema: schema58, data: data5 };
                      vErrors === null ? vErrors = [err11] : vErrors.push(err11), errors++;
                    }
                  } else {
                    let err12 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/track", schemaPath: "snap-info.schema.json#/$defs/track/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.type, parentSchema: schema58, data: data5 };
                    vErrors === null ? vErrors = [err12] : vErrors.push(err12), errors++;
                  }
                }
                if (data3.risk !== void 0) {
                  let data6 = data3.risk;
                  if (!(data6 === "stable" || data6 === "candidate" || data6 === "beta" || data6 === "edge")) {
                    let err13 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/risk", schemaPath: "snap-info.schema.json#/$defs/risk/enum", keyword: "enum", params: { allowedValues: schema59.enum }, message: "must be equal to one of the allowed values", schema: schema59.enum, parentSchema: schema59, data: data6 };
                    vErrors === null ? vErrors = [err13] : vErrors.push(err13), errors++;
                  }
                }
                if (data3.base !== void 0) {
                  let data7 = data3.base;
                  if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                    if (data7.architecture === void 0) {
                      let err14 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/required", keyword: "required", params: { missingProperty: "architecture" }, message: "must have required property 'architecture'", schema: schema64.properties["channel-map"].items.properties.channel.properties.base.required, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base, data: data7 };
                      vErrors === null ? vErrors = [err14] : vErrors.push(err14), errors++;
                    }
                    if (data7.architecture !== void 0) {
                      let data8 = data7.architecture;
                      if (typeof data8 == "string") {
                        if (!pattern22.test(data8)) {
                          let err15 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/architecture", schemaPath: "snap-info.schema.json#/$defs/architecture/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]{0,31}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]{0,31}$"', schema: "^[a-z0-9][a-z0-9_-]{0,31}$", parentSchema: schema60, data: data8 };
                          vErrors === null ? vErrors = [err15] : vErrors.push(err15), errors++;
                        }
                      } else {
                        let err16 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/architecture", schemaPath: "snap-info.schema.json#/$defs/architecture/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data8 };
                        vErrors === null ? vErrors = [err16] : vErrors.push(err16), errors++;
                      }
                    }
                    if (data7.name !== void 0) {
                      let data9 = data7.name;
                      if (typeof data9 == "string") {
                        if (func3(data9) > 64) {
                          let err17 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.name, data: data9 };
                          vErrors === null ? vErrors = [err17] : vErrors.push(err17), errors++;
                        }
                      } else {
                        let err18 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/name", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.name.type, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.name, data: data9 };
                        vErrors === null ? vErrors = [err18] : vErrors.push(err18), errors++;
                      }
                    }
                    if (data7.channel !== void 0) {
                      let data10 = data7.channel;
                      if (typeof data10 == "string") {
                        if (func3(data10) > 64) {
                          let err19 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/channel", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/channel/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.channel, data: data10 };
                          vErrors === null ? vErrors = [err19] : vErrors.push(err19), errors++;
                        }
                      } else {
                        let err20 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base/channel", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.channel.type, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base.properties.channel, data: data10 };
                        vErrors === null ? vErrors = [err20] : vErrors.push(err20), errors++;
                      }
                    }
                  } else {
                    let err21 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/base", schemaPath: "#/properties/channel-map/items/properties/channel/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties["channel-map"].items.properties.channel.properties.base.type, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties.base, data: data7 };
                    vErrors === null ? vErrors = [err21] : vErrors.push(err21), errors++;
                  }
                }
                if (data3["released-at"] !== void 0) {
                  let data11 = data3["released-at"], _errs26 = errors, valid9 = !1, _errs27 = errors;
                  if (data11 !== null) {
                    let err22 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema64.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0].type, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf[0], data: data11 };
                    vErrors === null ? vErrors = [err22] : vErrors.push(err22), errors++;
                  }
                  var _valid0 = _errs27 === errors;
                  valid9 = valid9 || _valid0;
                  let _errs29 = errors;
                  if (typeof data11 == "string") {
                    if (!pattern23.test(data11)) {
                      let err23 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "snap-info.schema.json#/$defs/moment/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.+Z-]{1,40}$", parentSchema: schema61, data: data11 };
                      vErrors === null ? vErrors = [err23] : vErrors.push(err23), errors++;
                    }
                  } else {
                    let err24 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "snap-info.schema.json#/$defs/moment/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.type, parentSchema: schema61, data: data11 };
                    vErrors === null ? vErrors = [err24] : vErrors.push(err24), errors++;
                  }
                  var _valid0 = _errs29 === errors;
                  if (valid9 = valid9 || _valid0, valid9)
                    errors = _errs26, vErrors !== null && (_errs26 ? vErrors.length = _errs26 : vErrors = null);
                  else {
                    let err25 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel/released-at", schemaPath: "#/properties/channel-map/items/properties/channel/properties/released-at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema64.properties["channel-map"].items.properties.channel.properties["released-at"].anyOf, parentSchema: schema64.properties["channel-map"].items.properties.channel.properties["released-at"], data: data11 };
                    vErrors === null ? vErrors = [err25] : vErrors.push(err25), errors++;
                  }
                }
              } else {
                let err26 = { instancePath: instancePath + "/channel-map/" + i0 + "/channel", schemaPath: "#/properties/channel-map/items/properties/channel/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties["channel-map"].items.properties.channel.type, parentSchema: schema64.properties["channel-map"].items.properties.channel, data: data3 };
                vErrors === null ? vErrors = [err26] : vErrors.push(err26), errors++;
              }
            }
            if (data2.revision !== void 0) {
              let data12 = data2.revision;
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.revision === void 0) {
                  let err27 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/properties/channel-map/items/properties/revision/required", keyword: "required", params: { missingProperty: "revision" }, message: "must have required property 'revision'", schema: schema64.properties["channel-map"].items.properties.revision.required, parentSchema: schema64.properties["channel-map"].items.properties.revision, data: data12 };
                  vErrors === null ? vErrors = [err27] : vErrors.push(err27), errors++;
                }
                if (data12.revision !== void 0) {
                  let data13 = data12.revision;
                  if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
                    let err28 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema62.type, parentSchema: schema62, data: data13 };
                    vErrors === null ? vErrors = [err28] : vErrors.push(err28), errors++;
                  }
                  if (typeof data13 == "number" && isFinite(data13)) {
                    if (data13 > 4294967295 || isNaN(data13)) {
                      let err29 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295", schema: 4294967295, parentSchema: schema62, data: data13 };
                      vErrors === null ? vErrors = [err29] : vErrors.push(err29), errors++;
                    }
                    if (data13 < 1 || isNaN(data13)) {
                      let err30 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/revision", schemaPath: "snap-info.schema.json#/$defs/revision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema62, data: data13 };
                      vErrors === null ? vErrors = [err30] : vErrors.push(err30), errors++;
                    }
                  }
                }
                if (data12.version !== void 0) {
                  let data14 = data12.version;
                  if (typeof data14 == "string") {
                    if (func3(data14) > 256) {
                      let err31 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema63, data: data14 };
                      vErrors === null ? vErrors = [err31] : vErrors.push(err31), errors++;
                    }
                    if (!pattern24.test(data14)) {
                      let err32 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f]*$"', schema: "^[^\\u0000-\\u001f\\u007f]*$", parentSchema: schema63, data: data14 };
                      vErrors === null ? vErrors = [err32] : vErrors.push(err32), errors++;
                    }
                  } else {
                    let err33 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision/version", schemaPath: "snap-info.schema.json#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.type, parentSchema: schema63, data: data14 };
                    vErrors === null ? vErrors = [err33] : vErrors.push(err33), errors++;
                  }
                }
              } else {
                let err34 = { instancePath: instancePath + "/channel-map/" + i0 + "/revision", schemaPath: "#/properties/channel-map/items/properties/revision/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties["channel-map"].items.properties.revision.type, parentSchema: schema64.properties["channel-map"].items.properties.revision, data: data12 };
                vErrors === null ? vErrors = [err34] : vErrors.push(err34), errors++;
              }
            }
          } else {
            let err35 = { instancePath: instancePath + "/channel-map/" + i0, schemaPath: "#/properties/channel-map/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.properties["channel-map"].items.type, parentSchema: schema64.properties["channel-map"].items, data: data2 };
            vErrors === null ? vErrors = [err35] : vErrors.push(err35), errors++;
          }
        }
      } else {
        let err36 = { instancePath: instancePath + "/channel-map", schemaPath: "#/properties/channel-map/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties["channel-map"].type, parentSchema: schema64.properties["channel-map"], data: data1 };
        vErrors === null ? vErrors = [err36] : vErrors.push(err36), errors++;
      }
    }
  } else {
    let err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    vErrors === null ? vErrors = [err37] : vErrors.push(err37), errors++;
  }
  return validate42.errors = vErrors, errors === 0;
}
validate42.evaluated = { props: { name: !0, "channel-map": !0 }, dynamicProps: !1, dynamicItems: !1 };
