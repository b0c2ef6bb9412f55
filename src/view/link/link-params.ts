import type { ViewState } from '../view-state.ts';

/**
 * The link's parameters (DESIGN.md "The link: view state in the URL"), in the one order links write
 * them. A single list, so a new parameter is one line here plus its writer and its cleaner; the type
 * system then refuses to build until both exist.
 */

/** Every parameter DESIGN.md names, in link order: `v` leads, `graph` closes. */
export const LINK_PARAM_ORDER = [
  'v',
  'node',
  'orgs',
  'current',
  'types',
  'rels',
  'focus',
  'path',
  'dir',
  'asof',
  'layout',
  'view',
  'pos',
  'open',
  'all',
  'lang',
  'expand',
  'graph',
] as const;

export type LinkParam = (typeof LINK_PARAM_ORDER)[number];

/**
 * Named by DESIGN.md but not read or written by this version: a link carrying one gets a notice.
 * Supporting one means removing it here and adding its writer and its cleaner.
 */
export const FUTURE_PARAMS = [] as const satisfies readonly LinkParam[];

export type FutureParam = (typeof FUTURE_PARAMS)[number];
export type SupportedParam = Exclude<LinkParam, FutureParam>;

/**
 * The parameter that carries each view field. Keyed by every `ViewState` field and valued by supported
 * parameters: a new field must name its parameter here, and that parameter then needs its writer
 * (link-serialize.ts) and its cleaner (link-clean.ts) before anything builds.
 */
export const FIELD_PARAMS = {
  graph: 'graph',
  node: 'node',
  orgs: 'orgs',
  current: 'current',
  types: 'types',
  rels: 'rels',
  focus: 'focus',
  path: 'path',
  followDirection: 'dir',
  asof: 'asof',
  layout: 'layout',
  camera: 'view',
  pos: 'pos',
  open: 'open',
  all: 'all',
  lang: 'lang',
  expand: 'expand',
} as const satisfies Record<keyof ViewState, SupportedParam>;

/** The parameters that carry a view field: every supported one but `v`. */
export type FieldParam = (typeof FIELD_PARAMS)[keyof ViewState];

/** The version this code writes; links without `v` are read as this version. */
export const LINK_VERSION = 1;

const future: ReadonlySet<string> = new Set(FUTURE_PARAMS);
const supported: ReadonlySet<string> = new Set(LINK_PARAM_ORDER.filter((name) => !future.has(name)));

/** Link names come from anyone's URL, so they are checked against Sets, never used as object keys blindly. */
export function isSupportedParam(name: string): name is SupportedParam {
  return supported.has(name);
}

export function isFutureParam(name: string): name is FutureParam {
  return future.has(name);
}

/** The supported parameters in link order. */
export const SUPPORTED_PARAM_ORDER: readonly SupportedParam[] = LINK_PARAM_ORDER.filter(isSupportedParam);
