import { useMemo, useSyncExternalStore } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { shownLabel, type ShownLabel } from '../../graph/node-labels.ts';
import { fuzzySearchLoaded, onFuzzySearchLoaded, searchGraph, type SearchHit } from '../../graph/search-index.ts';
import { useLanguage } from '../language-context.ts';
import { nodeTypeDefinition } from '../../graph/type-labels.ts';
import { useVisibleSet } from '../use-visible-set.ts';

export const SEARCH_RESULT_LIMIT = 12;

export interface SearchResult extends SearchHit {
  readonly typeLabel: string;
  /** The entity's name in the view's language. */
  readonly name: ShownLabel;
  /** Not on the canvas now; choosing it still selects it and the details panel shows it. */
  readonly hidden: boolean;
}

/** Search hits for `query`, each with its type's label and whether the filters hide it. */
export function useSearchResults(graph: Graph, query: string): SearchResult[] {
  const visible = useVisibleSet();
  const lang = useLanguage();
  // Searched again once typos can be found (fuse.js loads after the first picture).
  const fuzzy = useSyncExternalStore(onFuzzySearchLoaded, fuzzySearchLoaded);
  const hits = useMemo(() => searchGraph(graph, query, SEARCH_RESULT_LIMIT, fuzzy), [graph, query, fuzzy]);
  return useMemo(
    () =>
      hits.map((hit) => ({
        ...hit,
        typeLabel: nodeTypeDefinition(graph, hit.type).label,
        name: shownLabel(graph.nodes.get(hit.id) ?? hit, lang),
        hidden: !visible.nodes.has(hit.id),
      })),
    [graph, hits, visible, lang],
  );
}
