// The layout worker: runs computed layouts (fcose, concentric, hierarchy) in a headless Cytoscape off
// the page's main thread, so the page stays responsive while a large graph is laid out (DESIGN.md
// "Performance principles"). Same code as in Node tests and the build, so the same positions.
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { runLayout } from './layouts.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { job, input, name } = event.data;
  scope.postMessage({ job, kind: 'started' });
  try {
    const xy = runLayout(input, name);
    scope.postMessage({ job, kind: 'done', xy }, [xy.buffer]);
  } catch (error) {
    scope.postMessage({ job, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
