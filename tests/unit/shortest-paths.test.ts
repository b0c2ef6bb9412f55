import { describe, expect, it } from 'vitest';
import { shortestPaths, type PathOptions } from '../../src/graph/shortest-paths.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, person } from './support/graph-builder.ts';

/**
 *        ┌→ b ─┐
 *   a ───┤      ├──→ d ──→ e      x (alone)
 *        └→ c ─┘
 *   a → f → g → e   (a longer way round)
 *   c ⇉ d twice (two parallel relations: one step)
 */
const graph = makeGraph({
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'x'].map((id) => person(id)),
  edges: [
    edge('a', 'reports_to', 'b', { id: 'a-b' }),
    edge('a', 'reports_to', 'c', { id: 'a-c' }),
    edge('b', 'reports_to', 'd', { id: 'b-d' }),
    edge('c', 'reports_to', 'd', { id: 'c-d' }),
    edge('c', 'advises', 'd', { id: 'c-d-2' }),
    edge('d', 'reports_to', 'e', { id: 'd-e' }),
    edge('a', 'reports_to', 'f', { id: 'a-f' }),
    edge('f', 'reports_to', 'g', { id: 'f-g' }),
    edge('g', 'reports_to', 'e', { id: 'g-e' }),
  ],
});

const open: PathOptions = { directed: false, nodeAllowed: () => true, edgeAllowed: () => true, limit: 10 };

function nodesOf(from: string, to: string, options: Partial<PathOptions> = {}, on = graph): string[][] {
  return shortestPaths(on, from, to, { ...open, ...options }).paths.map((path) => [...path.nodes]);
}

describe('shortestPaths', () => {
  it('finds every shortest path when several are equally short, in a stable order', () => {
    expect(nodesOf('a', 'd')).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    // The longer way round (a → f → g → e is also 3 steps, so it counts; a → b → d → e too).
    expect(nodesOf('a', 'e')).toEqual([
      ['a', 'b', 'd', 'e'],
      ['a', 'c', 'd', 'e'],
      ['a', 'f', 'g', 'e'],
    ]);
  });

  it('gives each step every relation joining its two entities, parallel ones together', () => {
    const [, viaC] = shortestPaths(graph, 'a', 'd', open).paths;
    expect(viaC?.steps).toEqual([
      { from: 'a', to: 'c', edges: ['a-c'] },
      { from: 'c', to: 'd', edges: ['c-d', 'c-d-2'] },
    ]);
  });

  it('finds none between entities that are not connected', () => {
    expect(shortestPaths(graph, 'a', 'x', open)).toEqual({ paths: [], truncated: false });
  });

  it('goes around a node that is filtered out, and finds none when it was the only way', () => {
    expect(nodesOf('a', 'd', { nodeAllowed: (id) => id !== 'b' })).toEqual([['a', 'c', 'd']]);
    expect(nodesOf('a', 'e', { nodeAllowed: (id) => id !== 'd' })).toEqual([['a', 'f', 'g', 'e']]);
    expect(nodesOf('a', 'e', { nodeAllowed: (id) => id !== 'd' && id !== 'g' })).toEqual([]);
  });

  it('leaves out filtered relations, even one of two parallel ones', () => {
    expect(nodesOf('a', 'd', { edgeAllowed: (id) => id !== 'a-b' })).toEqual([['a', 'c', 'd']]);
    const [path] = shortestPaths(graph, 'c', 'd', { ...open, edgeAllowed: (id) => id !== 'c-d' }).paths;
    expect(path?.steps).toEqual([{ from: 'c', to: 'd', edges: ['c-d-2'] }]);
  });

  it('ignores direction unless asked to follow it', () => {
    expect(nodesOf('e', 'a')).toHaveLength(3);
    expect(nodesOf('e', 'a', { directed: true })).toEqual([]);
    expect(nodesOf('a', 'e', { directed: true })).toHaveLength(3);
    // Undirected, b and c are joined through d or a (outgoing relations are walked first); directed, not at all.
    expect(nodesOf('b', 'c')).toEqual([
      ['b', 'd', 'c'],
      ['b', 'a', 'c'],
    ]);
    expect(nodesOf('b', 'c', { directed: true })).toEqual([]);
  });

  it('reads a path from an entity to itself as that entity alone', () => {
    expect(shortestPaths(graph, 'a', 'a', open)).toEqual({ paths: [{ nodes: ['a'], steps: [] }], truncated: false });
  });

  it('finds nothing when an end is missing from the graph or filtered out', () => {
    expect(nodesOf('a', 'nobody')).toEqual([]);
    expect(nodesOf('nobody', 'a')).toEqual([]);
    expect(nodesOf('a', 'd', { nodeAllowed: (id) => id !== 'd' })).toEqual([]);
    expect(nodesOf('a', 'd', { nodeAllowed: (id) => id !== 'a' })).toEqual([]);
  });

  it('stops at the limit and says there are more', () => {
    const limited = shortestPaths(graph, 'a', 'e', { ...open, limit: 2 });
    expect(limited.paths).toHaveLength(2);
    expect(limited.truncated).toBe(true);
    expect(shortestPaths(graph, 'a', 'e', { ...open, limit: 3 }).truncated).toBe(false);
  });

  it('stays quick on a wide grid with very many shortest paths, listing only up to the limit', () => {
    // A 30 × 30 grid: C(58, 29) shortest corner-to-corner paths, far too many to list.
    const size = 30;
    const id = (row: number, column: number): string => `n${row}-${column}`;
    const nodes = Array.from({ length: size * size }, (_, i) => person(id(Math.floor(i / size), i % size)));
    const edges = nodes.flatMap(({ id: from }) => {
      const [row = 0, column = 0] = from.slice(1).split('-').map(Number);
      return [
        ...(column + 1 < size ? [edge(from, 'next', id(row, column + 1))] : []),
        ...(row + 1 < size ? [edge(from, 'next', id(row + 1, column))] : []),
      ];
    });
    const grid = makeGraph({ nodes, edges });
    const result = shortestPaths(grid, id(0, 0), id(size - 1, size - 1), open);
    expect(result.paths).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.paths.every((path) => path.steps.length === 2 * (size - 1))).toBe(true);
  });
});

describe('shortestPaths on the bundled graph', () => {
  const bundled = bundledGraph();

  it('joins Luan Jian to Lei Jun through Xiaomi', () => {
    expect(nodesOf('luan-jian', 'lei-jun', {}, bundled)).toEqual([['luan-jian', 'xiaomi', 'lei-jun']]);
  });

  it('finds no directed path from Luan Jian to Lei Jun: both relations point at Xiaomi', () => {
    expect(nodesOf('luan-jian', 'lei-jun', { directed: true }, bundled)).toEqual([]);
  });
});
