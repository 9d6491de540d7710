import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  check
} from "./chunk-HTZNL3MI.js";
import {
  packPath,
  packResolver,
  shownPath
} from "./chunk-JNZWN4BN.js";
import {
  readText,
  requireText
} from "./chunk-WYT27V7G.js";
import {
  RollgateError,
  validatorFor
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/io/sources.ts
init_define_ROLLGATE_BUILTIN_PACKS();
import path from "node:path";
async function gatherSources(options) {
  let { repository, cwd } = options, headPath = path.resolve(cwd, options.head), display = (file) => shownPath(cwd, file, file), commitOf = async (ref, what) => {
    let sha = await repository.resolve(ref);
    if (!sha)
      throw new RollgateError(
        `The ${what} ref ${ref} names no commit in this repository; fetch it first (git fetch origin ${ref}).`
      );
    return sha;
  }, headSha = options.headRef !== void 0 ? await commitOf(options.headRef, "head") : void 0, headText;
  if (headSha !== void 0) {
    let text = await repository.show(headSha, headPath);
    if (text === void 0)
      throw new RollgateError(`The head commit ${headSha} has no manifest ${display(options.head)}.`);
    headText = text;
  } else headText = await requireText(headPath, "head manifest", cwd);
  let head = { file: display(options.head), text: headText }, policiesDir = display(options.policies), base, readPacks, policyChanges = [];
  if (options.baseRef !== void 0) {
    let sha = await commitOf(options.baseRef, "base"), baseText = await repository.show(sha, headPath);
    baseText !== void 0 && (base = { file: head.file, text: baseText }), readPacks = (file) => repository.show(sha, path.resolve(cwd, file)), policyChanges = async (named) => {
      let watched = [path.resolve(cwd, options.policies)];
      for (let name of /* @__PURE__ */ new Set([named.head, named.base])) {
        let file = name === void 0 ? void 0 : packPath(name, path.posix.dirname(head.file));
        file !== void 0 && watched.push(path.resolve(cwd, file));
      }
      let root = await repository.root(), edited = [];
      for (let changed of await repository.changed(sha, watched, headSha)) {
        if (!/\.ya?ml$/.test(changed.path)) continue;
        let absolute = path.join(root, changed.path), text = changed.status === "removed" ? void 0 : headSha !== void 0 ? await repository.show(headSha, absolute) : await readText(absolute, root);
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
      text: await requireText(path.resolve(cwd, options.base), "base manifest", cwd)
    }), readPacks = (file) => readText(path.resolve(cwd, file), cwd);
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

// src/observe/file.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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
    let key = JSON.stringify([member.cluster, member.name]);
    if (seen.has(key))
      throw new RollgateError(
        `${file} lists a member twice; give the file \`rollgate observe --out\` wrote.`
      );
    seen.add(key);
  }
  return observed;
}

export {
  parseObserved,
  gatherSources,
  checkSources
};
