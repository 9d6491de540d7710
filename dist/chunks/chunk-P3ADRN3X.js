import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

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

export {
  comparableVersion
};
