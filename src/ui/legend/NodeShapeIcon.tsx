import type { NodeShape } from '../../canvas/type-styles.ts';
import { polygonPoints } from './node-shape-points.ts';

export interface NodeShapeIconProps {
  readonly shape: NodeShape;
  readonly color: string;
  readonly size?: number;
}

/** A node type's shape in its colour, as the canvas draws it. Decorative: the type's label names it. */
export function NodeShapeIcon({ shape, color, size = 16 }: NodeShapeIconProps) {
  const points = polygonPoints(shape, size);
  // An outline in the theme's node-outline colour (CSS, currentColor) keeps every fill visible, as on the canvas.
  const paint = { fill: color, stroke: 'currentColor', strokeWidth: 1 };
  const half = size / 2;
  return (
    <svg
      className="node-shape-icon"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
      focusable="false"
    >
      {points !== undefined ? (
        <polygon points={points} {...paint} />
      ) : shape === 'round-rectangle' ? (
        <rect x={1} y={1} width={size - 2} height={size - 2} rx={size / 5} {...paint} />
      ) : (
        <ellipse cx={half} cy={half} rx={half - 1} ry={half - 1} {...paint} />
      )}
    </svg>
  );
}
