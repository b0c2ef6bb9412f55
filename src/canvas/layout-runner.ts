import type { ComputedLayout, LayoutInput } from './layout-input.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';

/** Runs computed layouts in a Web Worker, one job at a time; a new job or `cancel` ends the running one. */
export interface LayoutRunner {
  /** Resolves with x, y per node index; rejects when the layout fails; never settles when cancelled. */
  run(input: LayoutInput, name: ComputedLayout): Promise<Float64Array>;
  cancel(): void;
  destroy(): void;
}

/**
 * The worker is started on the first job (a graph with saved or build-time positions never loads it)
 * and terminated to cancel: a layout is one synchronous run inside the worker, which nothing else
 * could interrupt. The next job starts a fresh worker.
 */
export function createLayoutRunner(): LayoutRunner {
  let worker: Worker | undefined;
  let job = 0;
  const stop = (): void => {
    worker?.terminate();
    worker = undefined;
  };
  return {
    run(input, name) {
      stop();
      job++;
      const current = job;
      const started = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
      worker = started;
      return new Promise((resolve, reject) => {
        started.onmessage = (event: MessageEvent<LayoutResponse>) => {
          const message = event.data;
          if (message.job !== current) return;
          if (message.kind === 'done') {
            stop();
            resolve(message.xy);
          } else if (message.kind === 'failed') {
            stop();
            reject(new Error(message.message));
          }
        };
        started.onerror = (event) => {
          stop();
          reject(new Error(event.message || 'the layout worker could not start'));
        };
        started.postMessage({ job: current, input, name } satisfies LayoutRequest);
      });
    },
    cancel: stop,
    destroy: stop,
  };
}
