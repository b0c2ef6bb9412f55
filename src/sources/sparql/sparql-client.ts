import { SparqlCancelled, SparqlError } from './sparql-errors.ts';
import { parseResults, type Row } from './sparql-results.ts';

/** How long one query may take before the explorer gives up on it (Wikidata's own limit is 60 s). */
export const QUERY_TIMEOUT_MS = 30_000;
/** Longer queries go as a POST form (SPARQL 1.1 Protocol allows both), as URLs that long get refused. */
const MAX_GET_URL = 1800;

const cache = new Map<string, Row[]>();

/** Results are kept per endpoint and query for the session (this page): going back costs no request. */
export function cachedRows(endpoint: string, query: string): Row[] | undefined {
  return cache.get(`${endpoint}\u0000${query}`);
}

function statusAdvice(status: number): string {
  if (status === 400) return 'it refused the query (is this a SPARQL 1.1 endpoint?)';
  if (status === 401 || status === 403) return 'it needs a login or refuses this site';
  if (status === 404) return 'there is no SPARQL endpoint at that address; check it (it often ends in /sparql)';
  if (status === 429) return 'it asks to slow down; wait a minute and try again';
  if (status >= 500) return 'it failed while answering; try again later, or expand a smaller entity';
  return 'it refused the request';
}

async function send(endpoint: string, query: string, signal: AbortSignal): Promise<Response> {
  const url = new URL(endpoint);
  url.searchParams.append('query', query);
  const accept = { accept: 'application/sparql-results+json' };
  // Both forms are "simple" requests (no CORS preflight): an endpoint allowing any origin answers them.
  if (url.href.length <= MAX_GET_URL) return fetch(url, { headers: accept, signal });
  return fetch(endpoint, {
    method: 'POST',
    headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query }),
    signal,
  });
}

/**
 * Runs a SELECT query with a timeout, cancelled when `signal` aborts; rows come from the session cache
 * when the same query was answered before. Rejects with SparqlCancelled, or a SparqlError that names
 * the endpoint and says what to try.
 */
export async function querySparql(
  endpoint: string,
  query: string,
  signal?: AbortSignal,
  timeoutMs = QUERY_TIMEOUT_MS,
): Promise<Row[]> {
  const known = cachedRows(endpoint, query);
  if (known) return known;
  if (signal?.aborted === true) throw new SparqlCancelled();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SparqlError('timeout')), timeoutMs);
  // Read through a function: the flag changes in a callback, which the type checker cannot see.
  const timedOut = (): boolean => controller.signal.reason instanceof SparqlError;
  const cancel = (): void => controller.abort();
  const cancelled = (): boolean => signal?.aborted === true;
  signal?.addEventListener('abort', cancel);
  try {
    let response: Response;
    try {
      response = await send(endpoint, query, controller.signal);
    } catch {
      if (timedOut())
        throw new SparqlError(
          `The SPARQL endpoint ${endpoint} did not answer within ${String(Math.round(timeoutMs / 1000))} s. It may be busy: try again, or start from an entity with fewer links.`,
        );
      if (cancelled()) throw new SparqlCancelled();
      // fetch hides why on purpose (a CORS refusal looks like no network), so both are named.
      throw new SparqlError(
        `The SPARQL endpoint ${endpoint} could not be reached: it did not answer, or it does not let other sites query it (no CORS header). Check the address and that the endpoint is up and allows cross-origin requests.`,
      );
    }
    if (!response.ok) {
      const detail = (await response.text().catch(() => '')).trim().split('\n')[0]?.slice(0, 200) ?? '';
      throw new SparqlError(
        `The SPARQL endpoint ${endpoint} answered HTTP ${String(response.status)}: ${statusAdvice(response.status)}.${detail ? ` It said: ${detail}` : ''}`,
      );
    }
    let rows: Row[];
    try {
      rows = parseResults(await response.json());
    } catch {
      if (timedOut())
        throw new SparqlError(
          `The SPARQL endpoint ${endpoint} did not finish answering within ${String(Math.round(timeoutMs / 1000))} s; try again.`,
        );
      if (cancelled()) throw new SparqlCancelled();
      throw new SparqlError(
        `The SPARQL endpoint ${endpoint} did not answer with SPARQL JSON results: is that the address of a SPARQL endpoint?`,
      );
    }
    cache.set(`${endpoint}\u0000${query}`, rows);
    return rows;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}
