import type { Graph } from '../graph/graph-model.ts';
import { perGraph } from '../graph/per-graph.ts';

/**
 * Whether the `preset` layout ("Saved positions") can draw this graph: it places nodes at the file's
 * own positions, so every node needs one, and an empty graph has nothing to draw. One rule for the
 * layout menu, the default layout and the link cleaner, so a link never keeps what the menu cannot show.
 */
export const presetAvailable = perGraph(
  (graph: Graph): boolean =>
    graph.nodes.size > 0 && [...graph.nodes.values()].every((node) => node.position !== undefined),
);
