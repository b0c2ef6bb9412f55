import { isQueryableIri } from '../../sources/sparql/sparql-text.ts';
import { sparqlEndpoint, sparqlRef } from '../../sources/sparql/sparql-ref.ts';
import type { ExplorerStore } from '../explorer-store.ts';
import { encodeLinkId } from '../link/link-encoding.ts';
import { openSparqlLink } from './open-sparql-link.ts';

/** What is wrong with an endpoint address and start entity typed by the user, or undefined when they will do. */
export function endpointFormProblem(endpoint: string, start: string): string | undefined {
  if (sparqlEndpoint(sparqlRef(endpoint.trim())) === undefined)
    return 'Write the endpoint’s full address, starting with https:// (for example https://query.wikidata.org/sparql).';
  if (start.trim() !== '' && !isQueryableIri(start.trim()))
    return 'Write the start entity as a full IRI (for example http://www.wikidata.org/entity/Q2283), or leave it empty and search.';
  return undefined;
}

/**
 * "Open endpoint…": opens a SPARQL endpoint as one history step, from `start` (an IRI) with its
 * neighbourhood, or with nothing loaded and search as the way in.
 */
export async function openEndpoint(store: ExplorerStore, endpoint: string, start: string): Promise<void> {
  const entries = [
    ...(start.trim() === '' ? [] : [{ name: 'node', value: encodeLinkId(start.trim()) }]),
    { name: 'graph', value: encodeLinkId(sparqlRef(endpoint.trim())) },
  ];
  await openSparqlLink(store, sparqlRef(endpoint.trim()), { entries }, () => true, 'push');
}
