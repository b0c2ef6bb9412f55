import type { CollectionReturnValue, Core, StylesheetJson } from 'cytoscape';
import type { Graph } from '../graph/graph-model.ts';
import type { ExplorerStore } from '../view/explorer-store.ts';
import { installCanvasKeyboard } from './canvas-keyboard.ts';
import type { CanvasPalette } from './canvas-palette.ts';
import { followTheme } from './canvas-theme.ts';
import { createLabelLanguage } from './label-language.ts';
import { installReadableLabels } from './readable-labels.ts';

export interface ReaderAids {
  /** Names the nodes in the view's language; `added` are elements the canvas just received. */
  showLabelsIn(lang: string | null, added: CollectionReturnValue): void;
  stop(): void;
}

/**
 * What the canvas does for its reader, apart from drawing the view: the keyboard (arrows, Enter, + and −,
 * announced), labels kept readable as the zoom changes (not in lean mode, where labels show only zoomed
 * in), the reader's theme followed live, and names in the language the view asks for.
 */
export function installReaderAids(
  cy: Core,
  container: HTMLElement,
  graph: Graph,
  store: ExplorerStore,
  options: { readonly lean: boolean; readonly stylesheet: (palette: CanvasPalette) => StylesheetJson },
): ReaderAids {
  const stopKeyboard = installCanvasKeyboard(cy, container, graph, store);
  const stopLabels = options.lean ? () => undefined : installReadableLabels(cy, graph);
  const stopTheme = followTheme(cy, options.stylesheet);
  return {
    showLabelsIn: createLabelLanguage(cy, graph),
    stop() {
      stopTheme();
      stopLabels();
      stopKeyboard();
    },
  };
}
