import { RollgateError } from '../findings.js';
import { placeIn } from '../git/place.js';
import { keepHeapSmallFor } from '../io/heap.js';
import { readObserved } from '../io/observed-file.js';
import { checkSources, gatherSources } from '../io/sources.js';
import { FORMATS, type Format, RENDERERS } from '../report/index.js';
import { baseOptions, parseNow } from './flags.js';
import type { CliIo, CliServices } from './io.js';

/** `rollgate check`: judges a change and prints the report; exit 0 pass, 1 errors found. */
export async function checkCommand(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  services: CliServices,
): Promise<number> {
  const format = String(values.format ?? 'text');
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new RollgateError(`--format ${JSON.stringify(format)} is not one of ${FORMATS.join(', ')}.`);
  }
  const now = parseNow(values.now as string | undefined);
  const where = baseOptions(values as { head?: string; base?: string; 'base-ref'?: string });
  const sources = await gatherSources({
    cwd: io.cwd,
    policies: String(values.policies ?? 'policies'),
    repository: services.repository,
    ...where,
  });
  keepHeapSmallFor(sources);
  const observed = values.observed ? await readObserved(io.cwd, String(values.observed)) : undefined;
  const result = await checkSources(sources, now, values.strict === true, observed);
  // SARIF names files from the repository's top, where code scanning looks for them; only SARIF asks git where that is.
  const repository = format === 'sarif' ? await placeIn(services.repository, io.cwd) : undefined;
  io.stdout(
    RENDERERS[format as Format](result, {
      // isTTY last: asking it makes process.stdout, which loads node's streams, and only text is coloured.
      color: format === 'text' && io.isTTY && !io.env.NO_COLOR,
      ...(repository ? { repository } : {}),
    }),
  );
  return result.ok ? 0 : 1;
}
