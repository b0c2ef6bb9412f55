import { useId, useMemo, useState } from 'react';
import { typeStyles } from '../../canvas/type-styles.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { edgeTypeDefinition, edgeTypesInGraph } from '../../graph/type-labels.ts';
import { DisclosureButton } from '../DisclosureButton.tsx';
import { useExplorer } from '../store-context.ts';
import { LegendKey } from './LegendKey.tsx';
import './legend.css';

/** The legend under the canvas: node types by colour and shape, relation types, line styles. Collapsible. */
export function Legend({ graph }: { graph: Graph }) {
  const [open, setOpen] = useState(true);
  const pathShown = useExplorer((state) => state.view.path !== null);
  const bodyId = useId();
  const key = useMemo(
    () => ({
      nodeTypes: typeStyles(graph),
      relations: edgeTypesInGraph(graph).map((type) => ({ type, label: edgeTypeDefinition(graph, type).label })),
      hasFormer: [...graph.edges.values()].some((edge) => edge.former),
    }),
    [graph],
  );

  return (
    <section aria-label="Legend" className={open ? 'legend' : 'legend legend-collapsed'}>
      <DisclosureButton open={open} controls={bodyId} className="legend-toggle" onToggle={() => setOpen(!open)}>
        {open ? 'Hide legend' : 'Show legend'}
      </DisclosureButton>
      <div id={bodyId} className="legend-body" hidden={!open}>
        {open && <LegendKey {...key} pathShown={pathShown} />}
      </div>
    </section>
  );
}
