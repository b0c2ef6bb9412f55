import type { Position } from '../graph/graph-model.ts';

/**
 * Everything the user is looking at, and nothing that can be derived: the link (DESIGN.md
 * "The link") is this state serialised. Values are always in canonical form (deduplicated lists,
 * rounded numbers), so equal views have equal links.
 */

export const LAYOUT_NAMES = ['fcose', 'concentric', 'hierarchy', 'preset', 'grouped'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** Zoom level and the model point shown at the centre of the canvas. */
export interface Camera {
  readonly zoom: number;
  readonly x: number;
  readonly y: number;
}

/** The two ends of a path the user asked for ("how is `from` connected to `to`?"). */
export interface PathEnds {
  readonly from: string;
  readonly to: string;
}

export interface ViewState {
  /** Bundled graph id, or an https URL of a graph file. */
  readonly graph: string;
  /** The selected entity. */
  readonly node: string | null;
  /** Organisation filter, in the order chosen. */
  readonly orgs: readonly string[];
  /** With `orgs`: count current roles only. */
  readonly current: boolean;
  /** Node types shown; null shows every type. */
  readonly types: readonly string[] | null;
  /** Relation types shown; null shows every type. */
  readonly rels: readonly string[] | null;
  /** Show only the selected entity's neighbourhood within this many hops. */
  readonly focus: number | null;
  /** Highlight the shortest paths between these two entities (never the same one). */
  readonly path: PathEnds | null;
  /** With `path`: follow relations from source to target only. Always false without a path. */
  readonly followDirection: boolean;
  /** Show the graph as of this partial date (`2023`, `2023-04`, `2023-04-14`, normalised); null: as written. */
  readonly asof: string | null;
  /** null: the graph's default layout. */
  readonly layout: LayoutName | null;
  /** null: fit the visible graph to the canvas. */
  readonly camera: Camera | null;
  /** Positions of the nodes the user moved, in whole model units. */
  readonly pos: ReadonlyMap<string, Position>;
  /** Overview: the groups the user opened, in order (keys of view/overview/cluster-forest.ts). */
  readonly open: readonly string[];
  /** Draw the whole visible graph, never grouped into an overview. */
  readonly all: boolean;
  /** Show labels in this language (a lower-case tag the graph has labels in); null: the file's own labels. */
  readonly lang: string | null;
  /** A graph read by neighbourhood (SPARQL): the entities whose neighbourhoods are loaded, in order. */
  readonly expand: readonly string[];
}

export const FOCUS_MIN = 1;
export const FOCUS_MAX = 6;
// Low enough to fit the overview of tens of thousands of entities in a window.
export const ZOOM_MIN = 0.01;
export const ZOOM_MAX = 20;

export function defaultView(graph: string): ViewState {
  return {
    graph,
    node: null,
    orgs: [],
    current: false,
    types: null,
    rels: null,
    focus: null,
    path: null,
    followDirection: false,
    asof: null,
    layout: null,
    camera: null,
    pos: new Map(),
    open: [],
    all: false,
    lang: null,
    expand: [],
  };
}

/** Zoom keeps three decimals, centres and positions whole units: enough for "same picture". */
export function roundCamera(camera: Camera): Camera {
  return { zoom: Math.round(camera.zoom * 1000) / 1000, x: Math.round(camera.x), y: Math.round(camera.y) };
}

/** Same zoom and centre; null (fit the graph) equals only null. */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (a === null || b === null) return a === b;
  return a.zoom === b.zoom && a.x === b.x && a.y === b.y;
}

export function roundPosition(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}
