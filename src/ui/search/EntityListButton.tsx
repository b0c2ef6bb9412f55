import type { GraphNode } from '../../graph/graph-model.ts';
import { EntityName } from '../EntityName.tsx';

/** One entity of the entity list: a button named by its label in the view's language, marked when it is the selected one. */
export function EntityListButton({
  node,
  selected,
  onSelect,
}: {
  readonly node: GraphNode;
  readonly selected: string | null;
  readonly onSelect: (node: string) => void;
}) {
  return (
    <button
      type="button"
      className="entity-list-button"
      aria-current={node.id === selected ? 'true' : undefined}
      onClick={() => onSelect(node.id)}
    >
      <EntityName node={node} />
    </button>
  );
}
