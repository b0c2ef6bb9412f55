import { describe, expect, it } from 'vitest';
import { groupedLayout } from '../../src/canvas/grouped-layout.ts';
import { computeLayout } from '../../src/canvas/layouts.ts';
import { parseGraph } from '../../src/graph/parse-graph.ts';
import { clusterForest } from '../../src/view/overview/cluster-forest.ts';
import { bundledGraphText } from '../support/bundled-graph.ts';
import { synthetic } from './support/synthetic.ts';

const graph = synthetic(5000);
const forest = clusterForest(graph);

describe('groupedLayout', () => {
  it('places every entity inside its group, and each group inside the group around it', () => {
    const layout = groupedLayout(graph);
    for (const [id] of graph.nodes) {
      const at = layout.entity(id);
      expect(at).toBeDefined();
      const key = forest.home.get(id);
      const circle = key === undefined ? undefined : layout.group(key);
      if (circle && at) expect(Math.hypot(at.x - circle.x, at.y - circle.y)).toBeLessThanOrEqual(circle.r + 1);
    }
    for (const cluster of forest.clusters.values()) {
      const outer = cluster.parent === undefined ? undefined : layout.group(cluster.parent);
      const inner = layout.group(cluster.key);
      if (outer && inner)
        expect(Math.hypot(inner.x - outer.x, inner.y - outer.y) + inner.r).toBeLessThanOrEqual(outer.r + 1);
    }
  });

  it('keeps the top-level groups apart', () => {
    const layout = groupedLayout(graph);
    const circles = forest.roots.map((key) => layout.group(key));
    circles.forEach((a, i) =>
      circles.slice(i + 1).forEach((b) => {
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r - 1);
      }),
    );
  });

  it('gives the same positions whatever is asked first, on every parse of the same file', () => {
    const again = parseGraph(bundledGraphText()).graph;
    const once = parseGraph(bundledGraphText()).graph;
    if (!again || !once) throw new Error('the bundled graph does not open');
    const ids = [...once.nodes.keys()];
    const forward = ids.map((id) => groupedLayout(once).entity(id));
    const backward = [...ids]
      .reverse()
      .map((id) => groupedLayout(again).entity(id))
      .reverse();
    expect(backward).toEqual(forward);
    expect(computeLayout(once, 'grouped')).toEqual(computeLayout(again, 'grouped'));
  });
});
