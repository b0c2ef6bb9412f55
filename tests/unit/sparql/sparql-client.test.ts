import { afterEach, describe, expect, it, vi } from 'vitest';
import { querySparql } from '../../../src/sources/sparql/sparql-client.ts';
import { SparqlCancelled, SparqlError } from '../../../src/sources/sparql/sparql-errors.ts';

const ENDPOINT = 'http://127.0.0.1:9/sparql';
const answer = { head: { vars: ['n'] }, results: { bindings: [{ n: { type: 'uri', value: 'http://x/a' } }] } };
let unique = 0;
/** Each test asks a query of its own: results are cached for the session. */
const query = (): string => `SELECT ?n WHERE { ?n ?p ?o } # ${String((unique += 1))}`;

function fakeFetch(respond: (input: URL | string, init: RequestInit | undefined) => Promise<Response>) {
  const fetch = vi.fn(respond);
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A fetch that answers only when aborted, as a real one does: the test waits for the abort, not a time. */
const hanging = (_input: URL | string, init: RequestInit | undefined): Promise<Response> =>
  new Promise((_resolve, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
  );

afterEach(() => vi.unstubAllGlobals());

describe('querySparql', () => {
  it('asks with GET and the SPARQL JSON type, reads the rows, and answers the same query from the cache', async () => {
    const fetch = fakeFetch(() => Promise.resolve(Response.json(answer)));
    const text = query();
    const rows = await querySparql(ENDPOINT, text);
    expect(rows[0]?.get('n')).toEqual({ kind: 'iri', value: 'http://x/a', lang: '' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(new URL(String(url)).searchParams.get('query')).toBe(text);
    expect(init?.headers).toEqual({ accept: 'application/sparql-results+json' });
    await querySparql(ENDPOINT, text);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('sends a long query as a POST form', async () => {
    const fetch = fakeFetch(() => Promise.resolve(Response.json(answer)));
    await querySparql(ENDPOINT, `${query()} ${'x'.repeat(3000)}`);
    expect(fetch.mock.calls[0]?.[1]?.method).toBe('POST');
  });

  it('names the endpoint, no answer and CORS when the request fails', async () => {
    fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await querySparql(ENDPOINT, query()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SparqlError);
    expect(String(error)).toMatch(/127\.0\.0\.1:9\/sparql could not be reached.*CORS/);
  });

  it('says what an HTTP error means and quotes the first line of the answer', async () => {
    fakeFetch(() => Promise.resolve(new Response('Virtuoso 37000 Error SP030: syntax\nmore', { status: 400 })));
    await expect(querySparql(ENDPOINT, query())).rejects.toThrow(
      /answered HTTP 400: it refused the query .* It said: Virtuoso 37000 Error SP030: syntax$/,
    );
  });

  it('refuses an answer that is not SPARQL JSON results', async () => {
    fakeFetch(() => Promise.resolve(new Response('<html>', { status: 200 })));
    await expect(querySparql(ENDPOINT, query())).rejects.toThrow(/did not answer with SPARQL JSON results/);
  });

  it('gives up after the timeout with a message saying so', async () => {
    fakeFetch(hanging);
    await expect(querySparql(ENDPOINT, query(), undefined, 5)).rejects.toThrow(/did not answer within 0 s/);
  });

  it('stops when the caller moves on, with no error to show', async () => {
    fakeFetch(hanging);
    const controller = new AbortController();
    const pending = querySparql(ENDPOINT, query(), controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(SparqlCancelled);
  });
});
