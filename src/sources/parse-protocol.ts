import type { ReadRequest, ReadResult, ReadStage } from './read-graph.ts';

/**
 * What the page and the parse worker say to each other. `withhold`: the page builds a format-v1
 * graph itself while the worker checks the file (see graph-in-page.ts), so the worker answers with
 * its report and keeps the graph until the page asks for it with `send`.
 */
export type ToWorker =
  { readonly kind: 'read'; readonly request: ReadRequest; readonly withhold: boolean } | { readonly kind: 'send' };

export type FromWorker =
  /** The worker's code is loaded and its thread running: it takes a file without waiting for the page. */
  | { readonly kind: 'ready' }
  | { readonly kind: 'stage'; readonly stage: ReadStage }
  /**
   * `withheld`: the file passed as it was (no text cut) and is format v1; `result.graph` stays in the
   * worker until asked for.
   */
  | { readonly kind: 'done'; readonly result: ReadResult; readonly withheld?: boolean }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * From this many characters on, the page builds a format-v1 graph itself while the worker checks it
 * (graph-in-page.ts). Below, the worker's graph is copied to the page in a few milliseconds, and a
 * small file's first picture does not wait for the page's builder to load.
 */
export const IN_PAGE_FROM = 1_000_000;

/** True when the page may build the graph of `request` itself while the worker checks it. */
export function buildsInPage(request: ReadRequest): boolean {
  return request.files.length === 1 && (request.files[0]?.text.length ?? 0) >= IN_PAGE_FROM;
}
