import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/graph/parse-graph.ts';

// Links name a bundled graph by its file name (src/sources/bundled-graphs.ts) and the codec compares
// that with the file's `id`: the two must agree, or every link to the graph would carry a notice.
const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
const files = readdirSync(folder).filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'));

describe('bundled graph files', () => {
  it('there is at least one', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s opens without problems and its id is its file name', (name) => {
    const { graph, report } = parseGraph(readFileSync(`${folder}${name}`, 'utf8'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(graph?.id).toBe(name.replace(/\.json$/, ''));
  });
});
