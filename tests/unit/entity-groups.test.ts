import { describe, expect, it } from 'vitest';
import { entityGroups } from '../../src/graph/entity-groups.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { synthetic } from './support/synthetic.ts';

describe('the entity list: visible entities grouped by type, sorted by name', () => {
  it('lists exactly the given entities, each group in name order, types in the order the file has them', () => {
    const graph = synthetic(500);
    const everyOther = new Set([...graph.nodes.keys()].filter((_, index) => index % 2 === 0));
    const groups = entityGroups(graph, everyOther);
    expect(groups.flatMap((group) => group.nodes.map((node) => node.id)).sort()).toEqual([...everyOther].sort());
    const typesInFileOrder = [...new Set([...graph.nodes.values()].map((node) => node.type))];
    expect(groups.map((group) => group.type)).toEqual(
      typesInFileOrder.filter((type) => groups.some((g) => g.type === type)),
    );
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    for (const group of groups) {
      const labels = group.nodes.map((node) => node.label);
      expect(labels).toEqual([...labels].sort((a, b) => collator.compare(a, b)));
      expect(group.nodes.every((node) => node.type === group.type)).toBe(true);
    }
  });

  it('leaves out types with none of the entities, and gives each group its type label', () => {
    const graph = bundledGraph();
    const person = [...graph.nodes.values()].find((node) => node.type === 'person');
    const groups = entityGroups(graph, new Set(person ? [person.id] : []));
    expect(groups).toEqual([{ type: 'person', label: 'Person', nodes: [person] }]);
    expect(entityGroups(graph, new Set())).toEqual([]);
  });
});
