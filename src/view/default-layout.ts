import type { Graph } from '../graph/graph-model.ts';
import { opensOnOverview } from './overview/overview-size.ts';
import { presetAvailable } from './preset-layout.ts';
import type { LayoutName } from './view-state.ts';

/**
 * The layout a graph opens with (a link without `layout`): its saved positions when every node has
 * one; the grouped overview for a graph too large to draw whole (computed at once, on the page);
 * else the force-directed layout (computed in the layout worker, while the grouped one stands in).
 */
export function defaultLayout(graph: Graph): LayoutName {
  if (presetAvailable(graph)) return 'preset';
  return opensOnOverview(graph) ? 'grouped' : 'fcose';
}
