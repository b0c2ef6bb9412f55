import { querySparql } from './sparql-client.ts';
import { searchQuery } from './sparql-queries.ts';
import { iriOf, type Row } from './sparql-results.ts';
import { isQueryableIri } from './sparql-text.ts';
import { sparqlLanguages } from './read-sparql-graph.ts';

/** Matches asked of the endpoint per search. */
export const ENDPOINT_SEARCH_LIMIT = 15;

/** An entity found by search: its IRI and the label that matched (or the IRI when it has none). */
export interface FoundEntity {
  readonly iri: string;
  readonly label: string;
}

/** One entry per IRI (an entity matches once per label), in the endpoint's order; IRIs a query cannot hold are left out. */
export function foundEntities(rows: readonly Row[]): FoundEntity[] {
  const found = new Map<string, string>();
  for (const row of rows) {
    const iri = iriOf(row, 'n');
    if (iri === undefined || found.has(iri) || !isQueryableIri(iri)) continue;
    found.set(iri, row.get('label')?.value ?? iri);
  }
  return [...found].map(([iri, label]) => ({ iri, label }));
}

/** Entities whose labels or aliases contain `text`, loaded or not: search's way into the endpoint. */
export async function searchEndpoint(
  endpoint: string,
  text: string,
  lang: string | null,
  signal?: AbortSignal,
): Promise<FoundEntity[]> {
  const rows = await querySparql(
    endpoint,
    searchQuery(endpoint, text, sparqlLanguages(lang), ENDPOINT_SEARCH_LIMIT),
    signal,
  );
  return foundEntities(rows);
}
