// Writes graph-data/knowledge-graph.schema.json from the zod schema, and the validator compiled from
// it (src/graph/generated/graph-file-validator.js); `--check` fails when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphFileJsonSchema } from '../src/graph/json-schema.ts';
import { graphFileValidatorSource } from './graph-file-validator.ts';

const schema = graphFileJsonSchema();
const targets = [
  { path: fileURLToPath(new URL('../graph-data/knowledge-graph.schema.json', import.meta.url)), wanted: schema },
  {
    path: fileURLToPath(new URL('../src/graph/generated/graph-file-validator.js', import.meta.url)),
    wanted: graphFileValidatorSource(schema),
  },
];

for (const { path, wanted } of targets) {
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // A missing file is as stale as an old one.
    }
    if (current !== wanted) {
      console.error(`${path} is out of date with src/graph/graph-schema.ts: run npm run schema`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, wanted);
    console.log(`wrote ${path}`);
  }
}
