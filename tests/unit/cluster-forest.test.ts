import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/graph-model.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { serializeView } from '../../src/view/link/link-serialize.ts';
import { clusterForest, FANOUT, groupPath, type ClusterForest } from '../../src/view/overview/cluster-forest.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { awkwardGraph } from './support/awkward-graph.ts';
import { edge, makeGraph, organisation, person } from './support/graph-builder.ts';
import { synthetic } from './support/synthetic.ts';

/** Every entity once: in one group's members, or loose at the top. */
function placements(forest: ClusterForest): Map<string, number> {
  const seen = new Map<string, number>();
  const count = (id: string): void => void seen.set(id, (seen.get(id) ?? 0) + 1);
  for (const cluster of forest.clusters.values()) cluster.members.forEach(count);
  forest.loose.forEach(count);
  return seen;
}

function expectWellFormed(graph: Graph, forest: ClusterForest): void {
  const seen = placements(forest);
  expect(seen.size).toBe(graph.nodes.size);
  expect([...seen.values()].every((times) => times === 1)).toBe(true);
  const rootSizes = forest.roots.reduce((sum, key) => sum + (forest.clusters.get(key)?.size ?? 0), 0);
  expect(rootSizes + forest.loose.length).toBe(graph.nodes.size);
  for (const cluster of forest.clusters.values()) {
    expect(cluster.members.length + cluster.clusters.length).toBeLessThanOrEqual(FANOUT);
    const inside = cluster.clusters.reduce((sum, key) => sum + (forest.clusters.get(key)?.size ?? 0), 0);
    expect(cluster.size).toBe(cluster.members.length + inside);
    for (const member of cluster.members) expect(forest.home.get(member)).toBe(cluster.key);
    // Keys are link text: only what encodeLinkId writes, and `:` joining parts.
    expect(cluster.key).toMatch(/^[A-Za-z0-9._:%-]+$/);
  }
}

describe('clusterForest', () => {
  it('groups the bundled graph by its organisation chart: an entity with anything under it is a group', () => {
    const graph = bundledGraph();
    const forest = clusterForest(graph);
    expectWellFormed(graph, forest);
    const rooted = [...forest.clusters.values()].filter((cluster) => cluster.entity !== undefined);
    expect(rooted.some((cluster) => graph.nodes.get(cluster.entity ?? '')?.type === 'organization')).toBe(true);
    for (const cluster of rooted) {
      expect(cluster.members[0]).toBe(cluster.entity);
      expect(cluster.label).toBe(graph.nodes.get(cluster.entity ?? '')?.label);
    }
  });

  it('nests units in their parent and people in their deepest unit', () => {
    const graph = makeGraph({
      nodes: [organisation('co', 'Company'), organisation('lab', 'Lab'), person('ada'), person('bo')],
      edges: [edge('lab', 'part_of', 'co'), edge('ada', 'holds_role', 'lab'), edge('bo', 'holds_role', 'co')],
    });
    const forest = clusterForest(graph);
    expect(forest.roots).toEqual(['co']);
    expect(forest.clusters.get('co')).toMatchObject({ clusters: ['lab'], members: ['co', 'bo'], size: 4 });
    expect(forest.clusters.get('lab')).toMatchObject({ parent: 'co', members: ['lab', 'ada'], size: 2 });
    expect(groupPath(forest, forest.home.get('ada'))).toEqual(['co', 'lab']);
  });

  it('groups a graph without organisations by type, in runs by label that never open onto more than FANOUT items', () => {
    const graph = makeGraph({
      nodes: Array.from({ length: 1000 }, (_, i) => person(`p${i}`, `Person ${String(i).padStart(4, '0')}`)),
    });
    const forest = clusterForest(graph);
    expectWellFormed(graph, forest);
    expect(forest.roots).toEqual([':person']);
    const top = forest.clusters.get(':person');
    expect(top?.label).toBe('Person');
    expect(top?.size).toBe(1000);
    const first = forest.clusters.get(top?.clusters[0] ?? '');
    expect(first?.key).toBe(':person:1');
    expect(first?.label).toMatch(/^Person 0000 – Person \d{4}$/);
  });

  it('is well formed on a large synthetic graph, companies at the top', () => {
    const graph = synthetic(5000);
    const forest = clusterForest(graph);
    expectWellFormed(graph, forest);
    expect(forest.roots.map((key) => forest.clusters.get(key)?.entity)).toEqual(
      [...graph.nodes.values()]
        .filter((node) => node.type === 'organization' && !/-/.test(node.id.slice(4)))
        .map((node) => node.id),
    );
  });

  it('keys awkward ids as link text that a link carries back exactly', () => {
    const graph = awkwardGraph();
    const keys = [...clusterForest(graph).clusters.keys()];
    expect(keys.length).toBeGreaterThan(0);
    const view = { ...defaultView(graph.id), open: keys };
    const { state, dropped } = cleanLink(parseLink(serializeView(view)), graph);
    expect(dropped).toEqual([]);
    expect(state.open).toEqual(keys);
  });
});
