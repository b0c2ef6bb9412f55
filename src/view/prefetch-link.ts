import type { GraphSource } from '../sources/graph-source.ts';
import { isLocalRef } from '../sources/content-id.ts';
import { startParseWorkerEarly } from '../sources/parse-worker-start.ts';
import { readGraphRefEarly } from './read-graph-ref.ts';
import { isSparqlRef } from '../sources/sparql/sparql-ref.ts';
import { linkedGraph, parseLink } from './link/link-parse.ts';

/**
 * Starts fetching the graph file a link names (or the default graph) before the page has drawn
 * anything, so that the file arrives while the page starts instead of after it. `openLink` then takes
 * the file already on its way, what this browser kept of it, already looked up, and, for a file named
 * by URL or kept in this browser, its read already under way (the worker checking it, the page
 * building it). SPARQL endpoints are read as before.
 */
export function prefetchLinkedGraph(source: GraphSource, fragment: string): void {
  const named = linkedGraph(parseLink(fragment));
  const ref = named === undefined || named === '' ? source.defaultGraph : named;
  const local = isLocalRef(ref);
  if (isSparqlRef(ref) || (!local && !source.canLoad(ref))) return;
  // A file named by its URL, or kept in this browser, may be large: its parse worker starts now, with
  // the page. A graph the explorer ships is small, and its worker's script would only compete with the
  // page's own code for the network.
  const large = local || /^https?:/i.test(ref);
  if (large) startParseWorkerEarly();
  // What this browser kept of it (a local file, or the mapping last chosen): the lookup opens the
  // browser's storage, which on a first visit takes about as long as a large file takes to arrive.
  source.imports?.prefetch?.(ref);
  if (!local) source.prefetch?.(ref);
  // And its read, which takes the three: checked and built as soon as it is here (read-graph-ref.ts).
  if (large) readGraphRefEarly(source, ref);
}
