import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function Legend({ graph }: { graph: Graph }) {
  return <section aria-label="Legend">{graph.title}</section>;
}
