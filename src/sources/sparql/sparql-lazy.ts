import type { readSparqlGraph as ReadSparqlGraph } from './read-sparql-graph.ts';
import type { searchEndpoint as SearchEndpoint } from './search-endpoint.ts';

/*
 * The SPARQL source's reading code (queries, the results schema, mapping, parseGraph with zod) loads
 * on first use, so a page that never opens an endpoint does not download or evaluate it.
 */

export const readSparqlGraph: typeof ReadSparqlGraph = async (...args) =>
  (await import('./read-sparql-graph.ts')).readSparqlGraph(...args);

export const searchEndpoint: typeof SearchEndpoint = async (...args) =>
  (await import('./search-endpoint.ts')).searchEndpoint(...args);
