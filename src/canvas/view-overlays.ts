import { NO_REVEAL } from '../view/overview/overview-scene.ts';
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Graph } from '../graph/graph-model.ts';
import type { PathsResult } from '../graph/shortest-paths.ts';
import { createPathSelector, pathElementIds } from '../view/path-finding.ts';
import type { ViewState } from '../view/view-state.ts';
import type { VisibleSet } from '../view/visible-set.ts';
import { createAsOfLines } from './as-of-lines.ts';
import { createPathHighlighter } from './path-highlight.ts';

export interface ViewOverlays {
  /** The entities the overview must draw whatever their group: the path's ends and every entity on it. */
  reveal(visible: VisibleSet, view: ViewState): ReadonlySet<string>;
  /** Path highlight and as-of lines for `view`; `added` are elements the canvas just received. */
  apply(visible: VisibleSet, view: ViewState, added: CollectionReturnValue): void;
}

/**
 * What the view draws over the scene: the shortest paths (highlighted, the rest faded) and relations
 * ended as of the date (dashed). Elements added later (an overview group opened) get the same look.
 */
export function createViewOverlays(cy: Core, graph: Graph): ViewOverlays {
  const pathsOf = createPathSelector();
  const highlightPaths = createPathHighlighter(cy);
  const drawAsOf = createAsOfLines(cy, graph);
  let revealed: { paths: PathsResult | null; ends: ViewState['path']; ids: ReadonlySet<string> } | undefined;
  return {
    reveal(visible, view) {
      const paths = pathsOf(graph, visible, view);
      if (revealed?.paths !== paths || revealed.ends !== view.path) {
        const ids = paths ? pathElementIds(paths) : new Set<string>();
        if (view.path) ids.add(view.path.from).add(view.path.to);
        revealed = { paths, ends: view.path, ids: ids.size > 0 ? ids : NO_REVEAL };
      }
      return revealed.ids;
    },
    apply(visible, view, added) {
      drawAsOf(view.asof, added);
      highlightPaths(pathsOf(graph, visible, view), added);
    },
  };
}
