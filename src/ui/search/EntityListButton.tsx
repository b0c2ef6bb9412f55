import type { GraphNode } from '../../graph/graph-model.ts';

/** One entity of the entity list: a button named by its label, marked when it is the selected one. */
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
      {node.label}
    </button>
  );
}
