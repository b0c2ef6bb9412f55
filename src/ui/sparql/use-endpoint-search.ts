import { useEffect, useState } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { SparqlCancelled } from '../../sources/sparql/sparql-errors.ts';
import { searchEndpoint } from '../../sources/sparql/sparql-lazy.ts';
import type { FoundEntity } from '../../sources/sparql/search-endpoint.ts';
import { sparqlEndpoint } from '../../sources/sparql/sparql-ref.ts';
import { useExplorer } from '../store-context.ts';

/** Typing pauses this long before the endpoint is asked: one request per pause, not per key. */
export const ENDPOINT_SEARCH_DELAY_MS = 350;
const MIN_LENGTH = 2;

export interface EndpointSearch {
  readonly status: 'idle' | 'searching' | 'done' | 'failed';
  readonly hits: readonly FoundEntity[];
  /** Why the search failed, naming the endpoint. */
  readonly message?: string;
}

const IDLE: EndpointSearch = { status: 'idle', hits: [] };

/**
 * Asks the open graph's SPARQL endpoint for entities whose labels or aliases contain `query`, so search
 * reaches entities not loaded yet. Debounced; a request still running when the text changes (or the box
 * goes away) is aborted. Idle for graphs that are not endpoints, or when `enabled` is false.
 */
export function useEndpointSearch(graph: Graph, query: string, enabled: boolean): EndpointSearch {
  const endpoint = enabled ? sparqlEndpoint(graph.id) : undefined;
  const lang = useExplorer((state) => state.view.lang);
  const text = query.trim();
  const [result, setResult] = useState<{ readonly key: string; readonly search: EndpointSearch }>({
    key: '',
    search: IDLE,
  });
  const key = endpoint === undefined || text.length < MIN_LENGTH ? '' : `${endpoint}\u0000${lang ?? ''}\u0000${text}`;

  useEffect(() => {
    if (endpoint === undefined || key === '') return undefined;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResult({ key, search: { status: 'searching', hits: [] } });
      searchEndpoint(endpoint, text, lang, controller.signal).then(
        (hits) => setResult({ key, search: { status: 'done', hits } }),
        (error: unknown) => {
          if (error instanceof SparqlCancelled) return;
          const message = error instanceof Error ? error.message : String(error);
          setResult({ key, search: { status: 'failed', hits: [], message } });
        },
      );
    }, ENDPOINT_SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, key, text, lang]);

  if (key === '') return IDLE;
  // Until this text's answer arrives, the search is under way (the debounce included).
  return result.key === key ? result.search : { status: 'searching', hits: [] };
}
