import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { MAX_NAME_LENGTH } from '../../src/graph/input-limits.ts';
import { graphInPage } from '../../src/sources/graph-in-page.ts';
import { loadPageBuilder, preloadPageBuilder } from '../../src/sources/graph-reader.ts';
import { buildsInPage, IN_PAGE_FROM } from '../../src/sources/parse-protocol.ts';
import { checkRead, readGraph, type ReadRequest } from '../../src/sources/read-graph.ts';
import { BUNDLED_GRAPH_FILE } from '../support/bundled-graph.ts';

const request = (text: string, name = 'g.json'): ReadRequest => ({
  files: [{ name, text }],
  identity: { id: 'https://example.org/g.json', title: name },
  options: {},
});

/** Entities with a long label, an attribute keyed `__proto__` and a dated former role. */
function oddFile(label: string): unknown {
  return {
    version: 1,
    id: 'odd',
    title: 'Odd',
    nodes: [
      {
        id: 'a',
        label,
        type: 'person',
        attributes: JSON.parse('{"__proto__": {"x": 1}, "note": "n"}') as unknown,
      },
      { id: 'b', label: 'B', type: 'organization' },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b', type: 'holds_role', start: '2023-04', former: true }],
  };
}

/** The page's own graph must be the worker's, field for field, or the page would show another graph. */
function expectSameAsWorker(text: string): void {
  const worker = readGraph(request(text));
  expect(worker.graph).toBeDefined();
  expect(graphInPage(request(text))).toEqual(worker.graph);
}

describe('the graph the page builds while the worker checks the file', () => {
  it('is the graph the worker builds: the bundled graph, a synthetic one, one with odd keys', () => {
    expectSameAsWorker(readFileSync(BUNDLED_GRAPH_FILE, 'utf8'));
    expectSameAsWorker(JSON.stringify(syntheticGraph({ id: 's', nodes: 500, seed: 500 })));
    expectSameAsWorker(`\uFEFF${JSON.stringify(oddFile('L'))}`);
  });

  it('is not the graph of a file whose text the worker cut: the worker says so, and builds that one', () => {
    const text = JSON.stringify(oddFile('L'.repeat(MAX_NAME_LENGTH + 5)));
    const checked = checkRead(request(text));
    expect(checked.limited).toBe(true);
    expect(graphInPage(request(text))).not.toEqual(readGraph(request(text)).graph);
    expect(checkRead(request(JSON.stringify(oddFile('L')))).limited).toBe(false);
  });

  it('leaves every other format, broken JSON and unbuildable shapes to the worker', () => {
    const gexf = '<gexf version="1.3"><graph><nodes><node id="a" label="A"/></nodes><edges/></graph></gexf>';
    expect(graphInPage(request(gexf, 'g.gexf'))).toBeUndefined();
    expect(
      graphInPage(request(JSON.stringify({ elements: { nodes: [{ data: { id: 'a' } }], edges: [] } }))),
    ).toBeUndefined();
    expect(graphInPage(request('{"version": 1, "nodes": [', 'broken.json'))).toBeUndefined();
    expect(graphInPage(request('{"version": 1, "nodes": [1, 2], "edges": 3}'))).toBeUndefined();
    expect(graphInPage(request('source,target\na,b', 'g.csv'))).toBeUndefined();
  });

  it('is only asked for one large file', () => {
    const large = 'x'.repeat(IN_PAGE_FROM);
    expect(buildsInPage(request(large))).toBe(true);
    expect(buildsInPage(request(large.slice(1)))).toBe(false);
    expect(
      buildsInPage({
        ...request(large),
        files: [
          { name: 'a', text: large },
          { name: 'b', text: large },
        ],
      }),
    ).toBe(false);
  });

  it('is loaded once, ahead of the file, and is the builder the read uses', async () => {
    preloadPageBuilder();
    const first = loadPageBuilder();
    preloadPageBuilder();
    expect(loadPageBuilder()).toBe(first);
    expect((await first).graphInPage).toBe(graphInPage);
  });
});
