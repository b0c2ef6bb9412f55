import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { graphFileJsonSchema } from '../../src/graph/json-schema.ts';

const GRAPH_DATA = new URL('../../graph-data/', import.meta.url);
const SCHEMA_URL = new URL('knowledge-graph.schema.json', GRAPH_DATA);

describe('graph-data/knowledge-graph.schema.json', () => {
  it('is what the zod schema generates', () => {
    const committed = existsSync(SCHEMA_URL) ? readFileSync(SCHEMA_URL, 'utf8') : '';
    expect(committed, 'the JSON Schema is out of date with src/graph/graph-schema.ts: run `npm run schema`').toBe(
      graphFileJsonSchema(),
    );
  });

  it('describes version 1 files and is valid JSON with its own id', () => {
    const schema = JSON.parse(graphFileJsonSchema()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://kg-explorer.invalid/knowledge-graph.schema.json');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'id', 'title', 'nodes', 'edges']));
  });

  it('is the file the bundled graph points its "$schema" at', () => {
    const graph = JSON.parse(readFileSync(new URL('xiaomi-ai.json', GRAPH_DATA), 'utf8')) as { $schema?: unknown };
    expect(graph.$schema).toBe('./knowledge-graph.schema.json');
    const target = new URL(String(graph.$schema), new URL('xiaomi-ai.json', GRAPH_DATA));
    expect(fileURLToPath(target)).toBe(fileURLToPath(SCHEMA_URL));
    expect(existsSync(target)).toBe(true);
  });
});
