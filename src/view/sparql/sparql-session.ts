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
  /** Graphs built lately, by endpoint and expand list: Back and Forward get the very same graph again. */
  readonly built: Map<string, Graph>;
  running?: AbortController;
}

/** Built graphs kept per session; older ones are rebuilt from the query cache when asked for again. */
const KEPT_GRAPHS = 12;

const sessions = new WeakMap<ExplorerStore, Session>();

/** One SPARQL session per explorer: its activity, its last graph, and the request under way. */
export function sparqlSession(store: ExplorerStore): Session {
  let session = sessions.get(store);
  if (!session)
    sessions.set(
      store,
      (session = { activity: createStore<SparqlActivity>()(() => ({ loading: null })), built: new Map() }),
    );
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

/** What a built graph depends on: the endpoint, the neighbourhoods in order, the language read. */
export interface BuiltFrom {
  readonly ref: string;
  readonly expand: readonly string[];
  readonly lang: string | null;
}

const builtKey = ({ ref, expand, lang }: BuiltFrom): string => [ref, lang ?? '', ...expand].join('\u0000');

/** The graph built before from the same things, if it is still kept. */
export function builtGraph(store: ExplorerStore, from: BuiltFrom): Graph | undefined {
  return sparqlSession(store).built.get(builtKey(from));
}

export function keepBuiltGraph(store: ExplorerStore, from: BuiltFrom, graph: Graph): void {
  const { built } = sparqlSession(store);
  const key = builtKey(from);
  built.delete(key);
  built.set(key, graph);
  for (const oldest of built.keys()) {
    if (built.size <= KEPT_GRAPHS) break;
    built.delete(oldest);
  }
}
