import type { StylesheetJson } from 'cytoscape';

/**
 * The overview's look: a closed group is a tinted bubble of its type's colour with its name and
 * count, always readable (its label scales with it); an open group is a faint dashed frame that
 * clicks pass through; links between groups are plain lines as thick as the log of their count.
 * Class names are spelled out here (group-elements.ts exports them as GROUP_CLASSES).
 */
export const GROUP_STYLES: StylesheetJson = [
  {
    selector: 'node.kg-group',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'background-opacity': 0.3,
      'border-color': 'data(color)',
      'border-width': 3,
      label: 'data(label)',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-wrap': 'wrap',
      'text-max-width': 'data(size)',
      'text-background-opacity': 0,
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'node.kg-frame',
    style: {
      shape: 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      'background-color': 'data(color)',
      'background-opacity': 0.05,
      'border-color': 'data(color)',
      'border-width': 2,
      'border-style': 'dashed',
      label: 'data(label)',
      'text-valign': 'top',
      'text-margin-y': 0,
      'text-background-opacity': 0,
      'font-size': 'data(fontSize)',
      'min-zoomed-font-size': 0,
      events: 'no',
    },
  },
  {
    selector: 'edge.kg-link',
    style: {
      width: 'data(width)',
      'line-color': '#b6bdc5',
      'target-arrow-shape': 'none',
      'curve-style': 'straight',
      label: '',
      events: 'no',
    },
  },
];
