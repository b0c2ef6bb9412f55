// Writes graph-data/knowledge-graph.schema.json from the zod schema; `--check` fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { graphFileJsonSchema } from '../src/graph/json-schema.ts';

const target = fileURLToPath(new URL('../graph-data/knowledge-graph.schema.json', import.meta.url));
const wanted = graphFileJsonSchema();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is as stale as an old one.
  }
  if (current !== wanted) {
    console.error(`${target} is out of date with src/graph/graph-schema.ts: run npm run schema`);
    process.exit(1);
  }
} else {
  writeFileSync(target, wanted);
  console.log(`wrote ${target}`);
}
