import type { StylesheetJson } from 'cytoscape';
import type { CanvasPalette } from './canvas-palette.ts';
import { GROUP_STYLES } from './group-styles.ts';
import { LABEL_FONT_SIZE } from './readable-labels.ts';
import type { TypeStyle } from './type-styles.ts';

/** Class names the canvas toggles; the stylesheet below gives them their look. */
export const CLASSES = {
  hidden: 'kg-hidden',
  selected: 'kg-selected',
  faded: 'kg-faded',
  highlighted: 'kg-highlighted',
  /** On a shortest path of the view's path; the rest of the visible graph is `offPath`. */
  onPath: 'kg-on-path',
  offPath: 'kg-off-path',
  /** The node the arrow keys reached on the focused canvas (canvas-keyboard.ts). */
  keyboardFocus: 'kg-keyboard-focus',
} as const;

/** Node size on the canvas; layouts space nodes of this size. */
export const NODE_SIZE = 34;

/** Above this many elements the canvas goes lean: no edge labels, labels only when zoomed in. */
export const LEAN_THRESHOLD = 3000;

function escapeSelectorValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * The canvas's stylesheet in a palette (light or dark). `groups`: the overview's selectors, only for a graph
 * that can show groups: every selector is matched against every element a filter restyles, so a smaller
 * graph goes without.
 */
export function buildStylesheet(
  styles: readonly TypeStyle[],
  lean: boolean,
  palette: CanvasPalette,
  groups = false,
): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: NODE_SIZE,
        height: NODE_SIZE,
        'font-size': LABEL_FONT_SIZE,
        'font-family': 'system-ui, sans-serif',
        color: palette.label,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': palette.labelBacking,
        'text-background-opacity': palette.labelBackingOpacity,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': palette.nodeOutline,
        ...(lean && { 'min-zoomed-font-size': 9 }),
      },
    },
    ...styles.map((style) => ({
      selector: `node[type = "${escapeSelectorValue(style.type)}"]`,
      style: { 'background-color': style.color, shape: style.shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': palette.edge,
        'target-arrow-color': palette.edge,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1,
        'curve-style': 'bezier',
        label: lean ? '' : 'data(label)',
        'font-size': 9,
        color: palette.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': palette.labelBacking,
        'text-background-opacity': palette.labelBackingOpacity,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'edge[?former]', style: { 'line-style': 'dashed' } },
    { selector: `.${CLASSES.hidden}`, style: { display: 'none' } },
    { selector: `.${CLASSES.faded}`, style: { opacity: 0.18 } },
    // Path classes are apart from hover's, so hovering and leaving a node never clears the path's fade.
    { selector: `.${CLASSES.offPath}`, style: { opacity: 0.15 } },
    {
      selector: `node.${CLASSES.onPath}`,
      style: { 'border-color': palette.path, 'border-width': 4, 'z-index': 9 },
    },
    {
      selector: `edge.${CLASSES.onPath}`,
      style: { width: 4, 'line-color': palette.path, 'target-arrow-color': palette.path, 'z-index': 9 },
    },
    {
      selector: `node.${CLASSES.highlighted}`,
      style: { 'border-color': palette.hover, 'border-width': 2.5 },
    },
    {
      selector: `edge.${CLASSES.highlighted}`,
      style: { width: 2.5, 'line-color': palette.hover, 'target-arrow-color': palette.hover },
    },
    {
      // Cytoscape's own selection state is the app's selection (DESIGN.md); its relations carry the class.
      selector: 'node:selected',
      style: {
        'border-color': palette.selected,
        'border-width': 5,
        width: 44,
        height: 44,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: { width: 2.5, 'line-color': palette.selected, 'target-arrow-color': palette.selected },
    },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12 } },
    {
      // A ring around the node, apart from the selection's border, so "here" and "chosen" never look alike.
      selector: `node.${CLASSES.keyboardFocus}`,
      style: {
        'underlay-color': palette.focus,
        'underlay-opacity': 1,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
      },
    },
    ...(groups ? GROUP_STYLES : []),
  ];
}
