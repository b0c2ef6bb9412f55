import { existsSync } from 'node:fs';
import { vi } from 'vitest';
import { fixturePath, recorded } from './recorded-results.ts';

const EMPTY = { head: { vars: [] }, results: { bindings: [] } };

/** The entity a query is about: its first kg.example IRI (the describe query lists the centre first). */
function subject(query: string): string | undefined {
  return /<http:\/\/kg\.example\/id\/([^>]+)>/.exec(query)?.[1];
}

function answerFor(query: string, searchAnswer: unknown): unknown {
  if (query.includes('CONTAINS(LCASE(STR(?label))')) return searchAnswer;
  const name = subject(query);
  if (name === undefined || !existsSync(fixturePath(`virtuoso-${name}`))) return EMPTY;
  const r = recorded(`virtuoso-${name}`);
  if (query.startsWith('SELECT ?p ?out ?in')) return r.links;
  if (query.startsWith('SELECT ?st')) return r.roles;
  if (query.startsWith('SELECT ?p ?o WHERE')) return r.literals;
  if (query.startsWith('SELECT ?n ?p ?o ?c')) return r.describe;
  return EMPTY;
}

/**
 * A fetch standing in for the test Virtuoso: it answers each neighbourhood query with what the real one
 * answered (tests/fixtures/sparql/virtuoso-*.json, recorded by scripts/record-sparql-results.ts), and
 * search with `searchAnswer`, every query it has no recording for with no rows. `calls` counts requests (the cache saves some).
 */
export function fakeEndpoint(searchAnswer: unknown = EMPTY): { calls: () => number } {
  const fetch = vi.fn((input: URL | string, init?: RequestInit) => {
    const query =
      init?.body instanceof URLSearchParams
        ? (init.body.get('query') ?? '')
        : (new URL(String(input)).searchParams.get('query') ?? '');
    return Promise.resolve(Response.json(answerFor(query, searchAnswer)));
  });
  vi.stubGlobal('fetch', fetch);
  return { calls: () => fetch.mock.calls.length };
}
