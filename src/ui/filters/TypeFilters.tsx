import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { typeStyles } from '../../canvas/type-styles.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { edgeTypeDefinition, edgeTypesInGraph } from '../../graph/type-labels.ts';
import { NodeShapeIcon } from '../legend/NodeShapeIcon.tsx';
import { plural } from '../plural.ts';
import { useExplorer } from '../store-context.ts';
import { TypeCheckboxGroup, type TypeOption } from './TypeCheckboxGroup.tsx';

function tally<T>(items: Iterable<T>, typeOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(typeOf(item), (counts.get(typeOf(item)) ?? 0) + 1);
  return counts;
}

/** Which entity types and which relation types are shown (null in the view: all of them). */
export function TypeFilters({ graph }: { graph: Graph }) {
  const { types, rels, dispatch } = useExplorer(
    useShallow((state) => ({ types: state.view.types, rels: state.view.rels, dispatch: state.dispatch })),
  );

  const entityOptions = useMemo((): TypeOption[] => {
    const counts = tally(graph.nodes.values(), (node) => node.type);
    return typeStyles(graph).map((style) => ({
      type: style.type,
      label: style.label,
      count: plural(counts.get(style.type) ?? 0, 'entity', 'entities'),
      swatch: <NodeShapeIcon color={style.color} shape={style.shape} size={14} />,
    }));
  }, [graph]);

  const relationOptions = useMemo((): TypeOption[] => {
    const counts = tally(graph.edges.values(), (edge) => edge.type);
    return edgeTypesInGraph(graph).map((type) => ({
      type,
      label: edgeTypeDefinition(graph, type).label,
      count: plural(counts.get(type) ?? 0, 'relation', 'relations'),
    }));
  }, [graph]);

  return (
    <div className="type-filters">
      <TypeCheckboxGroup
        legend="Entity types"
        options={entityOptions}
        shown={types}
        onChange={(shown) => dispatch({ type: 'setTypes', types: shown })}
      />
      <TypeCheckboxGroup
        legend="Relation types"
        options={relationOptions}
        shown={rels}
        onChange={(shown) => dispatch({ type: 'setRelations', rels: shown })}
      />
    </div>
  );
}
