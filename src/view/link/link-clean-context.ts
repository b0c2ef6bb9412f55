import type { Graph, Position } from '../../graph/graph-model.ts';
import { ORGANISATION } from '../../graph/graph-model.ts';
import { perGraph } from '../../graph/per-graph.ts';
import { edgeTypesInGraph, nodeTypesInGraph } from '../../graph/type-labels.ts';
import { decodeLinkValue } from './link-encoding.ts';
import { linkNotice } from './link-messages.ts';
import type { ViewState } from '../view-state.ts';

/** What the parameter cleaners share: the state being built, the graph, and the notice list. */

export type ViewDraft = { -readonly [K in keyof ViewState]: ViewState[K] } & { pos: Map<string, Position> };

/** What a link may name in one graph; built once per graph, as links open on every Back and Forward. */
export interface LinkVocabulary {
  readonly nodeTypes: ReadonlySet<string>;
  readonly edgeTypes: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
}

export const linkVocabulary = perGraph((graph: Graph): LinkVocabulary => {
  const nodes = [...graph.nodes.values()];
  return {
    // Types present in the graph or declared by it: a declared type with no node yet is still a choice.
    nodeTypes: new Set([...nodeTypesInGraph(graph), ...graph.nodeTypes.keys()]),
    edgeTypes: new Set([...edgeTypesInGraph(graph), ...graph.edgeTypes.keys()]),
    organisations: new Set(nodes.filter((node) => node.type === ORGANISATION).map((node) => node.id)),
  };
});

export interface CleanContext {
  readonly graph: Graph;
  readonly vocabulary: LinkVocabulary;
  drop(sentence: string): void;
}

/** A cleaner reads one parameter's (first) raw value into the draft, dropping what it cannot use. */
export type Cleaner = (value: string, draft: ViewDraft, context: CleanContext) => void;

/** A single-valued parameter, decoded; undefined (with a notice) when empty or undecodable. */
export function decodeSingle(name: string, value: string, context: CleanContext): string | undefined {
  const decoded = decodeLinkValue(value);
  if (decoded === undefined) context.drop(linkNotice.badEncoding(name, value));
  else if (decoded === '') context.drop(linkNotice.empty(name));
  else return decoded;
  return undefined;
}

/**
 * A list parameter's items, each decoded on its own after splitting on the raw commas (an id's own
 * commas are `%2C`). Empty items and repeats go silently; an undecodable item goes with a notice.
 */
export function decodeItems(name: string, value: string, context: CleanContext): string[] {
  const items = new Set<string>();
  for (const raw of value.split(',')) {
    if (raw === '') continue;
    const decoded = decodeLinkValue(raw);
    if (decoded === undefined) context.drop(linkNotice.badEncoding(name, raw));
    else if (decoded !== '') items.add(decoded);
  }
  return [...items];
}
