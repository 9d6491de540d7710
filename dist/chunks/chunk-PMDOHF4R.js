import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  RollgateError
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/cli/flags.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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

export {
  parseNow,
  baseOptions
};
