import { NATIVE_FORMAT, type FromWorker, type ToWorker } from './parse-protocol.ts';
import { readGraph, type ReadResult } from './read-graph.ts';

/**
 * The parse worker: reads a graph off the main thread, so a large file never freezes the page.
 * Posts each stage (for the progress indicator), then the result; the Graph's Maps survive
 * structured cloning. When the page builds a format-v1 graph itself, the worker keeps its graph
 * until asked (`withhold`, parse-protocol.ts). Cancel is the page terminating this worker.
 */
let withheld: ReadResult | undefined;

const post = (message: FromWorker): void => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.kind === 'send') {
    if (withheld) post({ kind: 'done', result: withheld });
    return;
  }
  try {
    const result = readGraph(message.request, (stage) => post({ kind: 'stage', stage }));
    if (message.withhold && result.graph && result.report.summary?.format === NATIVE_FORMAT) {
      withheld = result;
      post({ kind: 'done', result: { ...result, graph: undefined }, withheld: true });
    } else post({ kind: 'done', result });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
