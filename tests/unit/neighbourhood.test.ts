import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { neighbourhood } from '../../src/graph/neighbourhood.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product, sorted } from './support/graph-builder.ts';

type Allowed = (id: string) => boolean;
const any: Allowed = () => true;

/**
 *   f ← a → b ← c → d      arrows are edge directions; walks ignore them.
 *           ↓ secret       c → d is a role, b → e a "secret" relation,
 *           e              and x → x a self-loop on its own.
 */
const graph = makeGraph({
  nodes: [person('a'), person('b'), person('c'), organisation('d'), product('e'), person('f'), person('x')],
  edges: [
    edge('a', 'reports_to', 'b', { id: 'a-b' }),
    edge('c', 'reports_to', 'b', { id: 'c-b' }),
    edge('c', 'holds_role', 'd', { id: 'c-d', title: 'Member' }),
    edge('b', 'secret', 'e', { id: 'b-e' }),
    edge('a', 'reports_to', 'f', { id: 'a-f' }),
    edge('x', 'reports_to', 'x', { id: 'x-x' }),
  ],
});

function around(
  start: string,
  hops: number,
  nodeAllowed: Allowed = any,
  edgeAllowed: Allowed = any,
  on: Graph = graph,
): string[] {
  return sorted(neighbourhood(on, start, hops, nodeAllowed, edgeAllowed));
}

describe('neighbourhood', () => {
  it('is the entity alone at 0 hops', () => {
    expect(around('a', 0)).toEqual(['a']);
  });

  it('adds the direct neighbours at 1 hop, whichever way the edges point', () => {
    expect(around('a', 1)).toEqual(['a', 'b', 'f']);
    expect(around('b', 1)).toEqual(['a', 'b', 'c', 'e']);
  });

  it('adds the neighbours of neighbours at 2 hops, and so on', () => {
    expect(around('a', 2)).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(around('a', 3)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(around('a', 100)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('neither reaches nor walks through a node the filters hide', () => {
    const noB = (id: string): boolean => id !== 'b';
    expect(around('a', 3, noB)).toEqual(['a', 'f']);
    const noProducts = (id: string): boolean => graph.nodes.get(id)?.type !== 'product';
    expect(around('b', 2, noProducts)).toEqual(['a', 'b', 'c', 'd', 'f']);
  });

  it('walks only along the relations the filters show', () => {
    const noSecret = (id: string): boolean => graph.edges.get(id)?.type !== 'secret';
    expect(around('b', 1, any, noSecret)).toEqual(['a', 'b', 'c']);
    const noRoles = (id: string): boolean => graph.edges.get(id)?.type !== 'holds_role';
    expect(around('a', 3, any, noRoles)).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('is empty when the entity itself is hidden or unknown', () => {
    expect(around('a', 2, (id) => id !== 'a')).toEqual([]);
    expect(around('nobody', 2)).toEqual([]);
  });

  it('terminates on a self-loop', () => {
    expect(around('x', 5)).toEqual(['x']);
  });

  it('is the entity alone for a negative number of hops', () => {
    expect(around('a', -1)).toEqual(['a']);
  });
});

describe('neighbourhood on the bundled graph', () => {
  const bundled = bundledGraph();

  it("gives Luan Jian's manager and every unit he holds or held a role in at 1 hop", () => {
    expect(around('luan-jian', 1, any, any, bundled)).toEqual(
      sorted([
        'luan-jian',
        'wang-bin',
        'large-model-team',
        'speech-generation-team',
        'xiaomi',
        'toshiba-research-institute',
        'microsoft-engineering-institute',
        'microsoft-xiaoice',
        'xiaoice-speech-team',
      ]),
    );
  });

  it('reaches ChatGPT from Luan Jian in three hops through Xiaomi and a president', () => {
    expect(around('luan-jian', 2, any, any, bundled)).not.toContain('chatgpt');
    expect(around('luan-jian', 3, any, any, bundled)).toContain('chatgpt');
  });
});
