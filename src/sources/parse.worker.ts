import { buildGraph } from '../graph/build-graph.ts';
import type { GraphFile } from '../graph/graph-schema.ts';
import type { FromWorker, ToWorker } from './parse-protocol.ts';
import { checkRead } from './read-graph.ts';
import type { ImportReport } from '../formats/import-report.ts';
import { NATIVE_FORMAT } from '../graph/native-format.ts';

/**
 * The parse worker: reads a graph off the main thread, so a large file never freezes the page.
 * Posts each stage (for the progress indicator), then the result; the Graph's Maps survive
 * structured cloning. When the page builds a format-v1 graph itself (`withhold`, parse-protocol.ts),
 * the worker only checks the file, says whether it passed, and builds its own graph only if the page
 * asks for it. Cancel is the page terminating this worker.
 */
let withheld: { readonly file: GraphFile; readonly report: ImportReport } | undefined;

const post = (message: FromWorker): void => self.postMessage(message);

post({ kind: 'ready' });

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    if (message.kind === 'send') {
      if (withheld) post({ kind: 'done', result: { graph: buildGraph(withheld.file), report: withheld.report } });
      return;
    }
    const { file, report, limited } = checkRead(message.request, (stage) => post({ kind: 'stage', stage }));
    // The page builds the file as it reads it: a file whose text had to be cut is built here.
    if (message.withhold && file && !limited && report.summary?.format === NATIVE_FORMAT) {
      withheld = { file, report };
      post({ kind: 'done', result: { graph: undefined, report }, withheld: true });
    } else post({ kind: 'done', result: { graph: file && buildGraph(file), report } });
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
