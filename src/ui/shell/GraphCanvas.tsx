import { useEffect, useRef, useState } from 'react';
import { mountCanvas } from '../../canvas/canvas-controller.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { useExplorerStore } from '../store-context.ts';

/** Hosts the Cytoscape canvas: one instance per graph, kept in step with the store by the canvas layer. */
export function GraphCanvas({ graph }: { graph: Graph }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useExplorerStore();
  // A canvas that fails (drawing or applying a change) is handed to the error boundary around it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  useEffect(() => {
    if (!container.current) return undefined;
    let controller;
    try {
      controller = mountCanvas(container.current, graph, store);
    } catch (error) {
      setFailure({ error });
      return undefined;
    }
    controller.onError((error) => setFailure({ error }));
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
