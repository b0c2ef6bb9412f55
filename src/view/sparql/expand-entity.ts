import { SparqlCancelled } from '../../sources/sparql/sparql-errors.ts';
import { readSparqlGraph } from '../../sources/sparql/sparql-lazy.ts';
import { sparqlEndpoint } from '../../sources/sparql/sparql-ref.ts';
import type { ExplorerStore } from '../explorer-store.ts';
import { endSparqlRequest, keepBuiltGraph, startSparqlRequest } from './sparql-session.ts';

/**
 * Loads the neighbourhood of `iri` into the open SPARQL graph: one history step that appends it to
 * `expand`, so the link reloads the same subgraph and Back removes it again. New entities are placed
 * around it; nothing drawn before moves. With `select`, the entity becomes the selection and is
 * centred (how search opens an entity not loaded yet). Resolves false when it did not happen (a
 * failure, with a notice; or cancelled by a newer request).
 */
export async function expandEntity(store: ExplorerStore, iri: string, select = false): Promise<boolean> {
  const { view } = store.getState();
  const endpoint = sparqlEndpoint(view.graph);
  if (endpoint === undefined) return false;
  if (view.expand.includes(iri)) {
    if (select) store.getState().dispatch({ type: 'select', node: iri, centre: true });
    return true;
  }
  const signal = startSparqlRequest(store, iri);
  let read;
  try {
    read = await readSparqlGraph(endpoint, [...view.expand, iri], view.lang, signal);
  } catch (error) {
    if (error instanceof SparqlCancelled) return false;
    throw error;
  } finally {
    endSparqlRequest(store, signal);
  }
  const current = store.getState();
  // Another graph opened meanwhile: this answer belongs to a view that is gone.
  if (current.view.graph !== view.graph) return false;
  // The other neighbourhoods came from the cache and said their part when they loaded.
  for (const notice of read.notices) if (notice.iri === iri) current.notify(notice.text, notice.tone);
  if (!read.graph || !read.loaded.includes(iri)) return false;
  keepBuiltGraph(store, { ref: view.graph, expand: read.loaded, lang: view.lang }, read.graph);
  const node = select ? iri : (current.view.node ?? iri);
  current.showGraph(read.graph, [], { ...current.view, expand: read.loaded, node }, 'push');
  if (select) store.getState().dispatch({ type: 'select', node: iri, centre: true });
  return true;
}
