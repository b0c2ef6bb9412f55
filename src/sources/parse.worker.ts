import { readGraph, type ReadRequest } from './read-graph.ts';

/**
 * The parse worker: reads a graph off the main thread, so a large file never freezes the page.
 * Posts each stage (for the progress indicator), then the result; the Graph's Maps survive
 * structured cloning. Cancel is the page terminating this worker.
 */
self.onmessage = (event: MessageEvent<ReadRequest>) => {
  try {
    const result = readGraph(event.data, (stage) => self.postMessage({ kind: 'stage', stage }));
    self.postMessage({ kind: 'done', result });
  } catch (error) {
    self.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
