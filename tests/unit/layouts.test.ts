import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/canvas/layouts.ts';
import { defaultLayout } from '../../src/view/default-layout.ts';
import { seedFrom, withSeededRandom } from '../../src/canvas/seeded-random.ts';
import { hierarchyForest } from '../../src/graph/hierarchy-forest.ts';
import { presetAvailable } from '../../src/view/preset-layout.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { edge, makeGraph, organisation, person, product } from './support/graph-builder.ts';

const graph = bundledGraph();

describe('layouts', () => {
  it.each(['fcose', 'concentric', 'hierarchy'] as const)(
    '%s gives every node a finite position, the same on every run',
    (name) => {
      const first = computeLayout(graph, name);
      const second = computeLayout(graph, name);
      expect([...first.keys()].sort()).toEqual([...graph.nodes.keys()].sort());
      for (const { x, y } of first.values()) {
        expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      }
      expect([...second]).toEqual([...first]);
    },
  );

  it('keeps nodes apart in the force layout', () => {
    const positions = [...computeLayout(graph, 'fcose').values()];
    for (const [i, a] of positions.entries()) {
      for (const b of positions.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(20);
    }
  });

  it('draws the organisation chart top-down: each unit below its parent, people below their unit', () => {
    const positions = computeLayout(graph, 'hierarchy');
    const y = (id: string): number => positions.get(id)?.y ?? NaN;
    expect(y('technical-committee')).toBeGreaterThan(y('xiaomi'));
    expect(y('ai-lab')).toBeGreaterThan(y('technical-committee'));
    expect(y('large-model-team')).toBeGreaterThan(y('ai-lab'));
    expect(y('luan-jian')).toBeGreaterThan(y('large-model-team'));
  });

  it('uses saved positions as they are for the preset layout, the default when every node has one', () => {
    const placed = makeGraph({
      nodes: [
        { ...person('a'), position: { x: 10, y: -20 } },
        { ...organisation('o'), position: { x: 300, y: 40 } },
      ],
      edges: [],
    });
    expect(presetAvailable(placed)).toBe(true);
    expect(defaultLayout(placed)).toBe('preset');
    expect(computeLayout(placed, 'preset')).toEqual(
      new Map([
        ['a', { x: 10, y: -20 }],
        ['o', { x: 300, y: 40 }],
      ]),
    );
    expect(defaultLayout(graph)).toBe('fcose');
  });

  it.each(['fcose', 'concentric', 'hierarchy', 'grouped'] as const)(
    '%s lays out ids named like Object.prototype members as ordinary ids',
    (name) => {
      const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
      const prototypeNamed = makeGraph({
        nodes: [organisation('__proto__'), ...ids.slice(1).map((id) => person(id))],
        edges: ids.slice(1).map((id) => edge(id, 'holds_role', '__proto__')),
      });
      const positions = computeLayout(prototypeNamed, name);
      expect([...positions.keys()].sort()).toEqual([...ids].sort());
      for (const { x, y } of positions.values()) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    },
  );

  it('restores Math.random after a seeded run, even when the work throws', () => {
    const original = Math.random;
    expect(withSeededRandom(seedFrom('g'), () => [Math.random(), Math.random()])).toEqual(
      withSeededRandom(seedFrom('g'), () => [Math.random(), Math.random()]),
    );
    expect(() =>
      withSeededRandom(1, () => {
        throw new Error('layout failed');
      }),
    ).toThrow('layout failed');
    expect(Math.random).toBe(original);
  });
});

describe('hierarchyForest', () => {
  it('puts a person under the deepest unit of a current role, before former roles and founding', () => {
    const small = makeGraph({
      nodes: [
        organisation('co'),
        organisation('lab'),
        organisation('team'),
        organisation('old'),
        person('p'),
        person('f'),
        product('thing'),
        product('part'),
      ],
      edges: [
        edge('lab', 'part_of', 'co'),
        edge('team', 'part_of', 'lab'),
        edge('p', 'holds_role', 'old', { former: true }),
        edge('p', 'holds_role', 'lab'),
        edge('p', 'holds_role', 'team'),
        edge('f', 'founded', 'co'),
        edge('lab', 'developed', 'thing'),
        edge('thing', 'based_on', 'part'),
      ],
    });
    expect(hierarchyForest(small)).toEqual(
      new Map([
        ['lab', 'co'],
        ['team', 'lab'],
        ['p', 'team'],
        ['f', 'co'],
        ['thing', 'lab'],
        ['part', 'thing'],
      ]),
    );
  });

  it('terminates on a part_of cycle and leaves no loop', () => {
    const cyclic = makeGraph({
      nodes: [organisation('a'), organisation('b')],
      edges: [edge('a', 'part_of', 'b'), edge('b', 'part_of', 'a')],
    });
    const parents = hierarchyForest(cyclic);
    expect(parents.size).toBe(1);
    expect(computeLayout(cyclic, 'hierarchy').size).toBe(2);
  });
});
