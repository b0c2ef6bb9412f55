import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore, type ExplorerStore } from '../../src/view/explorer-store.ts';
import { connectHistory, REPLACE_INTERVAL_MS } from '../../src/view/history-sync.ts';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { openLink } from '../../src/view/open-link.ts';
import { defaultView } from '../../src/view/view-state.ts';
import { bundledGraph } from '../support/bundled-graph.ts';
import { fakeHost } from './support/fake-history-host.ts';

const graph = bundledGraph();
const DEFAULT = '#v=1&graph=xiaomi-ai';
const LEI_JUN = '#v=1&node=lei-jun&graph=xiaomi-ai';

function readyStore(): ExplorerStore {
  const store = createExplorerStore();
  store.getState().showGraph(graph, [], defaultView(graph.id), 'none');
  return store;
}

/** Lets queued popstate events (microtasks) run. */
async function settle(): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('connectHistory', () => {
  it('replaces the current entry with the canonical link and index 0', () => {
    const store = readyStore();
    const fake = fakeHost({ state: null, hash: '#node=lei-jun&v=1&zoom=3' });
    connectHistory(store, fake.host, vi.fn());
    expect(fake.writes).toEqual([{ kind: 'replace', state: { kgIndex: 0 }, url: DEFAULT }]);
    expect(fake.entries).toEqual([{ state: { kgIndex: 0 }, hash: DEFAULT }]);
    expect(store.getState().history).toEqual({ index: 0, top: 0 });
  });

  it('keeps the index of an entry it wrote before (a reload mid-history)', () => {
    const store = readyStore();
    const fake = fakeHost({ state: { kgIndex: 3 }, hash: DEFAULT });
    connectHistory(store, fake.host, vi.fn());
    expect(fake.writes).toEqual([{ kind: 'replace', state: { kgIndex: 3 }, url: DEFAULT }]);
    expect(store.getState().history).toEqual({ index: 3, top: 3 });
  });

  it('pushes one entry per discrete step, with its link', () => {
    const store = readyStore();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    expect(fake.writes.slice(1)).toEqual([{ kind: 'push', state: { kgIndex: 1 }, url: LEI_JUN }]);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });

    store.getState().dispatch({ type: 'toggleOrganisation', organisation: 'xiaomi' });
    expect(fake.writes.slice(2)).toEqual([
      { kind: 'push', state: { kgIndex: 2 }, url: '#v=1&node=lei-jun&orgs=xiaomi&graph=xiaomi-ai' },
    ]);
    expect(store.getState().history).toEqual({ index: 2, top: 2 });
    expect(fake.entries.map((entry) => entry.hash)).toEqual([
      DEFAULT,
      LEI_JUN,
      '#v=1&node=lei-jun&orgs=xiaomi&graph=xiaomi-ai',
    ]);
  });

  it('writes nothing for an action that changes nothing (re-selecting the selected node)', () => {
    const store = readyStore();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'select', node: 'lei-jun', centre: true });
    store.getState().dispatch({ type: 'select', node: 'nobody' });
    vi.runAllTimers();
    expect(fake.writes.map((write) => write.kind)).toEqual(['replace', 'push']);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });
  });

  it('replaces, never pushes, for camera moves and drags, at most once per interval, with the latest view', () => {
    const store = readyStore();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    const { dispatch } = store.getState();
    dispatch({ type: 'setCamera', camera: { zoom: 1.1, x: 1, y: 1 } });
    dispatch({ type: 'setCamera', camera: { zoom: 1.2, x: 2, y: 2 } });
    dispatch({ type: 'moveNode', node: 'lei-jun', position: { x: 5, y: 6 } });
    dispatch({ type: 'setCamera', camera: { zoom: 1.5, x: 10, y: -20 } });
    expect(fake.writes).toHaveLength(1);
    vi.advanceTimersByTime(0);
    expect(fake.writes.slice(1)).toEqual([
      { kind: 'replace', state: { kgIndex: 0 }, url: '#v=1&view=1.5,10,-20&pos=lei-jun:5:6&graph=xiaomi-ai' },
    ]);

    // The next moves within the interval wait for its end, then write once.
    vi.advanceTimersByTime(100);
    dispatch({ type: 'setCamera', camera: { zoom: 2, x: 0, y: 0 } });
    dispatch({ type: 'setCamera', camera: { zoom: 3, x: 0, y: 0 } });
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS - 101);
    expect(fake.writes).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(fake.writes.slice(2)).toEqual([
      { kind: 'replace', state: { kgIndex: 0 }, url: '#v=1&view=3,0,0&pos=lei-jun:5:6&graph=xiaomi-ai' },
    ]);
    vi.runAllTimers();
    expect(fake.writes).toHaveLength(3);
    expect(fake.entries).toHaveLength(1);
    expect(store.getState().history).toEqual({ index: 0, top: 0 });
  });

  it('writes a pending camera change to its own entry before pushing the next step', () => {
    const store = readyStore();
    const fake = fakeHost();
    connectHistory(store, fake.host, vi.fn());
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 1.5, x: 10, y: -20 } });
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    expect(fake.writes.slice(1)).toEqual([
      { kind: 'replace', state: { kgIndex: 0 }, url: '#v=1&view=1.5,10,-20&graph=xiaomi-ai' },
      { kind: 'push', state: { kgIndex: 1 }, url: '#v=1&node=lei-jun&view=1.5,10,-20&graph=xiaomi-ai' },
    ]);
    vi.runAllTimers();
    expect(fake.writes).toHaveLength(3);
    expect(fake.entries.map((entry) => entry.hash)).toEqual([
      '#v=1&view=1.5,10,-20&graph=xiaomi-ai',
      '#v=1&node=lei-jun&view=1.5,10,-20&graph=xiaomi-ai',
    ]);
  });

  it('on popstate, drops the pending replace, records the index and reopens the arrived link', async () => {
    const store = readyStore();
    const fake = fakeHost();
    const reopen = vi.fn();
    connectHistory(store, fake.host, reopen);
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 2, x: 0, y: 0 } });
    fake.back();
    await settle();
    expect(reopen).toHaveBeenCalledExactlyOnceWith(DEFAULT);
    expect(store.getState().history).toEqual({ index: 0, top: 1 });
    vi.runAllTimers();
    expect(fake.writes.map((write) => write.kind)).toEqual(['replace', 'push']);
    expect(fake.entries.map((entry) => entry.hash)).toEqual([DEFAULT, LEI_JUN]);

    fake.forward();
    await settle();
    expect(reopen).toHaveBeenLastCalledWith(LEI_JUN);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });
  });

  it('reads an entry it did not write (no kgIndex) as index 0', async () => {
    const store = readyStore();
    const fake = fakeHost();
    const reopen = vi.fn();
    connectHistory(store, fake.host, reopen);
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    fake.entries[0] = { state: 'someone else', hash: '#node=wang-bin' };
    fake.back();
    await settle();
    expect(reopen).toHaveBeenCalledExactlyOnceWith('#node=wang-bin');
    expect(store.getState().history).toEqual({ index: 0, top: 1 });
  });

  it('walks the history with the real openLink, writing nothing while it restores', async () => {
    const store = readyStore();
    const fake = fakeHost();
    const source: GraphSource = {
      defaultGraph: 'xiaomi-ai',
      canLoad: (ref) => ref === 'xiaomi-ai',
      loadText: () => Promise.reject(new Error('the open graph is not reloaded')),
    };
    connectHistory(store, fake.host, (fragment) => void openLink(store, source, fragment));
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'setFocus', focus: 2 });
    fake.back();
    await settle();
    expect(store.getState().view).toEqual({ ...defaultView('xiaomi-ai'), node: 'lei-jun' });
    fake.back();
    await settle();
    expect(store.getState().view).toEqual(defaultView('xiaomi-ai'));
    fake.forward();
    await settle();
    expect(store.getState().view).toEqual({ ...defaultView('xiaomi-ai'), node: 'lei-jun' });
    vi.runAllTimers();
    expect(fake.writes.map((write) => write.kind)).toEqual(['replace', 'push', 'push']);
    expect(store.getState().history).toEqual({ index: 1, top: 2 });
    expect(store.getState().notices).toEqual([]);
  });
});

describe.each(['async', 'sync'] as const)('undo and redo (popstate %s)', (mode) => {
  it('go back and forward only when there is somewhere to go', async () => {
    const store = readyStore();
    const fake = fakeHost(undefined, mode);
    const reopen = vi.fn();
    const sync = connectHistory(store, fake.host, reopen);
    sync.undo();
    sync.redo();
    expect(fake.moves).toEqual([]);

    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    sync.redo();
    expect(fake.moves).toEqual([]);
    sync.undo();
    await settle();
    expect(fake.moves).toEqual(['back']);
    expect(reopen).toHaveBeenLastCalledWith(DEFAULT);
    expect(store.getState().history).toEqual({ index: 0, top: 1 });

    sync.undo();
    expect(fake.moves).toEqual(['back']);
    sync.redo();
    await settle();
    expect(fake.moves).toEqual(['back', 'forward']);
    expect(reopen).toHaveBeenLastCalledWith(LEI_JUN);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });
  });

  it('undo first writes the pending camera change to the entry it leaves', async () => {
    const store = readyStore();
    const fake = fakeHost(undefined, mode);
    const reopen = vi.fn();
    const sync = connectHistory(store, fake.host, reopen);
    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 2, x: 3, y: 4 } });
    sync.undo();
    await settle();
    expect(fake.writes.slice(2)).toEqual([
      { kind: 'replace', state: { kgIndex: 1 }, url: '#v=1&node=lei-jun&view=2,3,4&graph=xiaomi-ai' },
    ]);
    expect(reopen).toHaveBeenCalledExactlyOnceWith(DEFAULT);
    vi.runAllTimers();
    expect(fake.writes).toHaveLength(3);
  });
});

describe('history calls that throw', () => {
  it('do not break the store or the sync', () => {
    const store = readyStore();
    const fake = fakeHost();
    fake.fail(true);
    const sync = connectHistory(store, fake.host, vi.fn());
    expect(store.getState().history).toEqual({ index: 0, top: 0 });

    expect(() => store.getState().dispatch({ type: 'select', node: 'lei-jun' })).not.toThrow();
    expect(store.getState().view.node).toBe('lei-jun');
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 2, x: 0, y: 0 } });
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(store.getState().view.camera).toEqual({ zoom: 2, x: 0, y: 0 });
    expect(fake.writes).toEqual([]);

    // No entry was pushed, so Undo has nowhere to go: it must not leave the page.
    expect(store.getState().history).toEqual({ index: 0, top: 0 });
    sync.undo();
    expect(fake.moves).toEqual([]);

    // Once the browser accepts calls again, the sync carries on.
    fake.fail(false);
    store.getState().dispatch({ type: 'select', node: 'wang-bin' });
    expect(fake.writes).toEqual([
      { kind: 'push', state: { kgIndex: 1 }, url: '#v=1&node=wang-bin&view=2,0,0&graph=xiaomi-ai' },
    ]);
    expect(store.getState().history).toEqual({ index: 1, top: 1 });
  });
});

describe('stop', () => {
  it('writes what is pending, then stops writing and listening', async () => {
    const store = readyStore();
    const fake = fakeHost();
    const reopen = vi.fn();
    const sync = connectHistory(store, fake.host, reopen);
    expect(fake.listeners()).toBe(1);
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 2, x: 0, y: 0 } });
    sync.stop();
    expect(fake.writes.slice(1)).toEqual([
      { kind: 'replace', state: { kgIndex: 0 }, url: '#v=1&view=2,0,0&graph=xiaomi-ai' },
    ]);
    expect(fake.listeners()).toBe(0);

    store.getState().dispatch({ type: 'select', node: 'lei-jun' });
    store.getState().dispatch({ type: 'setCamera', camera: { zoom: 3, x: 0, y: 0 } });
    vi.runAllTimers();
    expect(fake.writes).toHaveLength(2);
    fake.entries.push({ state: { kgIndex: 1 }, hash: LEI_JUN });
    fake.forward();
    await settle();
    expect(reopen).not.toHaveBeenCalled();
  });
});
