import type { GraphNode } from '../../graph/graph-model.ts';
import { EntityName } from '../EntityName.tsx';

export interface EntityButtonProps {
  readonly node: GraphNode;
  readonly onSelect: (id: string) => void;
}

/** An entity's name that selects it: every name in the details panel is one of these. */
export function EntityButton({ node, onSelect }: EntityButtonProps) {
  return (
    <button type="button" className="entity-button" onClick={() => onSelect(node.id)}>
      <EntityName node={node} />
    </button>
  );
}
