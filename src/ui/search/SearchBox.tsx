import { useRef } from 'react';
import type { Graph } from '../../graph/graph-model.ts';
import { EntityCombobox } from './EntityCombobox.tsx';
import { useExplorer } from '../store-context.ts';
import { useSlashFocus } from './use-slash-focus.ts';

/**
 * Search by label or alias (DESIGN.md "What a person sees"): the entity combobox, where Enter selects
 * and centres, and `/` focuses the box from anywhere.
 */
export function SearchBox({ graph }: { graph: Graph }) {
  const dispatch = useExplorer((state) => state.dispatch);
  const input = useRef<HTMLInputElement>(null);
  useSlashFocus(input);
  return (
    <EntityCombobox
      graph={graph}
      label="Search"
      placeholder="Search names and aliases  ( / )"
      keyShortcuts="/"
      inputRef={input}
      onChoose={(node) => dispatch({ type: 'select', node, centre: true })}
    />
  );
}
