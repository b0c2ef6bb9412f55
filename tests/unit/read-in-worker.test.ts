import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import type { FromWorker, ToWorker } from '../../src/sources/parse-protocol.ts';
import { IN_PAGE_FROM } from '../../src/sources/parse-protocol.ts';
import type { ReadRequest } from '../../src/sources/read-graph.ts';

// What the page builds, and when: recorded instead of built.
const built: string[] = [];
vi.mock('../../src/sources/graph-in-page.ts', () => ({
  graphInPage: () => {
    built.push('page graph');
    return undefined;
  },
}));

/** A Worker the test speaks for: it records what the page posts and says what the test makes it say. */
class ScriptedWorker {
  static last: ScriptedWorker | undefined;
  readonly received: ToWorker[] = [];
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor() {
    ScriptedWorker.last = this;
  }
  postMessage(message: ToWorker): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  say(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

const largeFile = (): { name: string; text: string } => {
  const text = JSON.stringify(syntheticGraph({ id: 'large', nodes: 3000, seed: 3 }));
  expect(text.length).toBeGreaterThanOrEqual(IN_PAGE_FROM);
  return { name: 'large.json', text };
};

/** A read of one large format-v1 file. */
const largeRead = (): ReadRequest => ({ files: [largeFile()], identity: { id: 'g', title: 'g' }, options: {} });

// Every test speaks for the worker, and starts with nothing built.
beforeEach(() => vi.stubGlobal('Worker', ScriptedWorker));
afterEach(() => {
  vi.unstubAllGlobals();
  built.length = 0;
});

describe('a large file read while the page builds its graph', () => {
  it('is built on the page only once the worker runs: a worker not started yet would wait for the build', async () => {
    const { startRead } = await import('../../src/sources/graph-reader.ts');
    const job = startRead(largeRead());
    const worker = ScriptedWorker.last;
    await settle();
    // The file went to the worker at once; the page waits for the worker's first word.
    expect(worker?.received.map((message) => message.kind)).toEqual(['read']);
    expect(built).toEqual([]);
    worker?.say({ kind: 'ready' });
    await settle();
    expect(built).toEqual(['page graph']);
    job.cancel();
    await expect(job.result).rejects.toThrow('cancelled');
  });

  it('is built at once when the worker said it was ready before the file was there', async () => {
    const { startRead } = await import('../../src/sources/graph-reader.ts');
    let hand: (request: Parameters<typeof startRead>[0]) => void = () => undefined;
    const job = startRead(new Promise((resolve) => (hand = resolve)));
    ScriptedWorker.last?.say({ kind: 'ready' });
    hand(largeRead());
    await settle();
    expect(built).toEqual(['page graph']);
    job.cancel();
    await expect(job.result).rejects.toThrow('cancelled');
  });

  it('asks the worker for its graph when the page could not build one, and opens that', async () => {
    const { startRead } = await import('../../src/sources/graph-reader.ts');
    const job = startRead(largeRead());
    const worker = ScriptedWorker.last;
    worker?.say({ kind: 'ready' });
    const report = { errors: [], warnings: [] };
    worker?.say({ kind: 'done', result: { graph: undefined, report }, withheld: true });
    await settle();
    expect(worker?.received.map((message) => message.kind)).toEqual(['read', 'send']);
    worker?.say({ kind: 'done', result: { graph: undefined, report } });
    await expect(job.result).resolves.toEqual({ graph: undefined, report });
    expect(worker?.terminated).toBe(true);
  });
});

describe('the parse worker started with the page', () => {
  it('is the worker the next read uses, its "ready" kept for it; the read after gets a new one', async () => {
    const { startParseWorkerEarly } = await import('../../src/sources/parse-worker-start.ts');
    const { startRead } = await import('../../src/sources/graph-reader.ts');
    startParseWorkerEarly();
    const early = ScriptedWorker.last;
    // It said it was ready before any read listened.
    early?.say({ kind: 'ready' });
    const job = startRead(largeRead());
    expect(ScriptedWorker.last).toBe(early);
    await settle();
    expect(early?.received.map((message) => message.kind)).toEqual(['read']);
    expect(built).toEqual(['page graph']);
    job.cancel();
    await expect(job.result).rejects.toThrow('cancelled');
    const next = startRead(largeRead());
    expect(ScriptedWorker.last).not.toBe(early);
    next.cancel();
    await expect(next.result).rejects.toThrow('cancelled');
  });

  it('is replaced when its script failed to load', async () => {
    const { startParseWorkerEarly } = await import('../../src/sources/parse-worker-start.ts');
    const { startRead } = await import('../../src/sources/graph-reader.ts');
    startParseWorkerEarly();
    const early = ScriptedWorker.last;
    early?.onerror?.({ message: 'no script' } as ErrorEvent);
    const job = startRead(largeRead());
    expect(ScriptedWorker.last).not.toBe(early);
    expect(early?.terminated).toBe(true);
    job.cancel();
    await expect(job.result).rejects.toThrow('cancelled');
  });
});
