import type { Graph } from '../graph/graph-model.ts';
import { buildsInPage, type FromWorker, type ToWorker } from './parse-protocol.ts';
import { takeParseWorker } from './parse-worker-start.ts';
import type { ReadRequest, ReadResult, ReadStage } from './read-graph.ts';

/** A read under way: its result, and a way to stop it. */
export interface ReadJob {
  readonly result: Promise<ReadResult>;
  cancel(): void;
}

export class ReadCancelled extends Error {
  constructor() {
    super('Opening was cancelled');
  }
}

/** Runs in the page when there is no Worker (Node tests, jsdom): the same code, loaded on demand. */
function readHere(request: Promise<ReadRequest>, onStage: (stage: ReadStage) => void): ReadJob {
  let cancelled = false;
  const result = Promise.all([request, import('./read-graph.ts')]).then(([files, { readGraph }]) => {
    if (cancelled) throw new ReadCancelled();
    return readGraph(files, onStage);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}

type PageBuilder = typeof import('./graph-in-page.ts');

/** The page's builder for large format-v1 files (graph-in-page.ts): the last load asked for. */
let pageBuilder: { readonly loaded: Promise<PageBuilder>; failed: boolean } | undefined;

/**
 * Loads the page's builder once; a load that failed is tried again by the next call. The read itself
 * does not call it again for a load that failed (builderForRead): that read uses the worker's graph.
 */
export function loadPageBuilder(): Promise<PageBuilder> {
  if (pageBuilder && !pageBuilder.failed) return pageBuilder.loaded;
  const attempt = {
    loaded: import('./graph-in-page.ts').catch((error: unknown) => {
      attempt.failed = true;
      throw error;
    }),
    failed: false,
  };
  pageBuilder = attempt;
  return attempt.loaded;
}

/**
 * Starts loading the page's builder for a large file before the file is there (a link naming a file,
 * a large file picked), so that building can start the moment the text arrives. Its failure is the
 * read's to handle, not the caller's.
 */
export function preloadPageBuilder(): void {
  loadPageBuilder().catch(() => undefined);
}

/** The builder for a read: the one being loaded (or failed) already, or a new load. */
const builderForRead = (): Promise<PageBuilder> => pageBuilder?.loaded ?? loadPageBuilder();

/** `graph`, once `work` has run on it in a task of its own (its failure changes nothing). */
function afterATask(graph: Graph | undefined, work: (graph: Graph) => void): Promise<Graph | undefined> {
  if (!graph) return Promise.resolve(undefined);
  return new Promise((resolve) =>
    setTimeout(() => {
      try {
        work(graph);
      } finally {
        resolve(graph);
      }
    }, 0),
  );
}

/**
 * Reads a graph in a Web Worker (one per read, so cancelling is terminating it): importers and
 * parseGraph never touch the main thread and stay out of the initial bundle. `request` may still be
 * on its way (a file being fetched): the worker starts loading at once (or started with the page:
 * parse-worker-start.ts), so its code arrives while the file does, and a failed request rejects the
 * read with its own error. `whileChecking` runs on the graph the page builds itself (a large
 * format-v1 file) while the worker checks it: time to build what the first picture needs, instead of
 * waiting.
 */
export function startRead(
  request: ReadRequest | Promise<ReadRequest>,
  onStage: (stage: ReadStage) => void = () => undefined,
  whileChecking: (graph: Graph) => void = () => undefined,
): ReadJob {
  const requested = Promise.resolve(request);
  if (typeof Worker === 'undefined') return readHere(requested, onStage);
  const { worker, ready } = takeParseWorker();
  const send = (message: ToWorker): void => worker.postMessage(message);
  let reject: (error: Error) => void = () => undefined;
  // A large format-v1 file's graph, built here while the worker checks the file (graph-in-page.ts).
  let inPage: Promise<Graph | undefined> = Promise.resolve(undefined);
  // The worker's first word (ready, usually long before the file is here): the page's build waits for
  // it. The browser starts a worker's thread from the page's main thread, so a build started first held
  // the worker back by its whole length (traced on a 20,000-entity file: handed the text, the worker
  // began a quarter of a second later); once started, the worker checks on its own thread.
  let heard = (): void => undefined;
  const workerStarted = new Promise<void>((resolve) => (heard = resolve));
  if (ready) heard();
  const result = new Promise<ReadResult>((resolve, fail) => {
    reject = fail;
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      heard();
      if (message.kind === 'ready') return;
      if (message.kind === 'stage') {
        onStage(message.stage);
        return;
      }
      if (message.kind === 'done' && message.withheld) {
        // The file passed: this page's graph is the worker's, without copying it across.
        void inPage.then((graph) => {
          if (!graph) return send({ kind: 'send' });
          worker.terminate();
          resolve({ ...message.result, graph });
        });
        return;
      }
      worker.terminate();
      if (message.kind === 'done') resolve(message.result);
      else fail(new Error(`The file could not be read: ${message.message}`));
    };
    worker.onerror = (event) => {
      heard();
      worker.terminate();
      fail(new Error(`The file could not be read: ${event.message || 'the parser stopped'}`));
    };
  });
  requested.then(
    (files) => {
      const withhold = buildsInPage(files);
      send({ kind: 'read', request: files, withhold });
      if (withhold)
        inPage = Promise.all([builderForRead(), workerStarted]).then(
          ([{ graphInPage }]) => afterATask(graphInPage(files), whileChecking),
          () => undefined,
        );
    },
    (error: unknown) => {
      worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    },
  );
  return {
    result,
    cancel: () => {
      worker.terminate();
      reject(new ReadCancelled());
    },
  };
}
