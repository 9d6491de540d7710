// The JSON floor the bench compares check against: read the two manifests already converted to JSON (written by
// scripts/gen-fleet.mjs beside the YAML) and JSON.parse them, nothing else: the practical floor of any reader.
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) JSON.parse(readFileSync(file, 'utf8'));
