import type { Graph } from '../graph/graph-model.ts';
import { neighbourhood } from '../graph/neighbourhood.ts';
import { organisationMembers } from '../graph/organisation-members.ts';
import type { ViewState } from './view-state.ts';

export interface VisibleSet {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** The parts of the view that decide what is visible; camera, positions and layout do not. */
type Filters = Pick<ViewState, 'node' | 'orgs' | 'current' | 'types' | 'rels' | 'focus'>;

/**
 * What the canvas and the entity list show: node types, then the organisation filter, then the
 * relation types among what is left, then, with `focus`, the selected entity's neighbourhood.
 * An edge is visible when its type is shown and both its ends are.
 */
export function computeVisibleSet(graph: Graph, view: Filters): VisibleSet {
  const types = view.types === null ? null : new Set(view.types);
  const rels = view.rels === null ? null : new Set(view.rels);
  const members = view.orgs.length > 0 ? organisationMembers(graph, view.orgs, { currentOnly: view.current }) : null;
  let nodes = new Set<string>();
  for (const node of graph.nodes.values()) {
    if (types && !types.has(node.type)) continue;
    if (members && !members.has(node.id)) continue;
    nodes.add(node.id);
  }
  const edgeShown = (id: string): boolean => {
    const edge = graph.edges.get(id);
    return edge !== undefined && (!rels || rels.has(edge.type)) && nodes.has(edge.source) && nodes.has(edge.target);
  };
  if (view.focus !== null && view.node !== null && nodes.has(view.node)) {
    const allowed = nodes;
    nodes = neighbourhood(graph, view.node, view.focus, (id) => allowed.has(id), edgeShown);
  }
  const edges = new Set<string>();
  for (const id of graph.edges.keys()) if (edgeShown(id)) edges.add(id);
  return { nodes, edges };
}

/** Memoised on the filter fields, so re-renders and camera moves cost nothing. */
export function createVisibleSetSelector(): (graph: Graph, view: Filters) => VisibleSet {
  let lastGraph: Graph | undefined;
  let lastView: Filters | undefined;
  let last: VisibleSet = { nodes: new Set(), edges: new Set() };
  return (graph, view) => {
    const same =
      lastGraph === graph &&
      lastView !== undefined &&
      (view.focus === null || lastView.node === view.node) &&
      lastView.orgs === view.orgs &&
      lastView.current === view.current &&
      lastView.types === view.types &&
      lastView.rels === view.rels &&
      lastView.focus === view.focus;
    if (!same) {
      last = computeVisibleSet(graph, view);
      lastGraph = graph;
      lastView = view;
    }
    return last;
  };
}
