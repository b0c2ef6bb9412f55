import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/graph/partial-date.ts';
import { pathSummary, readPath } from '../../src/graph/path-reading.ts';
import { shortestPaths } from '../../src/graph/shortest-paths.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';

const open = { directed: false, nodeAllowed: () => true, edgeAllowed: () => true, limit: 10 };

describe('readPath', () => {
  it('reads each relation in its declared direction, whichever way the path walks it', () => {
    const bundled = bundledGraph();
    const [path] = shortestPaths(bundled, 'luan-jian', 'lei-jun', open).paths;
    if (!path) throw new Error('expected a path');
    const read = readPath(bundled, path, null);
    expect(read.nodes.map((node) => node.id)).toEqual(['luan-jian', 'xiaomi', 'lei-jun']);
    expect(pathSummary(read)).toBe('Luan Jian holds role at Xiaomi · Lei Jun founded Xiaomi');
    expect(read.steps[1]?.map((s) => [s.subject.id, s.verb, s.object.id])).toEqual([['lei-jun', 'founded', 'xiaomi']]);
    expect(read.steps[1]?.[0]?.edge.evidence[0]?.quote).toBeTruthy();
  });

  it('joins parallel relations of one step with "; " and reads "former" as of the date', () => {
    const graph = makeGraph({
      nodes: [person('ada', 'Ada'), organisation('acme', 'Acme')],
      edges: [
        edge('ada', 'holds_role', 'acme', { id: 'r1', title: 'Chair', end: '2020' }),
        edge('ada', 'founded', 'acme', { id: 'r2' }),
      ],
    });
    const [path] = shortestPaths(graph, 'acme', 'ada', open).paths;
    if (!path) throw new Error('expected a path');
    expect(pathSummary(readPath(graph, path, null))).toBe('Ada holds role at Acme; Ada founded Acme');
    expect(readPath(graph, path, null).steps[0]?.[0]?.former).toBe(true);
    expect(readPath(graph, path, parsePartialDate('2019') ?? null).steps[0]?.[0]?.former).toBe(false);
  });
});
