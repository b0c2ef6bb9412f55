import { useEffect, useRef } from 'react';
import { mountCanvas } from '../../canvas/canvas-controller.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { useExplorerStore } from '../store-context.ts';

/** Hosts the Cytoscape canvas: one instance per graph, kept in step with the store by the canvas layer. */
export function GraphCanvas({ graph }: { graph: Graph }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useExplorerStore();
  useEffect(() => {
    if (!container.current) return undefined;
    const controller = mountCanvas(container.current, graph, store);
    return () => controller.destroy();
  }, [graph, store]);
  return (
    <div
      ref={container}
      className="graph-canvas"
      // Focusable, with its own keys (canvas/canvas-keyboard.ts): arrows move, Enter selects, + and − zoom.
      tabIndex={0}
      role="application"
      aria-roledescription="graph drawing"
      aria-label={`Graph drawing of ${graph.title}. Arrow keys move between entities, Enter selects, plus and minus zoom; the entity list and search reach every entity too.`}
      data-ready="true"
    />
  );
}
