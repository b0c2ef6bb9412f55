import type { Graph } from '../graph/graph-model.ts';

// Placeholder while the component is being written.
export function OrganisationFilterPanel({ graph }: { graph: Graph }) {
  return <section aria-label="OrganisationFilterPanel">{graph.title}</section>;
}
