import { useId, useState } from 'react';
import type { EntityGroup } from '../../graph/entity-groups.ts';
import { EntityName } from '../EntityName.tsx';

/** Past this many buttons a group waits for "Show all", so huge graphs do not stall the page. */
export const GROUP_PAGE_SIZE = 500;

export interface EntityGroupListProps {
  readonly group: EntityGroup;
  readonly selected: string | null;
  readonly onSelect: (node: string) => void;
}

/** One type's entities as a list of buttons under a heading with the count. */
export function EntityGroupList({ group, selected, onSelect }: EntityGroupListProps) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const total = group.nodes.length;
  const shown = showAll || total <= GROUP_PAGE_SIZE ? group.nodes : group.nodes.slice(0, GROUP_PAGE_SIZE);
  // The selected entity is always reachable from the list, even beyond the first page.
  const selectedNode =
    selected === null || shown === group.nodes ? undefined : group.nodes.find((node) => node.id === selected);
  const extra = selectedNode && !shown.includes(selectedNode) ? [selectedNode] : [];

  return (
    <div className="entity-group">
      <h3 id={headingId} className="entity-group-heading">
        {group.label} <span className="entity-group-count">({total})</span>
      </h3>
      <ul className="entity-group-items" aria-labelledby={headingId}>
        {[...shown, ...extra].map((node) => (
          <li key={node.id}>
            <button
              type="button"
              className="entity-list-button"
              aria-current={node.id === selected ? 'true' : undefined}
              onClick={() => onSelect(node.id)}
            >
              <EntityName node={node} />
            </button>
          </li>
        ))}
      </ul>
      {shown.length < total && (
        <button type="button" className="entity-show-all" onClick={() => setShowAll(true)}>
          Show all {total}
        </button>
      )}
    </div>
  );
}
