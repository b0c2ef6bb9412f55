import { lazy, Suspense, useId } from 'react';
import type { EntityGroup } from '../../graph/entity-groups.ts';
import type { GraphNode } from '../../graph/graph-model.ts';
import { EntityListButton } from './EntityListButton.tsx';

/** Up to this many entities a group is a plain list; longer ones scroll, rendering only the rows in view. */
export const GROUP_PAGE_SIZE = 200;

// Loaded only for a graph that has such a group.
const VirtualEntityItems = lazy(() => import('./VirtualEntityItems.tsx'));

export interface EntityGroupListProps {
  readonly group: EntityGroup;
  readonly selected: string | null;
  readonly onSelect: (node: string) => void;
}

function PlainItems({
  nodes,
  selected,
  onSelect,
  labelledBy,
}: {
  readonly nodes: readonly GraphNode[];
  readonly selected: string | null;
  readonly onSelect: (node: string) => void;
  readonly labelledBy: string;
}) {
  return (
    <ul className="entity-group-items" aria-labelledby={labelledBy}>
      {nodes.map((node) => (
        <li key={node.id}>
          <EntityListButton node={node} selected={selected} onSelect={onSelect} />
        </li>
      ))}
    </ul>
  );
}

/** One type's entities as a list of buttons under a heading with the count. */
export function EntityGroupList({ group, selected, onSelect }: EntityGroupListProps) {
  const headingId = useId();
  const items = { nodes: group.nodes, selected, onSelect, labelledBy: headingId };
  return (
    <div className="entity-group">
      <h3 id={headingId} className="entity-group-heading">
        {group.label} <span className="entity-group-count">({group.nodes.length})</span>
      </h3>
      {group.nodes.length <= GROUP_PAGE_SIZE ? (
        <PlainItems {...items} />
      ) : (
        <Suspense fallback={<PlainItems {...items} nodes={group.nodes.slice(0, 20)} />}>
          <VirtualEntityItems {...items} />
        </Suspense>
      )}
    </div>
  );
}
