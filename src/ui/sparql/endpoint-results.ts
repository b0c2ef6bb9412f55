import type { Graph } from '../../graph/graph-model.ts';
import type { SearchResult } from '../search/use-search-results.ts';
import type { EndpointSearch } from './use-endpoint-search.ts';

/** How a match that is on the endpoint but not loaded reads in the list. */
export const NOT_LOADED = 'not loaded yet';

/** The endpoint's matches not already in the graph, as search results after the loaded ones. */
export function endpointResults(graph: Graph, search: EndpointSearch): SearchResult[] {
  return search.hits
    .filter((hit) => !graph.nodes.has(hit.iri))
    .map((hit) => ({
      id: hit.iri,
      label: hit.label,
      // The endpoint answered in the languages asked for; no language is claimed for it.
      name: { text: hit.label, lang: null },
      matched: hit.label,
      type: '',
      typeLabel: NOT_LOADED,
      hidden: false,
    }));
}

/** A line under the matches: the endpoint is being asked, or why it could not be. */
export function endpointNote(search: EndpointSearch): string | undefined {
  switch (search.status) {
    case 'idle':
    case 'done':
      return undefined;
    case 'searching':
      return 'Searching the endpoint…';
    case 'failed':
      return search.message;
  }
}
