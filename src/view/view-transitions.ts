import { ORGANISATION, type Graph } from '../graph/graph-model.ts';
import { graphHasLanguage, normaliseLanguage } from '../graph/node-labels.ts';
import { parsePartialDate } from '../graph/partial-date.ts';
import { edgeTypesInGraph, nodeTypesInGraph } from '../graph/type-labels.ts';
import { shownTypes } from './type-selection.ts';
import type { ViewAction } from './view-actions.ts';
import { sameView } from './view-equality.ts';
import { computeVisibleSet } from './visible-set.ts';
import { clusterForest, groupPath } from './overview/cluster-forest.ts';
import {
  defaultView,
  FOCUS_MAX,
  FOCUS_MIN,
  roundCamera,
  roundPosition,
  type PathEnds,
  type ViewState,
} from './view-state.ts';

export interface TransitionResult {
  readonly view: ViewState;
  /** Plain sentences for the notice area ("Lei Jun is hidden by the filter…"). */
  readonly notices: readonly string[];
}

function label(graph: Graph, id: string): string {
  return graph.nodes.get(id)?.label ?? id;
}

function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function withFocus(view: ViewState, focus: number | null): ViewState {
  if (focus !== null && Number.isNaN(focus)) return view;
  return { ...view, focus: focus === null ? null : Math.min(FOCUS_MAX, Math.max(FOCUS_MIN, Math.round(focus))) };
}

/** A path between two known, different entities; clearing it also clears its direction. */
function withPath(graph: Graph, view: ViewState, path: PathEnds | null, follow: boolean | undefined): ViewState {
  if (path === null) return { ...view, path: null, followDirection: false };
  if (path.from === path.to || !graph.nodes.has(path.from) || !graph.nodes.has(path.to)) return view;
  return { ...view, path: { from: path.from, to: path.to }, followDirection: follow ?? view.followDirection };
}

/** The date in its normal form (`2023-04`); text that is no date changes nothing (the UI says why). */
function withAsOf(view: ViewState, asof: string | null): ViewState {
  if (asof === null) return { ...view, asof: null };
  const date = parsePartialDate(asof);
  return date ? { ...view, asof: date.iso } : view;
}

/** A filter that hides the selected entity also deselects it, and says so. */
function keepSelectionVisible(graph: Graph, view: ViewState): TransitionResult {
  if (view.node === null) return { view, notices: [] };
  if (computeVisibleSet(graph, view).nodes.has(view.node)) return { view, notices: [] };
  return {
    view: { ...view, node: null },
    notices: [`${label(graph, view.node)} is hidden by the filters, so it is no longer selected.`],
  };
}

const quiet = (view: ViewState): TransitionResult => ({ view, notices: [] });

/**
 * The pure heart of the explorer: `(graph, view, action) → view`. Every UI gesture, link and
 * history step goes through here, so the same inputs always give the same picture.
 */
export function applyViewAction(graph: Graph, view: ViewState, action: ViewAction): TransitionResult {
  const result = transition(graph, view, action);
  // A step that changes nothing returns the very same view, so it makes no history entry.
  return sameView(result.view, view) ? { view, notices: result.notices } : result;
}

// One case per action and no `default`: a new action without its transition does not compile.
function transition(graph: Graph, view: ViewState, action: ViewAction): TransitionResult {
  switch (action.type) {
    case 'toggleOrganisation':
      return keepSelectionVisible(
        graph,
        graph.nodes.get(action.organisation)?.type === ORGANISATION
          ? { ...view, orgs: toggle(view.orgs, action.organisation) }
          : view,
      );
    case 'setCurrentOnly':
      return keepSelectionVisible(graph, { ...view, current: action.current });
    case 'clearOrganisations':
      return keepSelectionVisible(graph, { ...view, orgs: [], current: false });
    case 'setTypes':
      return keepSelectionVisible(graph, { ...view, types: shownTypes(action.types, nodeTypesInGraph(graph)) });
    case 'setRelations':
      return keepSelectionVisible(graph, { ...view, rels: shownTypes(action.rels, edgeTypesInGraph(graph)) });
    case 'setFocus':
      return keepSelectionVisible(graph, withFocus(view, action.focus));
    case 'setPath':
      return quiet(withPath(graph, view, action.path, action.followDirection));
    case 'setFollowDirection':
      return quiet(view.path === null ? view : { ...view, followDirection: action.follow });
    case 'setAsOf':
      return keepSelectionVisible(graph, withAsOf(view, action.asof));
    case 'select':
      // Re-selecting the selected node (or deselecting with nothing selected) is no step: same view, no history entry.
      if (action.node === view.node) return quiet(view);
      if (action.node !== null && !graph.nodes.has(action.node)) return quiet(view);
      return quiet({ ...view, node: action.node });
    case 'setLayout':
      // A new arrangement starts from the layout's own positions, fitted to the canvas.
      return quiet({ ...view, layout: action.layout, pos: new Map(), camera: null });
    case 'setLanguage': {
      const lang = action.lang === null ? null : normaliseLanguage(action.lang);
      if (lang === undefined || (lang !== null && !graphHasLanguage(graph, lang))) return quiet(view);
      return quiet({ ...view, lang });
    }
    case 'setCamera':
      return quiet({ ...view, camera: action.camera === null ? null : roundCamera(action.camera) });
    case 'moveNode': {
      if (!graph.nodes.has(action.node)) return quiet(view);
      const pos = new Map(view.pos);
      pos.set(action.node, roundPosition(action.position));
      return quiet({ ...view, pos });
    }
    case 'openGroup': {
      // Opening a group opens the groups around it too, so what the link names is what is drawn.
      const forest = clusterForest(graph);
      if (!forest.clusters.has(action.group)) return quiet(view);
      const missing = groupPath(forest, action.group).filter((key) => !view.open.includes(key));
      return quiet(missing.length === 0 ? view : { ...view, open: [...view.open, ...missing] });
    }
    case 'closeGroups':
      return quiet({ ...view, open: [] });
    case 'setWholeGraph':
      return quiet({ ...view, all: action.all });
    case 'reset':
      // The label language is how this reader reads, not something they looked at: it survives a reset.
      return quiet({ ...defaultView(view.graph), lang: view.lang });
    case 'restore':
      return quiet(action.view);
  }
}
