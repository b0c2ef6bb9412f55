import type { NodeShape } from '../../canvas/type-styles.ts';

/**
 * Polygon outlines of Cytoscape's node shapes on a unit box (-1…1, y down) as flat x,y lists, for
 * legend icons that look like the canvas. Ellipse and round-rectangle are SVG primitives instead.
 */

function regular(sides: number, startAngle: number, squashY = 1): number[] {
  return Array.from({ length: sides }, (_, k) => {
    const angle = startAngle + (2 * Math.PI * k) / sides;
    return [Math.cos(angle), Math.sin(angle) * squashY];
  }).flat();
}

function star(points: number, inner: number): number[] {
  return Array.from({ length: points * 2 }, (_, k) => {
    const angle = -Math.PI / 2 + (Math.PI * k) / points;
    const radius = k % 2 === 0 ? 1 : inner;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  }).flat();
}

const UNIT_POLYGONS: ReadonlyMap<NodeShape, readonly number[]> = new Map<NodeShape, readonly number[]>([
  ['diamond', [0, -1, 1, 0, 0, 1, -1, 0]],
  ['triangle', [0, -1, 1, 1, -1, 1]],
  // Cytoscape's hexagon has points left and right, flat top and bottom.
  ['hexagon', regular(6, 0, 0.9)],
  ['octagon', regular(8, Math.PI / 8)],
  ['star', star(5, 0.45)],
  // A chevron pointing down, as Cytoscape's "vee".
  ['vee', [-1, -1, 0, -0.33, 1, -1, 0, 1]],
]);

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The shape's polygon as an SVG `points` attribute in a `size`×`size` box, or undefined for
 * the shapes that are not polygons.
 * @example polygonPoints('diamond', 10) // '5,1 9,5 5,9 1,5'
 */
export function polygonPoints(shape: NodeShape, size: number, inset = 1): string | undefined {
  const unit = UNIT_POLYGONS.get(shape);
  if (!unit) return undefined;
  const half = size / 2;
  const radius = half - inset;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < unit.length; i += 2) {
    pairs.push(`${round(half + (unit[i] ?? 0) * radius)},${round(half + (unit[i + 1] ?? 0) * radius)}`);
  }
  return pairs.join(' ');
}
