import { describe, expect, it } from 'vitest';
import { precomputedLayoutRows } from '../../scripts/bundled-layouts.ts';
import { computeLayout } from '../../src/canvas/layouts.ts';
import { defaultLayout } from '../../src/view/default-layout.ts';
import { bundledGraph, bundledGraphText } from '../support/bundled-graph.ts';
import { synthetic } from './support/synthetic.ts';

describe('layouts computed at build time', () => {
  it('are the default layout the worker would compute, for every node, to the hundredth', () => {
    const graph = bundledGraph();
    const rows = precomputedLayoutRows(bundledGraphText());
    const name = defaultLayout(graph);
    expect(rows.map(([layout]) => layout)).toEqual([name]);
    const computed = computeLayout(graph, name);
    const [, nodes = []] = rows[0] ?? [];
    expect(nodes.map(([id]) => id).sort()).toEqual([...graph.nodes.keys()].sort());
    for (const [id, x, y] of nodes) {
      expect(x).toBeCloseTo(computed.get(id)?.x ?? NaN, 1);
      expect(y).toBeCloseTo(computed.get(id)?.y ?? NaN, 1);
    }
  });

  it('are none for a file whose default layout needs no computing (the grouped overview, saved positions)', () => {
    expect(defaultLayout(synthetic(5000))).toBe('grouped');
    expect(
      precomputedLayoutRows(
        '{"version":1,"id":"g","title":"G","nodes":[{"id":"a","label":"A","type":"person","position":{"x":1,"y":2}}],"edges":[]}',
      ),
    ).toEqual([]);
    expect(precomputedLayoutRows('not a graph')).toEqual([]);
  });
});
