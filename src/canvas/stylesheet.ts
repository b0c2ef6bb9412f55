import type { StylesheetJson } from 'cytoscape';
import { GROUP_STYLES } from './group-styles.ts';
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
} as const;

/** Node size on the canvas; layouts space nodes of this size. */
export const NODE_SIZE = 34;

/** Above this many elements the canvas goes lean: no edge labels, labels only when zoomed in. */
export const LEAN_THRESHOLD = 3000;

function escapeSelectorValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * The canvas's stylesheet. `groups`: the overview's selectors, only for a graph that can show groups:
 * every selector is matched against every element a filter restyles, so a smaller graph goes without.
 */
export function buildStylesheet(styles: readonly TypeStyle[], lean: boolean, groups = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: NODE_SIZE,
        height: NODE_SIZE,
        'font-size': 12,
        'font-family': 'system-ui, sans-serif',
        color: '#1f2328',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': '#ffffff',
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
        'line-color': '#8c959f',
        'target-arrow-color': '#8c959f',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1,
        'curve-style': 'bezier',
        label: lean ? '' : 'data(label)',
        'font-size': 9,
        color: '#57606a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
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
      style: { 'border-color': '#CC79A7', 'border-width': 4, 'z-index': 9 },
    },
    {
      selector: `edge.${CLASSES.onPath}`,
      style: { width: 4, 'line-color': '#CC79A7', 'target-arrow-color': '#CC79A7', 'z-index': 9 },
    },
    {
      selector: `node.${CLASSES.highlighted}`,
      style: { 'border-color': '#1f2328', 'border-width': 2.5 },
    },
    {
      selector: `edge.${CLASSES.highlighted}`,
      style: { width: 2.5, 'line-color': '#57606a', 'target-arrow-color': '#57606a' },
    },
    {
      // Cytoscape's own selection state is the app's selection (DESIGN.md); its relations carry the class.
      selector: 'node:selected',
      style: {
        'border-color': '#D55E00',
        'border-width': 5,
        width: 44,
        height: 44,
        'font-weight': 'bold',
        'z-index': 10,
      },
    },
    {
      selector: `edge.${CLASSES.selected}`,
      style: { width: 2.5, 'line-color': '#D55E00', 'target-arrow-color': '#D55E00' },
    },
    { selector: 'node:active', style: { 'overlay-opacity': 0.12 } },
    ...(groups ? GROUP_STYLES : []),
  ];
}
