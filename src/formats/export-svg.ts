import XMLBuilder from 'fast-xml-builder';
import type { Position } from '../graph/graph-model.ts';
import { xmlSafe } from './export-subgraph.ts';

/** What the canvas draws, in model coordinates: enough to redraw it as a vector picture. */
export interface Picture {
  readonly nodes: readonly PictureNode[];
  readonly edges: readonly PictureEdge[];
}

/** A node at its centre (`x`, `y`). */
export interface PictureNode extends Position {
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly round: boolean;
}

/** A straight line from end point to end point (where the canvas clips it at the nodes' borders). */
export interface PictureEdge {
  readonly from: Position;
  readonly to: Position;
  readonly color: string;
  readonly label: string;
  readonly dashed: boolean;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
});

const MARGIN = 40;
const round = (value: number): number => Math.round(value * 10) / 10;

/** A CSS colour as the canvas reported it, or a neutral grey for anything that is not plainly a colour. */
function safeColour(colour: string): string {
  return /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(colour.trim()) ? colour.trim() : '#888888';
}

/**
 * The picture as a standalone SVG document: edges as lines with arrow heads, nodes as ellipses or
 * rounded rectangles, labels as `<text>`. Every label is text content escaped by the XML builder
 * (a label `<script>` stays the seven characters it is), so the SVG opens safely anywhere.
 */
export function exportSvg(picture: Picture, title: string): string {
  const xs = picture.nodes.flatMap((node) => [node.x - node.width / 2, node.x + node.width / 2]);
  const ys = picture.nodes.flatMap((node) => [node.y - node.height / 2, node.y + node.height / 2 + 16]);
  const minX = Math.min(0, ...xs) - MARGIN;
  const minY = Math.min(0, ...ys) - MARGIN;
  const width = Math.max(0, ...xs) + MARGIN - minX;
  const height = Math.max(0, ...ys) + MARGIN - minY;
  const edges = picture.edges.map((edge) => ({
    '@x1': round(edge.from.x),
    '@y1': round(edge.from.y),
    '@x2': round(edge.to.x),
    '@y2': round(edge.to.y),
    '@stroke': safeColour(edge.color),
    '@stroke-width': 1.5,
    '@marker-end': 'url(#arrow)',
    ...(edge.dashed && { '@stroke-dasharray': '6 4' }),
    title: { '#text': xmlSafe(edge.label) },
  }));
  const nodes = picture.nodes.map((node) => ({
    rect: {
      '@x': round(node.x - node.width / 2),
      '@y': round(node.y - node.height / 2),
      '@width': round(node.width),
      '@height': round(node.height),
      '@rx': node.round ? round(node.width / 2) : 4,
      '@ry': node.round ? round(node.height / 2) : 4,
      '@fill': safeColour(node.color),
    },
    text: {
      '@x': round(node.x),
      '@y': round(node.y + node.height / 2 + 14),
      '@text-anchor': 'middle',
      '#text': xmlSafe(node.label),
    },
  }));
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    svg: {
      '@xmlns': 'http://www.w3.org/2000/svg',
      '@viewBox': `${round(minX)} ${round(minY)} ${round(width)} ${round(height)}`,
      '@width': Math.ceil(width),
      '@height': Math.ceil(height),
      '@font-family': 'system-ui, sans-serif',
      '@font-size': 12,
      title: { '#text': xmlSafe(title) },
      defs: {
        marker: {
          '@id': 'arrow',
          '@viewBox': '0 0 10 10',
          '@refX': 10,
          '@refY': 5,
          '@markerWidth': 6,
          '@markerHeight': 6,
          '@orient': 'auto-start-reverse',
          path: { '@d': 'M 0 0 L 10 5 L 0 10 z', '@fill': '#777777' },
        },
      },
      rect: {
        '@x': round(minX),
        '@y': round(minY),
        '@width': round(width),
        '@height': round(height),
        '@fill': '#ffffff',
      },
      g: [
        { '@class': 'edges', line: edges },
        { '@class': 'nodes', g: nodes },
      ],
    },
  });
}
