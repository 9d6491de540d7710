// The floor the bench compares against: read the two manifests and parse them with the yaml package,
// the library rollgate itself uses, and do nothing else. No check can cost less than this.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

for (const file of process.argv.slice(2)) parse(readFileSync(file, 'utf8'));
