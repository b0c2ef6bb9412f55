import { describe, expect, it, vi, type Mock } from 'vitest';
import type { GraphFile } from '../../src/graph/graph-schema.ts';
import { createExplorerStore, type ExplorerStore } from '../../src/view/explorer-store.ts';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { openLink } from '../../src/view/open-link.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { edge, graphFile, organisation, person, product, type GraphSpec } from './support/graph-builder.ts';

/** A graph file with the given id, as the text a fetch would return. */
function fileText(id: string, spec: GraphSpec, extra: Partial<GraphFile> = {}): string {
  return JSON.stringify({ ...graphFile(spec), id, ...extra });
}

const ALPHA = fileText('alpha', {
  nodes: [person('ann', 'Ann'), organisation('acme', 'Acme')],
  edges: [edge('ann', 'holds_role', 'acme', { title: 'Head' })],
});
const BETA = fileText('beta', {
  nodes: [person('bob', 'Bob'), product('widget', 'Widget')],
  edges: [edge('bob', 'developed', 'widget')],
});
/** Refused: an edge to a node that does not exist. */
const BROKEN = fileText('broken', {
  nodes: [person('wang-bin', 'Wang Bin')],
  edges: [edge('wang-bin', 'reports_to', 'wang-bn')],
});
/** Opens, with two warnings: node types declared nowhere. */
const WARNED = fileText('warned', {
  nodes: [person('ann', 'Ann'), { id: 'r1', label: 'R1', type: 'robot' }, { id: 'r2', label: 'R2', type: 'alien' }],
});

const URL_REF = 'https://example.org/graphs/alpha.json';
const FILES = new Map([
  ['alpha', ALPHA],
  ['beta', BETA],
  ['broken', BROKEN],
  ['warned', WARNED],
  [URL_REF, ALPHA],
]);

/** Bundled ids are the keys of FILES plus `gone` (listed, but its fetch fails); https URLs load too. */
interface FakeSource {
  readonly defaultGraph: string;
  readonly canLoad: (ref: string) => boolean;
  readonly loadText: Mock<(ref: string) => Promise<string>>;
}

function fakeSource(): FakeSource {
  return {
    defaultGraph: 'alpha',
    canLoad: (ref) => FILES.has(ref) || ref === 'gone' || ref.startsWith('https://'),
    loadText: vi.fn((ref: string) => {
      const text = FILES.get(ref);
      return text === undefined ? Promise.reject(new Error('HTTP 404')) : Promise.resolve(text);
    }),
  };
}

async function opened(fragment: string, source: GraphSource = fakeSource()): Promise<ExplorerStore> {
  const store = createExplorerStore();
  await openLink(store, source, fragment);
  return store;
}

const BROKEN_PROBLEMS = [
  { severity: 'error', path: 'edges[0].target', message: 'no node "wang-bn" — did you mean "wang-bin"?' },
];

describe('openLink with no graph open', () => {
  it('loads the default graph for an empty link and shows the default view', async () => {
    const source = fakeSource();
    const store = createExplorerStore();
    const opening = openLink(store, source, '');
    expect(store.getState().phase).toEqual({ kind: 'loading', message: 'Loading alpha…' });
    await opening;
    const state = store.getState();
    expect(state.phase).toEqual({ kind: 'ready' });
    expect(state.graph?.id).toBe('alpha');
    expect(state.view).toEqual(defaultView('alpha'));
    expect(state.fileWarnings).toEqual([]);
    expect(state.notices).toEqual([]);
    expect(state.lastChange).toBe('none');
    expect(source.loadText).toHaveBeenCalledExactlyOnceWith('alpha');
  });

  it('loads the bundled graph the link names and applies the rest of the link', async () => {
    const source = fakeSource();
    const store = await opened('#v=1&node=bob&types=person&graph=beta', source);
    expect(store.getState().graph?.id).toBe('beta');
    expect(store.getState().view).toEqual({ ...defaultView('beta'), node: 'bob', types: ['person'] });
    expect(store.getState().notices).toEqual([]);
    expect(source.loadText).toHaveBeenCalledExactlyOnceWith('beta');
  });

  it('shows the default graph, with one warning, for a link naming a graph not available here', async () => {
    const store = await opened('#v=1&graph=nowhere');
    expect(store.getState().graph?.id).toBe('alpha');
    expect(store.getState().view).toEqual(defaultView('alpha'));
    expect(store.getState().notices).toEqual([
      {
        id: expect.any(Number) as number,
        text: 'The link was made for the graph "nowhere", which is not available here; showing "alpha" instead.',
        tone: 'warning',
      },
    ]);
  });

  it('turns every dropped parameter into a warning with the codec sentence, and keeps the rest', async () => {
    const store = await opened('#v=1&node=zzzzzz&orgs=ann,acme&focus=9&zoom=2&lang=zh&graph=alpha');
    expect(store.getState().view).toEqual({ ...defaultView('alpha'), orgs: ['acme'] });
    expect(store.getState().notices.map(({ text, tone }) => ({ text, tone }))).toEqual([
      { text: 'The link mentions "zzzzzz", which is not in this graph', tone: 'warning' },
      { text: 'The link filters by "ann", which is not an organisation, so it was ignored', tone: 'warning' },
      { text: 'The link\'s "focus=9" is not a number of hops from 1 to 6, so it was ignored', tone: 'warning' },
      { text: 'The link\'s "zoom" parameter is not one this explorer knows, so it was ignored', tone: 'warning' },
      {
        text: 'The link\'s "lang=zh" asks for labels in a language, but this graph has labels in one language only, so it was ignored',
        tone: 'warning',
      },
    ]);
  });

  it('opens an https graph file, keeping its URL as the graph of the view', async () => {
    const source = fakeSource();
    const store = await opened(`#v=1&node=ann&graph=${encodeURIComponent(URL_REF)}`, source);
    // The graph's id is where it came from (links name it so), whatever id the file gives itself.
    expect(store.getState().graph?.id).toBe(URL_REF);
    expect(store.getState().graph?.title).toBe('Test graph');
    expect(store.getState().view).toEqual({ ...defaultView(URL_REF), node: 'ann' });
    expect(store.getState().notices).toEqual([]);
    expect(source.loadText).toHaveBeenCalledExactlyOnceWith(URL_REF);
  });

  it('fails with the problems of a refused file', async () => {
    const store = await opened('#graph=broken');
    expect(store.getState().phase).toEqual({
      kind: 'error',
      title: 'The graph file "broken" cannot be opened',
      problems: BROKEN_PROBLEMS,
    });
    expect(store.getState().graph).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });

  it('fails with the reason of a fetch that did not work', async () => {
    const store = await opened('#graph=gone');
    expect(store.getState().phase).toEqual({
      kind: 'error',
      title: 'Could not load the graph "gone"',
      problems: [{ severity: 'error', path: '', message: 'HTTP 404' }],
    });
    expect(store.getState().graph).toBeNull();
  });

  it('opens a file with warnings, keeps them and says how many there are', async () => {
    const store = await opened('#graph=warned');
    const state = store.getState();
    expect(state.phase).toEqual({ kind: 'ready' });
    expect(state.graph?.id).toBe('warned');
    expect(state.fileWarnings).toEqual([
      { severity: 'warning', path: 'nodes[1].type', message: 'type "robot" is not declared in nodeTypes' },
      { severity: 'warning', path: 'nodes[2].type', message: 'type "alien" is not declared in nodeTypes' },
    ]);
    expect(state.notices.map(({ text, tone }) => ({ text, tone }))).toEqual([
      {
        text:
          'The graph file has 2 warning(s): nodes[1].type: type "robot" is not declared in nodeTypes; ' +
          'nodes[2].type: type "alien" is not declared in nodeTypes',
        tone: 'warning',
      },
    ]);
  });
});

describe('openLink with a graph open', () => {
  async function withAlpha(): Promise<{ store: ExplorerStore; source: FakeSource }> {
    const source = fakeSource();
    const store = createExplorerStore();
    await openLink(store, source, '#v=1&node=ann&graph=alpha');
    expect(store.getState().phase).toEqual({ kind: 'ready' });
    return { store, source };
  }

  it('keeps the open graph and view when the next file is refused, and says why', async () => {
    const { store } = await withAlpha();
    const before = store.getState();
    const opening = openLink(store, fakeSource(), '#graph=broken');
    // While the next graph loads, the open one stays on screen.
    expect(store.getState().phase).toEqual({ kind: 'ready' });
    await opening;
    const state = store.getState();
    expect(state.graph).toBe(before.graph);
    expect(state.view).toBe(before.view);
    expect(state.phase).toEqual({ kind: 'ready' });
    expect(state.notices.map(({ text, tone }) => ({ text, tone }))).toEqual([
      {
        text: 'The graph file "broken" cannot be opened: edges[0].target: no node "wang-bn" — did you mean "wang-bin"?',
        tone: 'error',
      },
    ]);
  });

  it('keeps the open graph when the next one cannot be fetched, and says why', async () => {
    const { store } = await withAlpha();
    const before = store.getState();
    await openLink(store, fakeSource(), '#v=1&node=bob&graph=gone');
    const state = store.getState();
    expect(state.graph).toBe(before.graph);
    expect(state.view).toBe(before.view);
    expect(state.phase).toEqual({ kind: 'ready' });
    expect(state.notices.map(({ text, tone }) => ({ text, tone }))).toEqual([
      { text: 'Could not load the graph "gone": HTTP 404', tone: 'error' },
    ]);
  });

  it('does not reload the open graph for a link to it, and applies the view', async () => {
    const { store, source } = await withAlpha();
    const graph = store.getState().graph;
    await openLink(store, source, '#v=1&orgs=acme&view=2,10,20&graph=alpha');
    expect(source.loadText).toHaveBeenCalledOnce();
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().view).toEqual({
      ...defaultView('alpha'),
      orgs: ['acme'],
      camera: { zoom: 2, x: 10, y: 20 },
    });

    // A link without `graph` is read against the open graph too.
    await openLink(store, source, '#node=ann');
    expect(source.loadText).toHaveBeenCalledOnce();
    expect(store.getState().view).toEqual({ ...defaultView('alpha'), node: 'ann' });
    expect(store.getState().notices).toEqual([]);
  });

  it('keeps the warnings of the open graph when reopening it, without repeating the notice', async () => {
    const source = fakeSource();
    const store = createExplorerStore();
    await openLink(store, source, '#graph=warned');
    const warnings = store.getState().fileWarnings;
    await openLink(store, source, '#node=ann&graph=warned');
    expect(source.loadText).toHaveBeenCalledOnce();
    expect(store.getState().fileWarnings).toBe(warnings);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().view.node).toBe('ann');
  });

  it('switches to another graph the link names', async () => {
    const { store, source } = await withAlpha();
    await openLink(store, source, '#v=1&node=widget&graph=beta');
    expect(store.getState().graph?.id).toBe('beta');
    expect(store.getState().view).toEqual({ ...defaultView('beta'), node: 'widget' });
    expect(source.loadText.mock.calls).toEqual([['alpha'], ['beta']]);
  });
});

describe('openLink: links for other graphs and overlapping opens', () => {
  it('opens the default view of the default graph for a graph that is not available, ignoring the rest', async () => {
    const store = await opened('#v=1&node=ann&orgs=acme&graph=elsewhere');
    const state = store.getState();
    expect(state.graph?.id).toBe('alpha');
    expect(state.view).toEqual(defaultView('alpha'));
    expect(state.notices.map((notice) => notice.text)).toEqual([
      'The link was made for the graph "elsewhere", which is not available here; showing "alpha" instead.',
    ]);
  });

  it('shows only the latest of two opens when the earlier one finishes last', async () => {
    const source = fakeSource();
    let releaseBeta: (text: string) => void = () => undefined;
    source.loadText.mockImplementationOnce(() => new Promise<string>((resolve) => (releaseBeta = resolve)));
    const store = createExplorerStore();
    const slow = openLink(store, source, '#v=1&graph=beta');
    await openLink(store, source, '#v=1&node=ann&graph=alpha');
    releaseBeta(BETA);
    await slow;
    expect(store.getState().graph?.id).toBe('alpha');
    expect(store.getState().view.node).toBe('ann');
  });
});
