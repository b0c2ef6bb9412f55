import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphSource } from '../../../src/sources/graph-source.ts';
import { createExplorerStore } from '../../../src/view/explorer-store.ts';
import { serializeView } from '../../../src/view/link/link-serialize.ts';
import { openLink } from '../../../src/view/open-link.ts';
import { expandEntity } from '../../../src/view/sparql/expand-entity.ts';
import { endpointFormProblem, openEndpoint } from '../../../src/view/sparql/open-endpoint.ts';
import { fakeEndpoint } from './fake-endpoint.ts';
import { EX } from './recorded-results.ts';

// Each test has an endpoint of its own: the session cache is per endpoint and query.
let port = 40000;
const nextEndpoint = (): string => `http://127.0.0.1:${String((port += 1))}/sparql`;
const ref = (endpoint: string): string => `sparql:${endpoint}`;
const linkTo = (endpoint: string, params: string): string =>
  `#v=1&${params}&graph=${encodeURIComponent(ref(endpoint))}`;

const source: GraphSource = {
  defaultGraph: 'none',
  canLoad: () => false,
  loadText: () => Promise.reject(new Error('no files here')),
};

afterEach(() => vi.unstubAllGlobals());

describe('opening a SPARQL endpoint from a link', () => {
  it("loads node='s neighbourhood, records it in expand, selects it, writes no history entry", async () => {
    fakeEndpoint();
    const endpoint = nextEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(endpoint, `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    const { graph, view, phase, lastChange } = store.getState();
    expect(phase).toEqual({ kind: 'ready' });
    expect(graph?.id).toBe(ref(endpoint));
    expect(graph?.nodes.has(`${EX}wang-bin`)).toBe(true);
    expect(view).toMatchObject({ graph: ref(endpoint), node: `${EX}luan-jian`, expand: [`${EX}luan-jian`] });
    expect(lastChange).toBe('none');
    expect(serializeView(view)).toContain(`expand=${encodeURIComponent(`${EX}luan-jian`)}&graph=`);
  });

  it('Expand appends one neighbourhood as a history step; nodes drawn before keep their places', async () => {
    fakeEndpoint();
    const endpoint = nextEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(endpoint, `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    const before = store.getState().graph;
    expect(await expandEntity(store, `${EX}xiaomi`)).toBe(true);
    const { graph, view, lastChange } = store.getState();
    expect(lastChange).toBe('push');
    expect(view.expand).toEqual([`${EX}luan-jian`, `${EX}xiaomi`]);
    expect(view.node).toBe(`${EX}luan-jian`);
    expect(graph?.nodes.has(`${EX}lei-jun`)).toBe(true);
    for (const [id, node] of before?.nodes ?? []) expect(graph?.nodes.get(id)?.position).toEqual(node.position);
  });

  it('reopening the link of what is loaded (Back, Forward) reuses the graph and asks nothing', async () => {
    const endpoint = fakeEndpoint();
    const url = nextEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(url, `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    await expandEntity(store, `${EX}xiaomi`);
    const expanded = store.getState().graph;
    const link = `#${serializeView(store.getState().view)}`;
    const asked = endpoint.calls();
    await openLink(store, source, linkTo(url, `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    expect(store.getState().view.expand).toEqual([`${EX}luan-jian`]);
    await openLink(store, source, link);
    expect(store.getState().graph).toBe(expanded);
    expect(endpoint.calls()).toBe(asked);
  });

  it('search opens an entity not loaded: its neighbourhood loads, it is selected and centred', async () => {
    fakeEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(nextEndpoint(), `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    await expandEntity(store, `${EX}microsoft`, true);
    const { view, centreRequest } = store.getState();
    expect(view.node).toBe(`${EX}microsoft`);
    expect(centreRequest?.node).toBe(`${EX}microsoft`);
  });

  it("reads literals in the link's lang as well as English; a lang the answers have no labels in is dropped", async () => {
    const requests: string[] = [];
    const recordedFetch = fakeEndpoint();
    const fetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: URL | string, init?: RequestInit) => {
      requests.push(new URL(String(input)).searchParams.get('query') ?? '');
      return fetch(input, init);
    });
    const store = createExplorerStore();
    await openLink(store, source, linkTo(nextEndpoint(), `node=${encodeURIComponent(`${EX}xiaomi`)}&lang=zh`));
    expect(requests.some((url) => url.includes('langMatches(lang(?o), "zh") || langMatches(lang(?o), "en")'))).toBe(
      true,
    );
    expect(recordedFetch.calls()).toBeGreaterThan(0);
    // The recording holds English labels only, so there is no Chinese to show: the link's lang is dropped, saying so.
    expect(store.getState().view.lang).toBeNull();
  });

  it('a link without node or expand opens the endpoint empty and says search is the way in', async () => {
    fakeEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(nextEndpoint(), 'v=1'));
    expect(store.getState().graph?.nodes.size).toBe(0);
    expect(store.getState().notices.map((n) => n.text)).toContainEqual(expect.stringContaining('Search for a name'));
  });

  it('an expand item that is no IRI is left out with a notice naming it; the rest loads', async () => {
    fakeEndpoint();
    const store = createExplorerStore();
    await openLink(
      store,
      source,
      linkTo(nextEndpoint(), `expand=not%20an%20iri,${encodeURIComponent(`${EX}luan-jian`)}`),
    );
    expect(store.getState().view.expand).toEqual([`${EX}luan-jian`]);
    expect(store.getState().notices.map((n) => n.text)).toContainEqual(
      expect.stringMatching(/neighbourhood of not an iri could not be loaded: .* is not an IRI/),
    );
  });

  it('an endpoint that cannot be reached, with nothing open, is the error screen naming it', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const endpoint = nextEndpoint();
    const store = createExplorerStore();
    await openLink(store, source, linkTo(endpoint, `node=${encodeURIComponent(`${EX}luan-jian`)}`));
    const { phase } = store.getState();
    expect(phase.kind).toBe('error');
    if (phase.kind !== 'error') return;
    expect(phase.title).toBe(`Could not open the SPARQL endpoint ${endpoint}`);
    expect(phase.problems[0]?.message).toMatch(/could not be reached: .*CORS/);
  });

  it('Open endpoint… opens as one history step, and refuses addresses that are not http(s)', async () => {
    fakeEndpoint();
    const endpoint = nextEndpoint();
    const store = createExplorerStore();
    await openEndpoint(store, endpoint, `${EX}luan-jian`);
    expect(store.getState().lastChange).toBe('push');
    expect(store.getState().view.expand).toEqual([`${EX}luan-jian`]);
    expect(endpointFormProblem('ftp://x/sparql', '')).toMatch(/https:\/\//);
    expect(endpointFormProblem(endpoint, 'luan jian')).toMatch(/full IRI/);
    expect(endpointFormProblem(endpoint, '')).toBeUndefined();
  });
});
