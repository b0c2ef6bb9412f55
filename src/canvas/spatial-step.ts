/** Moving between nodes with the arrow keys: which node lies next in a direction on screen. */

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

const AXES: Readonly<Record<Direction, { readonly dx: number; readonly dy: number }>> = {
  left: { dx: -1, dy: 0 },
  right: { dx: 1, dy: 0 },
  up: { dx: 0, dy: -1 },
  down: { dx: 0, dy: 1 },
};

/**
 * The node a keyboard user expects when pressing an arrow at `from`: among the nodes lying in that
 * direction (within 60° either side of it), the nearest, where sideways distance counts double, so
 * Right goes to the node beside, not to one far up and a little right. Undefined when none lies there.
 * @example spatialStep({ id: 'a', x: 0, y: 0 }, [{ id: 'b', x: 10, y: 1 }, { id: 'c', x: 0, y: 10 }], 'right') // 'b'
 */
export function spatialStep(from: Placed, others: Iterable<Placed>, direction: Direction): string | undefined {
  const { dx, dy } = AXES[direction];
  let best: { id: string; score: number } | undefined;
  for (const other of others) {
    if (other.id === from.id) continue;
    const ox = other.x - from.x;
    const oy = other.y - from.y;
    const along = ox * dx + oy * dy;
    const across = Math.abs(ox * dy - oy * dx);
    // In the direction at all, and within 60° of it (tan 60° ≈ 1.732).
    if (along <= 0 || across > along * 1.732) continue;
    const score = along + 2 * across;
    if (!best || score < best.score || (score === best.score && other.id < best.id)) best = { id: other.id, score };
  }
  return best?.id;
}

/** The arrow keys' directions; other keys are none. */
export function arrowDirection(key: string): Direction | undefined {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return undefined;
  }
}
