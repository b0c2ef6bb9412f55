import { describe, expect, it } from 'vitest';
import { clusterForest, groupPath } from '../../src/view/overview/cluster-forest.ts';
import { overviewScene } from '../../src/view/overview/overview-scene.ts';
import { OVERVIEW_FROM } from '../../src/view/overview/overview-size.ts';
import { computeVisibleSet } from '../../src/view/visible-set.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { synthetic } from './support/synthetic.ts';

const graph = synthetic(5000);
const forest = clusterForest(graph);
const view = defaultView(graph.id);
const visible = computeVisibleSet(graph, view);

describe('overviewScene', () => {
  it('draws a graph with at most OVERVIEW_FROM visible entities whole', () => {
    const small = bundledGraph();
    const shown = computeVisibleSet(small, defaultView(small.id));
    const scene = overviewScene(small, shown, defaultView(small.id));
    expect(scene.overview).toBe(false);
    expect(scene.entities).toBe(shown.nodes);
    expect(scene.edges).toBe(shown.edges);
    expect(scene.groups).toEqual([]);
  });

  it('opens a larger graph on its top-level groups, whose counts add up to every visible entity', () => {
    expect(visible.nodes.size).toBeGreaterThan(OVERVIEW_FROM);
    const scene = overviewScene(graph, visible, view);
    expect(scene.overview).toBe(true);
    expect(scene.groups.map((group) => group.key)).toEqual(forest.roots);
    expect(scene.groups.reduce((sum, group) => sum + group.count, 0) + scene.entities.size).toBe(visible.nodes.size);
    // Relations between companies are drawn as links with counts, never as thousands of edges.
    expect(scene.edges.size).toBe(0);
    expect(scene.links.length).toBeGreaterThan(0);
    for (const link of scene.links) expect(link.count).toBeGreaterThan(0);
  });

  it('draws the whole visible graph with `all`', () => {
    const scene = overviewScene(graph, visible, { ...view, all: true });
    expect(scene.overview).toBe(false);
    expect(scene.entities.size).toBe(visible.nodes.size);
  });

  it('opens an opened group into a frame around its sub-groups and entities, the rest staying closed', () => {
    const [first, second] = forest.roots;
    const scene = overviewScene(graph, visible, { ...view, open: [first ?? ''] });
    expect(scene.frames.map((frame) => frame.key)).toEqual([first]);
    const firstCluster = forest.clusters.get(first ?? '');
    expect(scene.groups.map((group) => group.key)).toEqual(
      expect.arrayContaining([second, ...(firstCluster?.clusters ?? [])]),
    );
    expect(scene.entities.has(firstCluster?.entity ?? '')).toBe(true);
  });

  it('always draws the selected entity, opening every group around it', () => {
    const member = [...graph.nodes.values()].filter((node) => node.type === 'person')[1234];
    expect(member).toBeDefined();
    const scene = overviewScene(graph, visible, { ...view, node: member?.id ?? null });
    expect(scene.entities.has(member?.id ?? '')).toBe(true);
    const path = groupPath(forest, forest.home.get(member?.id ?? ''));
    expect(path.length).toBeGreaterThan(1);
    expect(scene.frames.map((frame) => frame.key)).toEqual(expect.arrayContaining(path));
    // Its relations to entities drawn are drawn as themselves; to closed groups, as links.
    const drawnEdges = [...scene.edges].map((id) => graph.edges.get(id));
    for (const edge of drawnEdges) {
      expect(scene.entities.has(edge?.source ?? '')).toBe(true);
      expect(scene.entities.has(edge?.target ?? '')).toBe(true);
    }
  });

  it('draws the entities on a path, opening their groups, and the relations between them', () => {
    const people = [...graph.nodes.values()].filter((node) => node.type === 'person');
    const ends = [people[17]?.id ?? '', people[3210]?.id ?? ''];
    const edge = [...graph.edges.values()].find((candidate) => candidate.source === ends[0]);
    expect(edge).toBeDefined();
    const reveal = new Set([...ends, edge?.target ?? '', edge?.id ?? '']);
    const scene = overviewScene(graph, visible, view, reveal);
    for (const id of [...ends, edge?.target ?? '']) {
      expect(scene.entities.has(id)).toBe(true);
      expect(scene.frames.map((frame) => frame.key)).toEqual(
        expect.arrayContaining(groupPath(forest, forest.home.get(id))),
      );
    }
    expect(scene.edges.has(edge?.id ?? '')).toBe(true);
    // Nothing else is opened for it: the other top-level groups stay closed.
    expect(scene.groups.length).toBeGreaterThan(0);
  });

  it('counts only visible entities: a filter leaves fewer in each group and drops empty ones', () => {
    const filtered = computeVisibleSet(graph, { ...view, types: ['person'] });
    const scene = overviewScene(graph, filtered, view);
    const total = scene.groups.reduce((sum, group) => sum + group.count, 0) + scene.entities.size;
    expect(total).toBe(filtered.nodes.size);
    for (const id of scene.entities) expect(graph.nodes.get(id)?.type).toBe('person');
  });
});
