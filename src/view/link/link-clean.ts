import type { Graph } from '../../graph/graph-model.ts';
import { multimapPush } from '../../graph/multimap.ts';
import { cleanExpand, cleanNode, cleanOrgs, cleanPositions, cleanRels, cleanTypes } from './link-clean-ids.ts';
import { decodeSingle, linkVocabulary, type Cleaner, type CleanContext, type ViewDraft } from './link-clean-context.ts';
import { cleanAsOf, cleanDirection, cleanPath, dropDirectionWithoutPath } from './link-clean-path.ts';
import { cleanAll, cleanOpen } from './link-clean-overview.ts';
import { cleanCurrent, cleanFocus, cleanLanguage, cleanLayout, cleanView } from './link-clean-values.ts';
import { linkNotice } from './link-messages.ts';
import { isFutureParam, isSupportedParam, type FieldParam } from './link-params.ts';
import { linkedGraph, linkParamName, type RawLink } from './link-parse.ts';
import { migrateLink, readLinkVersion } from './link-version.ts';
import { defaultView, type ViewState } from '../view-state.ts';

/**
 * Opening a link: judge each parameter against the loaded graph, keep what is valid, and say in
 * plain words what was dropped. `v` and `graph` are read for the whole link rather than into the draft.
 */

// Keyed by the parameters that carry a view field (FIELD_PARAMS): a new one without a cleaner is a type
// error, and so is a supported parameter that carries no field.
const CLEANERS: Readonly<Record<Exclude<FieldParam, 'graph'>, Cleaner>> = {
  node: cleanNode,
  orgs: cleanOrgs,
  current: cleanCurrent,
  types: cleanTypes,
  rels: cleanRels,
  focus: cleanFocus,
  path: cleanPath,
  dir: cleanDirection,
  asof: cleanAsOf,
  layout: cleanLayout,
  view: cleanView,
  pos: cleanPositions,
  open: cleanOpen,
  all: cleanAll,
  lang: cleanLanguage,
  expand: cleanExpand,
};

/** Values by decoded name, names in order of first appearance. A Map: link names may be `__proto__`. */
function valuesByName(raw: RawLink): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { name, value } of raw.entries) multimapPush(byName, linkParamName(name), value);
  return byName;
}

/**
 * Turns a parsed link into the view it describes on `graph`, dropping, one by one, whatever does
 * not fit: unknown ids, types, layouts and parameters, malformed or out-of-range numbers, broken
 * escapes, repeats (the first is used). `dropped` holds one plain sentence per problem, in link
 * order after any version notice. `state.graph` is always `graph.id`. Never throws.
 * @example cleanLink(parseLink('#v=1&node=lei-jun&graph=xiaomi-ai'), graph) // { state: { ...defaultView('xiaomi-ai'), node: 'lei-jun' }, dropped: [] }
 * @example cleanLink(parseLink('#node=wang-bn&focus=abc'), graph).dropped
 * // ['The link mentions "wang-bn", which is not in this graph — did you mean "wang-bin"?',
 * //  'The link\'s "focus=abc" is not a number of hops from 1 to 6, so it was ignored']
 */
export function cleanLink(raw: RawLink, graph: Graph): { state: ViewState; dropped: string[] } {
  const dropped: string[] = [];
  const { version, notice } = readLinkVersion(raw);
  if (notice !== undefined) dropped.push(notice);
  const link = migrateLink(raw, version);
  const draft: ViewDraft = { ...defaultView(graph.id), pos: new Map() };
  const context: CleanContext = {
    graph,
    // Worked out (once per graph) only when a parameter needs it: a link naming just the graph does not.
    get vocabulary() {
      return linkVocabulary(graph);
    },
    drop: (sentence) => dropped.push(sentence),
  };
  for (const [name, values] of valuesByName(link)) {
    const [first = ''] = values;
    if (!isSupportedParam(name)) {
      // One notice per name: "twice; the first one was used" would be untrue of an ignored parameter.
      dropped.push(isFutureParam(name) ? linkNotice.futureParam(name) : linkNotice.unknownParam(name));
      continue;
    }
    if (name === 'graph') {
      const linked = linkedGraph(link);
      // Nothing usable: let decodeSingle say why (empty, or a broken escape).
      if (linked === undefined) decodeSingle('graph', first, context);
      else if (linked !== graph.id) dropped.push(linkNotice.otherGraph(linked, graph.id));
    } else if (name !== 'v') {
      CLEANERS[name](first, draft, context);
    }
    if (values.length > 1) dropped.push(linkNotice.repeated(name, values.length));
  }
  dropDirectionWithoutPath(draft, (sentence) => dropped.push(sentence));
  return { state: draft, dropped };
}
