import type { Core } from 'cytoscape';
import type { Position } from '../graph/graph-model.ts';

/**
 * What the canvas shows, for the exporters: a PNG straight from Cytoscape (`cy.png`), the drawn
 * positions of the shown nodes, and a vector description of the picture for SVG. Reads the page's
 * one Cytoscape core (`window.cy`, the same the console and tests use); undefined before a graph is drawn.
 */

function core(): Core | undefined {
  return window.cy;
}

export interface PngOptions {
  /** True: the whole graph; false: what is in view now. */
  readonly full: boolean;
  readonly scale: 1 | 2;
}

export async function canvasPng(options: PngOptions): Promise<Blob | undefined> {
  const cy = core();
  if (!cy) return undefined;
  return cy.png({ output: 'blob-promise', full: options.full, scale: options.scale, bg: '#ffffff' });
}

/** Model positions of the nodes shown on the canvas. */
export function canvasPositions(): Map<string, Position> {
  const positions = new Map<string, Position>();
  core()
    ?.nodes(':visible')
    .forEach((node) => {
      positions.set(node.id(), { ...node.position() });
    });
  return positions;
}

export interface DrawnPicture {
  readonly nodes: Array<{
    label: string;
    x: number;
    y: number;
    width: number;
    height: number;
    color: string;
    round: boolean;
  }>;
  readonly edges: Array<{ from: Position; to: Position; color: string; label: string; dashed: boolean }>;
}

const styleText = (value: unknown): string => (typeof value === 'string' ? value : '');

export function canvasDrawing(): DrawnPicture {
  const cy = core();
  if (!cy) return { nodes: [], edges: [] };
  return {
    nodes: cy.nodes(':visible').map((node) => ({
      label: styleText(node.data('label')),
      ...node.position(),
      width: node.width(),
      height: node.height(),
      color: styleText(node.style('background-color')),
      round: styleText(node.style('shape')) === 'ellipse',
    })),
    edges: cy.edges(':visible').map((edge) => ({
      from: { ...edge.sourceEndpoint() },
      to: { ...edge.targetEndpoint() },
      color: styleText(edge.style('line-color')),
      label: styleText(edge.data('label')),
      dashed: styleText(edge.style('line-style')) === 'dashed',
    })),
  };
}
