import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { isSparqlRef } from '../sources/sparql/sparql-ref.ts';
import { linkedGraph, parseLink } from './link/link-parse.ts';

/**
 * Starts fetching the graph file a link names (or the default graph) before the page has drawn
 * anything, so that the file arrives while the page starts instead of after it. `openLink` then takes
 * the file already on its way. Files kept in this browser and SPARQL endpoints are read as before.
 */
export function prefetchLinkedGraph(source: GraphSource, fragment: string): void {
  const named = linkedGraph(parseLink(fragment));
  const ref = named === undefined || named === '' ? source.defaultGraph : named;
  if (isLocalRef(ref) || isSparqlRef(ref) || !source.canLoad(ref)) return;
  source.prefetch?.(ref);
}
