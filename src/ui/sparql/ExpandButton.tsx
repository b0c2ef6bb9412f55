import { useStore } from 'zustand';
import type { Graph } from '../../graph/graph-model.ts';
import { isSparqlRef } from '../../sources/sparql/sparql-ref.ts';
import { expandEntity } from '../../view/sparql/expand-entity.ts';
import { sparqlSession } from '../../view/sparql/sparql-session.ts';
import { useExplorer, useExplorerStore } from '../store-context.ts';
import './sparql.css';

export interface ExpandButtonViewProps {
  readonly label: string;
  readonly state: 'ready' | 'loading' | 'busy' | 'loaded';
  readonly onExpand: () => void;
}

/** Presentational: the button and what it says in each state. */
export function ExpandButtonView({ label, state, onExpand }: ExpandButtonViewProps) {
  const text = { ready: 'Expand', loading: 'Expanding…', busy: 'Expand', loaded: 'Expanded' }[state];
  const hint = {
    ready: `Load what the endpoint links to ${label} (both directions)`,
    loading: `Loading the neighbourhood of ${label}…`,
    busy: 'Waiting for the endpoint to answer another request',
    loaded: `The neighbourhood of ${label} is loaded`,
  }[state];
  return (
    <button
      type="button"
      className="expand-button"
      title={hint}
      aria-description={hint}
      aria-busy={state === 'loading'}
      disabled={state !== 'ready'}
      onClick={onExpand}
    >
      {text}
    </button>
  );
}

/**
 * Expand in the details panel, for graphs read from a SPARQL endpoint: loads the selected entity's
 * neighbourhood (one history step; the link records it in `expand=`). Nothing for whole files.
 */
export function ExpandButton({ graph, node }: { readonly graph: Graph; readonly node: string }) {
  const store = useExplorerStore();
  const expanded = useExplorer((state) => state.view.expand.includes(node));
  const loading = useStore(sparqlSession(store).activity, (activity) => activity.loading);
  if (!isSparqlRef(graph.id)) return null;
  const state = expanded ? 'loaded' : loading === node ? 'loading' : loading !== null ? 'busy' : 'ready';
  const label = graph.nodes.get(node)?.label ?? node;
  return <ExpandButtonView label={label} state={state} onExpand={() => void expandEntity(store, node)} />;
}
