import type { Page } from 'playwright-core';
import { waitForCameraToRest } from './canvas.ts';

const ARROWS = [
  { key: 'ArrowRight', dx: 1, dy: 0 },
  { key: 'ArrowLeft', dx: -1, dy: 0 },
  { key: 'ArrowDown', dx: 0, dy: 1 },
  { key: 'ArrowUp', dx: 0, dy: -1 },
] as const;

/** The node the canvas's keyboard focus ring is on, and where the target and it are drawn. */
function keyboardState(page: Page, target: string) {
  return page.evaluate((id) => {
    const cy = window.cy;
    if (!cy) throw new Error('no window.cy');
    const ring = cy.nodes('.kg-keyboard-focus');
    const to = cy.getElementById(id).renderedPosition();
    if (ring.empty()) return { focused: null, dx: 0, dy: 0 };
    const from = ring.first().renderedPosition();
    return { focused: ring.first().id(), dx: to.x - from.x, dy: to.y - from.y };
  }, target);
}

/**
 * Moves the canvas's keyboard focus to `id` with the arrow keys only, as a keyboard user would: focus
 * the canvas (Tab or a click elsewhere is the test's business), then press the arrow pointing most
 * nearly at the target, again and again. Another arrow whose direction also holds the target is
 * tried when a press leads back to a node already visited.
 */
export async function arrowTo(page: Page, id: string): Promise<void> {
  const visited = new Map<string, number>();
  for (let presses = 0; presses < 40; presses++) {
    await waitForCameraToRest(page);
    const { focused, dx, dy } = await keyboardState(page, id);
    if (focused === id) return;
    if (focused === null) {
      // The first arrow shows the ring on the node travel starts from.
      await page.keyboard.press('ArrowRight');
      continue;
    }
    const seen = visited.get(focused) ?? 0;
    visited.set(focused, seen + 1);
    const ranked = [...ARROWS].sort((a, b) => b.dx * dx + b.dy * dy - (a.dx * dx + a.dy * dy));
    const arrow = ranked[Math.min(seen, 1)] ?? ARROWS[0];
    await page.keyboard.press(arrow.key);
  }
  throw new Error(`the arrow keys did not reach ${id} in 40 presses`);
}
