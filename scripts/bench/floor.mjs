// The YAML floor (`npm run bench -- --yaml-floor`): read the two manifests and parse them with the yaml package,
// the library rollgate uses, and do nothing else. Check has cost less than this since it stopped building the
// yaml package's syntax tree for plainly written clusters, so the bench compares against the JSON floor instead.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

for (const file of process.argv.slice(2)) parse(readFileSync(file, 'utf8'));
