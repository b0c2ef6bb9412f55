import { useRef } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { EntityCombobox } from './EntityCombobox.tsx';
import { useExplorer, useExplorerStore } from '../store-context.ts';
import { expandEntity } from '../../view/sparql/expand-entity.ts';
import { useSlashFocus } from './use-slash-focus.ts';

/**
 * Search by label or alias (DESIGN.md "What a person sees"): the entity combobox, where Enter selects
 * and centres, and `/` focuses the box from anywhere.
 */
export function SearchBox({ graph }: { graph: Graph }) {
  const dispatch = useExplorer((state) => state.dispatch);
  const store = useExplorerStore();
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  return (
    <EntityCombobox
      graph={graph}
      label="Search"
      placeholder="Search names and aliases  ( / )"
      keyShortcuts="/"
      inputRef={input}
      searchEndpoint
      // A match found on the endpoint but not loaded yet opens with its neighbourhood.
      onChoose={(node) =>
        graph.nodes.has(node) ? dispatch({ type: 'select', node, centre: true }) : void expandEntity(store, node, true)
      }
    />
  );
}
