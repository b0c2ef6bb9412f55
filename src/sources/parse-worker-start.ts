import type { FromWorker } from './parse-protocol.ts';

/** How long a parse worker started ahead waits for its read before it is stopped. */
const WAITS_MS = 60_000;

/** A parse worker started before its read (`startParseWorkerEarly`), taken by the next read. */
let early:
  | { readonly worker: Worker; readonly timer: ReturnType<typeof setTimeout>; failed: boolean; ready: boolean }
  | undefined;

function newParseWorker(): Worker {
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'graph-parser' });
}

/**
 * Starts the parse worker for the next read while the page starts: its script is fetched and compiled
 * while the explorer's own code is, instead of once the explorer has rendered and asked for the graph
 * (by then a large file a link names has often arrived, and its read waited for the worker).
 * Without Worker (Node, jsdom) it does nothing.
 */
export function startParseWorkerEarly(): void {
  if (typeof Worker === 'undefined' || early) return;
  const worker = newParseWorker();
  const started = {
    worker,
    failed: false,
    ready: false,
    timer: setTimeout(() => {
      if (early !== started) return;
      early = undefined;
      worker.terminate();
    }, WAITS_MS),
  };
  // Until a read takes it, what it says is kept here: an event nobody listens to is lost. Its "ready"
  // (its only word before a read) is handed to the read; a script that failed to load makes the read
  // start a new worker.
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    if (event.data.kind === 'ready') started.ready = true;
  };
  worker.onerror = () => {
    started.failed = true;
  };
  early = started;
}

/**
 * The worker started early, if it is still there and well, or a new one (each read has its own: a
 * cancelled read is a terminated worker), and whether it has said it is ready.
 */
export function takeParseWorker(): { readonly worker: Worker; readonly ready: boolean } {
  const taken = early;
  early = undefined;
  if (taken) clearTimeout(taken.timer);
  if (taken && !taken.failed) {
    taken.worker.onmessage = null;
    taken.worker.onerror = null;
    return { worker: taken.worker, ready: taken.ready };
  }
  taken?.worker.terminate();
  return { worker: newParseWorker(), ready: false };
}
