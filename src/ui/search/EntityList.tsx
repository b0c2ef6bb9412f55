import { useDeferredValue, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { entityGroups } from '../../graph/entity-groups.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { EntityGroupList } from './EntityGroupList.tsx';
import { useExplorer } from '../store-context.ts';
import { useVisibleSet } from '../use-visible-set.ts';
import type { VisibleSet } from '../../view/visible-set.ts';
import './search.css';

/**
 * The visible graph as a list of buttons grouped by type: a screen reader's way through the graph.
 * Choosing one selects it exactly as a click on the canvas does.
 */
const NOTHING_YET: VisibleSet = { nodes: new Set(), edges: new Set() };

export function EntityList({ graph }: { graph: Graph }) {
  const headingId = useId();
  // Sorting thousands of labels waits until the rest of the screen (the canvas first) is up.
  const visible = useDeferredValue(useVisibleSet(), NOTHING_YET);
  const { selected, dispatch } = useExplorer(
    useShallow((state) => ({ selected: state.view.node, dispatch: state.dispatch })),
  );
  const groups = useMemo(() => entityGroups(graph, visible.nodes), [graph, visible.nodes]);

  return (
    <section className="entity-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="entity-list-heading">
        Entities
      </h2>
      {groups.length === 0 ? (
        <p className="entity-list-empty">No entities are visible with the current filters.</p>
      ) : (
        groups.map((group) => (
          <EntityGroupList
            key={group.type}
            group={group}
            selected={selected}
            onSelect={(node) => dispatch({ type: 'select', node })}
          />
        ))
      )}
    </section>
  );
}
