import { describe, expect, it, vi } from 'vitest';
import { ReadCancelled, startRead } from '../../src/sources/graph-reader.ts';
import type { ReadRequest } from '../../src/sources/read-graph.ts';
import { localGraphId } from '../../src/sources/content-id.ts';
import { MAX_FILE_BYTES, sizeRefusal } from '../../src/sources/file-limits.ts';
import { memoryImportMemory } from '../../src/sources/local-files.ts';
import type { GraphSource } from '../../src/sources/graph-source.ts';
import { createExplorerStore } from '../../src/view/explorer-store.ts';
import type { Opening } from '../../src/view/import-graph-input.ts';
import { importInput } from '../../src/view/import-graph-input.ts';
import { createImportStore } from '../../src/view/import-store.ts';
import { openFiles, type PickedFile } from '../../src/view/open-files.ts';
import { openLink } from '../../src/view/open-link.ts';
import { bundledGraph, bundledGraphText } from '../support/bundled-graph.ts';

/** A picked file whose reading the test can watch. */
function file(name: string, text: string, size = text.length) {
  const read = vi.fn(() => Promise.resolve(text));
  const picked: PickedFile = { name, size, text: read };
  return Object.assign(picked, { read });
}

/** An explorer showing the bundled graph, as when a user opens a file. */
function opening(): Opening {
  const store = createExplorerStore();
  const graph = bundledGraph();
  store
    .getState()
    .showGraph(
      graph,
      [],
      { ...store.getState().view, graph: graph.id, node: [...graph.nodes.keys()][0] ?? null },
      'none',
    );
  return { store, imports: createImportStore(), memory: memoryImportMemory() };
}

const CSV = 'Source,Target,Type\nann,acme,works for\n';
const JGF_TWO = JSON.stringify({
  graphs: [
    { label: 'One', nodes: [{ id: 'a' }], edges: [] },
    { label: 'Two', nodes: [{ id: 'x' }, { id: 'y' }], edges: [] },
  ],
});

describe('opening files', () => {
  it('opens a file as one history step, under a stable id kept with its text', async () => {
    const context = opening();
    await openFiles(context, [file('people.csv', CSV)]);
    const state = context.store.getState();
    const ref = localGraphId([{ name: 'people.csv', text: CSV }]);
    expect(state.view.graph).toBe(ref);
    expect(state.graph?.id).toBe(ref);
    expect(state.lastChange).toBe('push');
    expect(state.view.node).toBeNull();
    expect((await context.memory.get(ref))?.files).toEqual([{ name: 'people.csv', text: CSV }]);
    const shown = context.imports.getState();
    expect(shown.reportOpen).toBe(true);
    expect(shown.report?.report.summary?.edges).toBe(1);
  });

  it('leaves the graph and view in place for a refused file, and opens its report', async () => {
    const context = opening();
    const before = context.store.getState();
    await openFiles(context, [file('broken.json', '{"nodes": [}')]);
    const after = context.store.getState();
    expect(after.graph).toBe(before.graph);
    expect(after.view).toBe(before.view);
    expect(after.notices.at(-1)).toMatchObject({ tone: 'error' });
    expect(after.notices.at(-1)?.text).toContain(
      '"broken.json" cannot be opened: line 1, column 12: JSON syntax error',
    );
    expect(context.imports.getState()).toMatchObject({ reportOpen: true, report: { status: 'refused' } });
  });

  it('refuses a file over the limit before reading a byte of it', async () => {
    const context = opening();
    const big = file('huge.graphml', '', MAX_FILE_BYTES + 1);
    await openFiles(context, [big]);
    expect(big.read).not.toHaveBeenCalled();
    expect(context.store.getState().notices.at(-1)?.text).toBe(
      '"huge.graphml" (50.0 MB) is larger than the 50.0 MB limit for graph files; nothing was opened.',
    );
    expect(sizeRefusal([{ name: 'ok', size: MAX_FILE_BYTES }])).toBeUndefined();
  });

  it('asks which graph to open from a file of several, then opens the one picked', async () => {
    const context = opening();
    const before = context.store.getState().graph;
    await openFiles(context, [file('cars.json', JGF_TWO)]);
    const { choice } = context.imports.getState();
    expect(choice?.graphs.map((graph) => graph.label)).toEqual(['One', 'Two']);
    expect(context.store.getState().graph).toBe(before);
    if (!choice) return;
    await importInput(context, { ...choice.input, options: { graph: 1 } }, 'open');
    expect([...(context.store.getState().graph?.nodes.keys() ?? [])]).toEqual(['x', 'y']);
    expect(context.imports.getState().choice).toBeNull();
  });

  it('applies a new mapping to the open file in place (no new history step) and keeps it for next time', async () => {
    const context = opening();
    const text = JSON.stringify({ nodes: [{ id: 'a', name: 'Ann', nick: 'A.' }], links: [] });
    await openFiles(context, [file('n.json', text)]);
    const input = context.imports.getState().report?.input;
    if (!input) throw new Error('no report');
    await importInput(context, { ...input, options: { label: 'nick' } }, 'remap');
    const state = context.store.getState();
    expect(state.graph?.nodes.get('a')?.label).toBe('A.');
    expect(state.lastChange).toBe('replace');
    expect(state.view.graph).toBe(input.ref);
    expect((await context.memory.get(input.ref))?.options).toEqual({ label: 'nick' });
  });
});

describe('links to opened files', () => {
  const source = (memory = memoryImportMemory()): GraphSource => ({
    defaultGraph: 'xiaomi-ai',
    canLoad: (ref) => ref === 'xiaomi-ai',
    loadText: () => Promise.resolve(bundledGraphText()),
    imports: memory,
  });

  it('reopens a file this browser keeps, with its mapping', async () => {
    const memory = memoryImportMemory();
    const ref = localGraphId([{ name: 'p.csv', text: CSV }]);
    await memory.put(ref, { files: [{ name: 'p.csv', text: CSV }], options: { label: null } });
    const store = createExplorerStore();
    await openLink(store, source(memory), `#v=1&node=ann&graph=${encodeURIComponent(ref)}`);
    expect(store.getState().graph?.id).toBe(ref);
    expect(store.getState().view.node).toBe('ann');
  });

  it('says so, and shows the default graph, for a file this browser does not have', async () => {
    const store = createExplorerStore();
    await openLink(store, source(), '#v=1&graph=file%3Aelsewhere-0123');
    expect(store.getState().graph?.id).toBe('xiaomi-ai');
    expect(store.getState().notices[0]?.text).toContain('a file opened in another browser ("file:elsewhere-0123")');
  });
});

describe('the parse job', () => {
  it('can be cancelled: the result rejects with ReadCancelled', async () => {
    const job = startRead({ files: [{ name: 'a.csv', text: CSV }], identity: { id: 'a', title: 'a' }, options: {} });
    job.cancel();
    await expect(job.result).rejects.toBeInstanceOf(ReadCancelled);
  });

  it('starts before the file has arrived, and reads it once it does', async () => {
    const request = new Promise<ReadRequest>((resolve) =>
      setTimeout(
        () => resolve({ files: [{ name: 'a.csv', text: CSV }], identity: { id: 'a', title: 'a' }, options: {} }),
        10,
      ),
    );
    const { graph } = await startRead(request).result;
    expect(graph?.nodes.size).toBeGreaterThan(0);
  });

  it('rejects with the error of a file that could not be had', async () => {
    const failed = Promise.reject(new Error('g.json could not be fetched: HTTP 404'));
    await expect(startRead(failed).result).rejects.toThrow('g.json could not be fetched: HTTP 404');
  });

  it('gives the same file the same id, and a changed file another', () => {
    const a = localGraphId([{ name: 'My Graph.gexf', text: '<gexf/>' }]);
    expect(a).toMatch(/^file:my-graph-gexf-[0-9a-f]{16}$/);
    expect(localGraphId([{ name: 'My Graph.gexf', text: '<gexf/>' }])).toBe(a);
    expect(localGraphId([{ name: 'My Graph.gexf', text: '<gexf />' }])).not.toBe(a);
  });
});
