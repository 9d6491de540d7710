import { createRequire as __rollgateCreateRequire } from 'node:module';
const require = __rollgateCreateRequire(import.meta.url);
import {
  applyMoves,
  readFleet
} from "./chunk-A7EXEBMT.js";
import {
  workingTreePacks
} from "./chunk-JNZWN4BN.js";
import {
  loadPack
} from "./chunk-U5LBE3R7.js";
import {
  RollgateError,
  validatorFor
} from "./chunk-HXC6ESYN.js";
import {
  init_define_ROLLGATE_BUILTIN_PACKS
} from "./chunk-6UA2Z66A.js";

// src/datasource/index.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/datasource/charmhub.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/datasource/http.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var Retryable = class extends Error {
  constructor(message, waitMs) {
    super(message);
    this.waitMs = waitMs;
  }
  waitMs;
}, realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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
    return `it did not answer within ${formatSeconds(timeoutMs)}`;
  let code = error?.cause?.code;
  return typeof code == "string" && /^[A-Z_]{2,32}$/.test(code) ? `the connection failed (${code})` : "the connection failed";
}
function formatSeconds(ms) {
  return ms < 1e3 ? `${ms} ms` : `${Number((ms / 1e3).toFixed(1))} s`;
}
function formatBytes(bytes) {
  return bytes >= 2 ** 20 ? `${Number((bytes / 2 ** 20).toFixed(1))} MiB` : `${bytes} bytes`;
}

// src/datasource/validate.ts
init_define_ROLLGATE_BUILTIN_PACKS();
function validateAnswer(schema, body, what, endpoint) {
  let validate = validatorFor(schema);
  if (validate(body)) return body;
  let first = validate.errors?.[0], where = first && /^[A-Za-z0-9/_-]{0,200}$/.test(first.instancePath) ? first.instancePath || "/" : "", detail = first && where ? ` (${where} breaks \`${first.keyword}\`)` : "";
  throw new RollgateError(`${what}: its answer is not in the shape of ${endpoint}${detail}.`);
}

// src/datasource/charmhub.ts
var CHARMHUB_URL = "https://api.charmhub.io", FIELDS = ["channel-map.channel", "channel-map.revision.revision", "channel-map.revision.version"];
function charmhub(baseUrl2, fetchFunction, limits) {
  let label = `Charmhub at ${baseUrl2}`;
  return {
    id: "charmhub",
    label,
    noun: "charm",
    async releases(name) {
      let what = `Cannot look up the charm ${name} in ${label}`, answer = await getJson(
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
          `${label} knows no charm named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`
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

// src/datasource/snap-store.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var SNAP_STORE_URL = "https://api.snapcraft.io";
function snapStore(baseUrl2, fetchFunction, limits) {
  let label = `the Snap Store at ${baseUrl2}`;
  return {
    id: "snap-store",
    label,
    noun: "snap",
    async releases(name) {
      let what = `Cannot look up the snap ${name} in ${label}`, answer = await getJson(
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
          `${label} knows no snap named ${name} (HTTP 404); a component is looked up by its own name, so name it as the store does.`
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

// src/datasource/types.ts
init_define_ROLLGATE_BUILTIN_PACKS();

// src/datasource/index.ts
var DEFAULT_ARCHITECTURE = "amd64";
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
  for (let release of releases)
    release.track !== track || release.risk !== risk || release.architecture !== architecture && release.architecture !== "all" || (!newest || release.revision > newest.revision) && (newest = release);
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
var DEFAULT_LIMITS = {
  timeoutMs: 2e4,
  retries: 3,
  retryDelayMs: 1e3,
  budgetMs: 6e4,
  maxBytes: 16 * 2 ** 20
};
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

// src/edit/bump.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERSION = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/, CHANNEL = /^[A-Za-z0-9][A-Za-z0-9.+_-]{0,63}\/(?:stable|candidate|beta|edge)(?:\/[A-Za-z0-9][A-Za-z0-9.+_-]{0,63})?$/, MAX_REVISION = 4294967295;
function isChannel(text) {
  return CHANNEL.test(text);
}
function parseTarget(text) {
  let at = text.lastIndexOf("@");
  if (at >= 0) {
    let channel = text.slice(0, at), revisionText = text.slice(at + 1), revision = Number(revisionText);
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
  if (!VERSION.test(text))
    throw new RollgateError(
      `--to ${JSON.stringify(text)} is neither a version (4.16.9) nor a channel with a revision (5.21/stable@33110).`
    );
  return { version: text };
}
function bumpMoves(fleet, file, component, target, scope) {
  if (scope.cluster !== void 0 && scope.wave !== void 0)
    throw new RollgateError("Give --cluster or --wave, not both.");
  let clusters = fleet.clusters;
  if (scope.cluster !== void 0) {
    if (clusters = clusters.filter((c) => c.name === scope.cluster), clusters.length === 0)
      throw new RollgateError(
        `${file} has no cluster named ${scope.cluster}; it has ${fleet.clusters.map((c) => c.name).join(", ")}.`
      );
  } else if (scope.wave !== void 0) {
    if (!fleet.waves?.includes(scope.wave)) {
      let known = fleet.waves ? `its waves are ${fleet.waves.join(", ")}` : "it sets no `waves`";
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
  let fleet = readFleet(text, file);
  return applyMoves(text, file, bumpMoves(fleet, file, component, target, scope));
}

// src/edit/update.ts
init_define_ROLLGATE_BUILTIN_PACKS();
var VERSION2 = /^[A-Za-z0-9][A-Za-z0-9.+_~-]{0,127}$/;
function updateLookups(fleet, pack, file, filter = {}) {
  if (filter.wave !== void 0 && !fleet.waves?.includes(filter.wave)) {
    let known = fleet.waves ? `its waves are ${fleet.waves.join(", ")}` : "it sets no `waves`";
    throw new RollgateError(`${file} has no wave named ${filter.wave}; ${known}.`);
  }
  let running = new Set(fleet.clusters.flatMap((c) => Object.keys(c.components)));
  if (filter.component !== void 0 && !running.has(filter.component))
    throw new RollgateError(`No cluster in ${file} runs ${filter.component}, so there is nothing to update.`);
  let order = [...pack.order, ...[...running].filter((name) => !pack.order.includes(name)).sort()], lookups = [], skipped = [];
  for (let component of order) {
    if (!running.has(component) || filter.component !== void 0 && component !== filter.component) continue;
    if (!fleet.clusters.some((c) => pinsChannel(c.components[component]))) {
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
function runFor(state, release, channel) {
  let run = { ...channel !== void 0 ? { channel } : {}, revision: release.revision };
  return state.version === void 0 ? run : release.version === void 0 || !VERSION2.test(release.version) ? `it pins a version too, and the store's version of revision ${release.revision} is not one a manifest can hold` : { ...run, version: release.version };
}
function planUpdates(fleet, lookups, releases, filter = {}) {
  let updates = [], skipped = [], waves = fleet.waves ? [...fleet.waves] : [void 0];
  for (let { component, datasource } of lookups) {
    let listed = releases.get(component) ?? [], found, blocked;
    for (let wave of waves) {
      let clusters = fleet.clusters.filter((c) => c.wave === wave && pinsChannel(c.components[component])), behind = [];
      for (let cluster of clusters) {
        let state = cluster.components[component], architecture = clusterArchitecture(cluster), release = channelRelease(listed, state.channel, architecture);
        if (!release) {
          blocked = {
            component,
            ...wave !== void 0 ? { wave } : {},
            reason: `the store lists no revision of ${state.channel} for ${architecture} (cluster ${cluster.name})`
          };
          break;
        }
        if (release.revision <= state.revision) continue;
        let run = runFor(state, release);
        if (typeof run == "string") {
          blocked = {
            component,
            ...wave !== void 0 ? { wave } : {},
            reason: `cluster ${cluster.name}: ${run}`
          };
          break;
        }
        behind.push({
          cluster: cluster.name,
          architecture,
          channel: state.channel,
          from: state.revision,
          to: release.revision,
          ...run.version !== void 0 ? { version: run.version } : release.version !== void 0 ? { version: release.version } : {},
          ...release.releasedAt !== void 0 ? { releasedAt: release.releasedAt } : {}
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
function updateMoves(fleet, update) {
  return update.clusters.map((c) => {
    let state = fleet.clusters.find((candidate) => candidate.name === c.cluster).components[update.component];
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
function applyUpdates(text, file, fleet, updates) {
  return applyMoves(
    text,
    file,
    updates.flatMap((update) => updateMoves(fleet, update))
  );
}
function channelBumpMoves(fleet, file, component, channel, scope, releases, missing) {
  return bumpMoves(fleet, file, component, { channel }, scope).map((move) => {
    let cluster = fleet.clusters.find((c) => c.name === move.cluster), architecture = clusterArchitecture(cluster), release = channelRelease(releases, channel, architecture);
    if (!release) throw new RollgateError(missing(architecture));
    let run = runFor(cluster.components[component], release, channel);
    if (typeof run == "string")
      throw new RollgateError(`${component} in cluster ${cluster.name}: ${run}; edit it by hand.`);
    return { ...move, run };
  });
}

// src/io/releases.ts
init_define_ROLLGATE_BUILTIN_PACKS();
async function manifestPolicy(cwd, fleet, manifest, policies) {
  let { resolve, known, policiesDir } = workingTreePacks(cwd, policies), found = await resolve(fleet.policy, manifest);
  if (!found)
    throw new RollgateError(
      `${manifest} names the pack ${JSON.stringify(fleet.policy)}, which is neither in ${policiesDir}/ nor among rollgate's packs (${known.join(", ")}).`
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

// src/cli/store-lookup.ts
init_define_ROLLGATE_BUILTIN_PACKS();
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

export {
  datasourceIdOf,
  createDatasource,
  noDatasourceMessage,
  noReleaseMessage,
  isChannel,
  parseTarget,
  bumpMoves,
  bumpManifest,
  updateLookups,
  planUpdates,
  applyUpdates,
  channelBumpMoves,
  manifestPolicy,
  lookUpReleases,
  storeSettings
};
