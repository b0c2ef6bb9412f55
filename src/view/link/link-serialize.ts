import { encodeLinkId, formatLinkNumber } from './link-encoding.ts';
import { LINK_VERSION, SUPPORTED_PARAM_ORDER, type SupportedParam } from './link-params.ts';
import { roundCamera, roundPosition, type ViewState } from '../view-state.ts';

/**
 * Writes a view as link text. Each writer returns the parameter's value, or undefined when the value
 * is the default and the parameter is left out (DESIGN.md: "defaults omitted").
 */

type Writer = (state: ViewState) => string | undefined;

function encodeList(ids: readonly string[]): string {
  return [...new Set(ids)].map(encodeLinkId).join(',');
}

function writeCamera(state: ViewState): string | undefined {
  if (state.camera === null) return undefined;
  const { zoom, x, y } = roundCamera(state.camera);
  if (![zoom, x, y].every(Number.isFinite)) return undefined;
  return [zoom, x, y].map(formatLinkNumber).join(',');
}

function writePositions(state: ViewState): string | undefined {
  const entries: string[] = [];
  for (const [id, position] of state.pos) {
    const { x, y } = roundPosition(position);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    entries.push(`${encodeLinkId(id)}:${formatLinkNumber(x)}:${formatLinkNumber(y)}`);
  }
  return entries.length === 0 ? undefined : entries.join(',');
}

/** Group keys are link text already (ids percent-encoded inside them, see cluster-keys.ts); anything else is no key. */
const GROUP_KEY = /^[A-Za-z0-9._:%-]+$/;

function writeOpen(state: ViewState): string | undefined {
  const keys = [...new Set(state.open)].filter((key) => GROUP_KEY.test(key));
  return keys.length === 0 ? undefined : keys.join(',');
}

// Keys are this module's own parameter names; the Record makes a new parameter without a writer a type error.
const WRITERS: Readonly<Record<SupportedParam, Writer>> = {
  v: () => String(LINK_VERSION),
  node: (state) => (state.node === null ? undefined : encodeLinkId(state.node)),
  orgs: (state) => (state.orgs.length === 0 ? undefined : encodeList(state.orgs)),
  current: (state) => (state.current ? '1' : undefined),
  // An empty list is written (`types=`): "show no type" differs from "show every type" (null).
  types: (state) => (state.types === null ? undefined : encodeList(state.types)),
  rels: (state) => (state.rels === null ? undefined : encodeList(state.rels)),
  focus: (state) => (state.focus === null ? undefined : formatLinkNumber(state.focus)),
  // `from~to`: each id encoded on its own (an id's `~` is `%7E`), so the one raw `~` separates them.
  path: (state) =>
    state.path === null ? undefined : `${encodeLinkId(state.path.from)}~${encodeLinkId(state.path.to)}`,
  // Direction means something only for a path, so it is written only with one.
  dir: (state) => (state.path !== null && state.followDirection ? '1' : undefined),
  asof: (state) => (state.asof === null ? undefined : encodeLinkId(state.asof)),
  layout: (state) => state.layout ?? undefined,
  view: writeCamera,
  pos: writePositions,
  open: writeOpen,
  all: (state) => (state.all ? '1' : undefined),
  lang: (state) => (state.lang === null ? undefined : encodeLinkId(state.lang)),
  // In order, repeats dropped: the order decides where each neighbourhood is drawn.
  expand: (state) => (state.expand.length === 0 ? undefined : encodeList(state.expand)),
  graph: (state) => encodeLinkId(state.graph),
};

/**
 * The link text of a view, without `#`: `v=1` first, then the parameters that differ from the
 * default in a fixed order, `graph` always last. Lists are deduplicated, numbers rounded as the
 * view state rounds them, so equal views give equal links. Never throws.
 * @example serializeView(defaultView('xiaomi-ai')) // 'v=1&graph=xiaomi-ai'
 * @example serializeView({ ...defaultView('g'), node: 'a,b' }) // 'v=1&node=a%2Cb&graph=g'
 * @example serializeView({ ...defaultView('g'), types: [], camera: { zoom: 1.25, x: 140, y: -60 } }) // 'v=1&types=&view=1.25,140,-60&graph=g'
 */
export function serializeView(state: ViewState): string {
  const parts: string[] = [];
  for (const name of SUPPORTED_PARAM_ORDER) {
    const value = WRITERS[name](state);
    if (value !== undefined) parts.push(`${name}=${value}`);
  }
  return parts.join('&');
}
