import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Graph } from '../../graph/graph-model.ts';
import type { ExplorerStore } from '../explorer-store.ts';

/** What the explorer is asking the endpoint right now, for the UI (Expand's busy state). */
export interface SparqlActivity {
  /** The entity whose neighbourhood is loading, or '' while a link opens; null when idle. */
  readonly loading: string | null;
}

interface Session {
  readonly activity: StoreApi<SparqlActivity>;
  /** The graph last built, and from what: a link with the same neighbourhoods reuses it as it is. */
  built?: { readonly ref: string; readonly expand: readonly string[]; readonly graph: Graph };
  running?: AbortController;
}

const sessions = new WeakMap<ExplorerStore, Session>();

/** One SPARQL session per explorer: its activity, its last graph, and the request under way. */
export function sparqlSession(store: ExplorerStore): Session {
  let session = sessions.get(store);
  if (!session) sessions.set(store, (session = { activity: createStore<SparqlActivity>()(() => ({ loading: null })) }));
  return session;
}

/**
 * Starts a request and cancels the one before: a new link, Back, Forward or Expand means the user moved
 * on, so the older answer would only be thrown away. The signal aborts when the next request starts.
 */
export function startSparqlRequest(store: ExplorerStore, loading: string): AbortSignal {
  const session = sparqlSession(store);
  session.running?.abort();
  const controller = new AbortController();
  session.running = controller;
  session.activity.setState({ loading });
  return controller.signal;
}

/** The request is over (answered or failed); a newer one keeps its own busy state. */
export function endSparqlRequest(store: ExplorerStore, signal: AbortSignal): void {
  const session = sparqlSession(store);
  if (session.running?.signal !== signal) return;
  session.running = undefined;
  session.activity.setState({ loading: null });
}

/** Any request under way stops: the user opened something that is not this endpoint. */
export function cancelSparqlRequest(store: ExplorerStore): void {
  const session = sessions.get(store);
  if (!session?.running) return;
  session.running.abort();
  session.running = undefined;
  session.activity.setState({ loading: null });
}

export function sameExpand(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((iri, index) => iri === b[index]);
}
