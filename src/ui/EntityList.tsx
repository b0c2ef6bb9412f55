import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function EntityList({ graph }: { graph: Graph }) {
  return <section aria-label="EntityList">{graph.title}</section>;
}
