import type { Position } from '../../graph/graph-model.ts';

/** Room one node needs on a ring, and the first ring's radius, in model units (nodes are ~40 wide). */
const SPACING = 110;
const FIRST_RING = 240;
const RING_STEP = 150;

export interface PlacedNeighbourhood {
  readonly centre: string;
  /** Everything the neighbourhood reached, in any order (the layout sorts them). */
  readonly members: readonly string[];
}

function centroid(positions: ReadonlyMap<string, Position>, except: string): Position | undefined {
  let x = 0;
  let y = 0;
  let n = 0;
  for (const [id, position] of positions) {
    if (id === except) continue;
    x += position.x;
    y += position.y;
    n += 1;
  }
  return n === 0 ? undefined : { x: x / n, y: y / n };
}

/** Where a centre nothing links to goes: to the right of everything placed, so it overlaps nothing. */
function besideEverything(positions: ReadonlyMap<string, Position>): Position {
  if (positions.size === 0) return { x: 0, y: 0 };
  const xs = [...positions.values()].map((p) => p.x);
  const ys = [...positions.values()].map((p) => p.y);
  return { x: Math.max(...xs) + FIRST_RING * 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/**
 * Positions for a graph that grows a neighbourhood at a time: each centre keeps where it already was,
 * and what its neighbourhood adds goes on rings around it, starting on the side away from the rest of
 * the graph. Nodes placed earlier never move, so an expansion only adds; the same neighbourhoods in the
 * same order give the same picture (members are sorted), whatever order the endpoint answered in.
 */
export function neighbourhoodLayout(neighbourhoods: readonly PlacedNeighbourhood[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  for (const { centre, members } of neighbourhoods) {
    const anchor = positions.get(centre) ?? besideEverything(positions);
    positions.set(centre, anchor);
    const added = [...new Set(members)].filter((id) => !positions.has(id)).sort();
    if (added.length === 0) continue;
    const away = centroid(positions, centre);
    const startAngle = away ? Math.atan2(anchor.y - away.y, anchor.x - away.x) : -Math.PI / 2;
    let ring = 0;
    let index = 0;
    while (index < added.length) {
      const radius = FIRST_RING + ring * RING_STEP;
      const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / SPACING));
      const onRing = added.slice(index, index + capacity);
      onRing.forEach((id, k) => {
        // Spread from the far side outwards, alternating sides, so a small neighbourhood faces away.
        const step = (2 * Math.PI) / Math.max(onRing.length, 6);
        const offset = k === 0 ? 0 : Math.ceil(k / 2) * step * (k % 2 === 1 ? 1 : -1);
        const angle = startAngle + offset + ring * (step / 2);
        positions.set(id, {
          x: Math.round(anchor.x + radius * Math.cos(angle)),
          y: Math.round(anchor.y + radius * Math.sin(angle)),
        });
      });
      index += onRing.length;
      ring += 1;
    }
  }
  return positions;
}
