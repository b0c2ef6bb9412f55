/**
 * How a link names an endpoint: `graph=sparql:<endpoint URL>`. Only http(s) endpoints: the page asks
 * them directly, so they must speak HTTP and allow cross-origin requests (CORS).
 */
const PREFIX = 'sparql:';

export function isSparqlRef(ref: string): boolean {
  return ref.startsWith(PREFIX);
}

/** The endpoint URL of a `sparql:` ref, when it is an http(s) URL. */
export function sparqlEndpoint(ref: string): string | undefined {
  if (!isSparqlRef(ref)) return undefined;
  try {
    const url = new URL(ref.slice(PREFIX.length));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** @example sparqlRef('https://query.wikidata.org/sparql') // 'sparql:https://query.wikidata.org/sparql' */
export function sparqlRef(endpoint: string): string {
  return `${PREFIX}${endpoint}`;
}
