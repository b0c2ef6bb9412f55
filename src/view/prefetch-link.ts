import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { isSparqlRef } from '../sources/sparql/sparql-ref.ts';
import { linkedGraph, parseLink } from './link/link-parse.ts';

/**
 * Starts fetching the graph file a link names (or the default graph) before the page has drawn
 * anything, so that the file arrives while the page starts instead of after it. `openLink` then takes
 * the file already on its way, and what this browser kept of it, already looked up. SPARQL endpoints
 * are read as before.
 */
export function prefetchLinkedGraph(source: GraphSource, fragment: string): void {
  const named = linkedGraph(parseLink(fragment));
  const ref = named === undefined || named === '' ? source.defaultGraph : named;
  const local = isLocalRef(ref);
  if (isSparqlRef(ref) || (!local && !source.canLoad(ref))) return;
  // What this browser kept of it (a local file, or the mapping last chosen): the lookup opens the
  // browser's storage, which on a first visit takes about as long as a large file takes to arrive.
  source.imports?.prefetch?.(ref);
  if (!local) source.prefetch?.(ref);
}
