import type { TypeStyle } from '../../canvas/type-styles.ts';
import { NodeShapeIcon } from './NodeShapeIcon.tsx';
import { RelationLineIcon } from './RelationLineIcon.tsx';

export interface LegendKeyProps {
  readonly nodeTypes: readonly TypeStyle[];
  readonly relations: readonly { readonly type: string; readonly label: string }[];
  /** Whether any relation in the graph has ended, so the dashed line means something here. */
  readonly hasFormer: boolean;
  /** Whether a path is highlighted on the canvas now. */
  readonly pathShown?: boolean;
}

/** What the canvas's shapes, colours and lines mean. */
export function LegendKey({ nodeTypes, relations, hasFormer, pathShown = false }: LegendKeyProps) {
  return (
    <>
      <h3 className="legend-heading">Entity types</h3>
      <ul className="legend-items">
        {nodeTypes.map((style) => (
          <li key={style.type}>
            <NodeShapeIcon shape={style.shape} color={style.color} />
            {style.label}
          </li>
        ))}
      </ul>
      <h3 className="legend-heading">Relations</h3>
      <ul className="legend-items">
        <li>
          <RelationLineIcon />
          arrow: direction
        </li>
        {hasFormer && (
          <li>
            <RelationLineIcon dashed arrow={false} />
            dashed line: former / ended relation
          </li>
        )}
        {pathShown && (
          <li>
            <RelationLineIcon path />
            thick purple: on a shortest path (the rest is faded)
          </li>
        )}
      </ul>
      {relations.length > 0 && (
        <ul className="legend-items legend-relations" aria-label="Relation types">
          {relations.map((relation) => (
            <li key={relation.type}>{relation.label}</li>
          ))}
        </ul>
      )}
    </>
  );
}
