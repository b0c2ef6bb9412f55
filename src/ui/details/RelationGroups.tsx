import { useId } from 'react';
import type { Source } from '../../graph/graph-model.ts';
import type { RelationGroup, RelationItem } from '../../graph/relations.ts';
import { DetailsSection } from './DetailsSection.tsx';
import { EntityButton } from './EntityButton.tsx';
import { FactItem } from './FactItem.tsx';

type Sources = ReadonlyMap<string, Source>;

function RelationEntry({
  item,
  sources,
  onSelect,
}: {
  readonly item: RelationItem;
  readonly sources: Sources;
  readonly onSelect: (id: string) => void;
}) {
  const { edge, other } = item;
  return (
    <FactItem kind="relation" edge={edge} former={item.former} sources={sources}>
      <EntityButton node={other} onSelect={onSelect} />
      {edge.title !== undefined && edge.title !== '' && <span className="relation-title">{`, ${edge.title}`}</span>}
    </FactItem>
  );
}

/** One type and direction: "reports to", then the entities at the other end; the list is named by its heading. */
function RelationGroupList({
  group,
  sources,
  onSelect,
}: {
  readonly group: RelationGroup;
  readonly sources: Sources;
  readonly onSelect: (id: string) => void;
}) {
  const headingId = useId();
  return (
    <div className="relation-group">
      <h4 id={headingId}>{group.label}</h4>
      <ul className="relation-list" aria-labelledby={headingId}>
        {group.items.map((item) => (
          <RelationEntry key={item.edge.id} item={item} sources={sources} onSelect={onSelect} />
        ))}
      </ul>
    </div>
  );
}

export interface RelationGroupsProps {
  readonly groups: readonly RelationGroup[];
  readonly sources: Sources;
  readonly onSelect: (id: string) => void;
  /** Said when there are no groups: whether the entity has no relations at all, or only roles and units. */
  readonly emptyText: string;
}

/** The entity's other relations, one group per type and direction, labelled as read from the entity. */
export function RelationGroups({ groups, sources, onSelect, emptyText }: RelationGroupsProps) {
  return (
    <DetailsSection title="Relations" className="relations">
      {groups.length === 0 && <p className="empty">{emptyText}</p>}
      {groups.map((group) => (
        <RelationGroupList
          key={`${group.direction}\u0000${group.type}`}
          group={group}
          sources={sources}
          onSelect={onSelect}
        />
      ))}
    </DetailsSection>
  );
}
