import { inForce } from '../graph/as-of.ts';
import type { Graph } from '../graph/graph-model.ts';
import { neighbourhood } from '../graph/neighbourhood.ts';
import { perGraph } from '../graph/per-graph.ts';
import { organisationMembers } from '../graph/organisation-members.ts';
import { viewDate } from './view-date.ts';
import { filtersNothing, sameVisibilityFilters, type VisibilityFilters } from './visible-set-fields.ts';

export interface VisibleSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * What the canvas and the entity list show: node types, then the organisation filter, then the
 * relation types among what is left, then, with `focus`, the selected entity's neighbourhood.
 * An edge is visible when its type is shown, it is in force as of `asof` (graph/as-of.ts) and both its
 * ends are. The date hides relations, never entities: people and organisations have no dates.
 */
/** With no filter at all everything is visible: one set per graph, shared, never a walk of every element. */
const everything = perGraph((graph: Graph): VisibleSet => ({
  nodes: new Set(graph.nodes.keys()),
  edges: new Set(graph.edges.keys()),
}));

export function computeVisibleSet(graph: Graph, view: VisibilityFilters): VisibleSet {
  if (filtersNothing(view)) return everything(graph);
  const types = view.types === null ? null : new Set(view.types);
  const rels = view.rels === null ? null : new Set(view.rels);
  const asof = viewDate(view.asof);
  const members =
    view.orgs.length > 0 ? organisationMembers(graph, view.orgs, { currentOnly: view.current, asof }) : null;
  let nodes = new Set<string>();
  for (const node of graph.nodes.values()) {
    if (types && !types.has(node.type)) continue;
    if (members && !members.has(node.id)) continue;
    nodes.add(node.id);
  }
  const edgeShown = (id: string): boolean => {
    const edge = graph.edges.get(id);
    return (
      edge !== undefined &&
      (!rels || rels.has(edge.type)) &&
      inForce(edge, asof) &&
      nodes.has(edge.source) &&
      nodes.has(edge.target)
    );
  };
  if (view.focus !== null && view.node !== null && nodes.has(view.node)) {
    const allowed = nodes;
    nodes = neighbourhood(graph, view.node, view.focus, (id) => allowed.has(id), edgeShown);
  }
  const edges = new Set<string>();
  for (const id of graph.edges.keys()) if (edgeShown(id)) edges.add(id);
  return { nodes, edges };
}

/** Memoised on the fields that decide visibility (visible-set-fields.ts), so re-renders and camera moves cost nothing. */
export function createVisibleSetSelector(): (graph: Graph, view: VisibilityFilters) => VisibleSet {
  let lastGraph: Graph | undefined;
  let lastView: VisibilityFilters | undefined;
  let last: VisibleSet = { nodes: new Set(), edges: new Set() };
  return (graph, view) => {
    if (lastGraph !== graph || lastView === undefined || !sameVisibilityFilters(lastView, view)) {
      last = computeVisibleSet(graph, view);
      lastGraph = graph;
      lastView = view;
    }
    return last;
  };
}
