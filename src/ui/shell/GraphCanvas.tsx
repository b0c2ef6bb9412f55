import { useContext, useEffect, useRef, useState } from 'react';
import type { CanvasController } from '../../canvas/canvas-controller.ts';
import type { Graph } from '../../graph/graph-model.ts';
import { LayoutProgress } from '../layout/LayoutProgress.tsx';
import { GraphSourceContext } from '../source-context.ts';
import { useExplorerStore } from '../store-context.ts';

/** The canvas code, asked for once: `preloadCanvas` starts it while the graph file is still loading. */
let canvasModule: Promise<typeof import('../../canvas/canvas-controller.ts')> | undefined;
export function preloadCanvas(): Promise<typeof import('../../canvas/canvas-controller.ts')> {
  // A load that failed (a dropped connection) is forgotten, so "Try again" loads it again.
  canvasModule ??= import('../../canvas/canvas-controller.ts').catch((error: unknown) => {
    canvasModule = undefined;
    throw error;
  });
  return canvasModule;
}

/**
 * Hosts the Cytoscape canvas: one instance per graph, kept in step with the store by the canvas layer.
 * The canvas code (Cytoscape) loads on demand, alongside the graph file, so the first screen's script
 * stays small; `data-ready` turns true once it draws.
 */
export interface GraphCanvasProps {
  readonly graph: Graph;
  /** Called once the first picture is drawn, or the canvas has failed (and is about to say so). */
  readonly onSettled?: () => void;
}

export function GraphCanvas({ graph, onSettled }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const store = useExplorerStore();
  const source = useContext(GraphSourceContext);
  const [controller, setController] = useState<CanvasController | null>(null);
  // Read when the drawing settles, so a new callback does not redraw the graph.
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);
  // A canvas that fails (loading, drawing or applying a change) is handed to the error boundary around it.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  if (failure) throw failure.error;
  useEffect(() => {
    let stopped = false;
    let mounted: CanvasController | undefined;
    const ref = store.getState().view.graph;
    const layouts = source?.precomputedLayouts?.(ref).catch(() => undefined);
    void Promise.all([preloadCanvas(), layouts])
      // Evaluating Cytoscape and drawing the graph are two tasks, not one long one: let input in between.
      .then((loaded) => new Promise<typeof loaded>((resolve) => setTimeout(() => resolve(loaded), 0)))
      .then(([canvas, precomputed]) =>
        stopped || !container.current ? undefined : canvas.mountCanvas(container.current, graph, store, precomputed),
      )
      .then((drawn) => {
        if (!drawn) return;
        // Unmounted (another graph, a reset) while the first picture was being prepared.
        if (stopped) {
          drawn.destroy();
          return;
        }
        mounted = drawn;
        mounted.onError((error) => setFailure({ error }));
        setController(mounted);
        settled.current?.();
      })
      .catch((error: unknown) => {
        if (stopped) return;
        settled.current?.();
        setFailure({ error });
      });
    return () => {
      stopped = true;
      mounted?.destroy();
      setController(null);
    };
  }, [graph, store, source]);
  return (
    <>
      <div
        ref={container}
        className="graph-canvas"
        // Focusable, with its own keys (canvas/canvas-keyboard.ts): arrows move, Enter selects, + and − zoom.
        tabIndex={0}
        role="application"
        aria-roledescription="graph drawing"
        aria-label={`Graph drawing of ${graph.title}. Arrow keys move between entities, Enter selects, plus and minus zoom; the entity list and search reach every entity too.`}
        data-ready={controller ? 'true' : 'false'}
      />
      {controller && <LayoutProgress controller={controller} />}
    </>
  );
}
