import { describe, expect, it } from 'vitest';
import { arrowDirection, spatialStep } from '../../src/canvas/spatial-step.ts';
import {
  labelFontSize,
  LABEL_FONT_SIZE,
  LOWEST_COMPENSATED_ZOOM,
  MIN_SCREEN_FONT_SIZE,
} from '../../src/canvas/readable-labels.ts';

//      up
//  w   c   e      (c at the centre; n above, s below, far-ne up and a little right)
//      s
const nodes = [
  { id: 'c', x: 0, y: 0 },
  { id: 'e', x: 100, y: 5 },
  { id: 'w', x: -100, y: 0 },
  { id: 'n', x: 0, y: -100 },
  { id: 's', x: 10, y: 90 },
  { id: 'far-ne', x: 30, y: -200 },
];
const centre = { id: 'c', x: 0, y: 0 };

describe('arrow keys on the canvas', () => {
  it('go to the nearest node in that direction on screen', () => {
    expect(spatialStep(centre, nodes, 'right')).toBe('e');
    expect(spatialStep(centre, nodes, 'left')).toBe('w');
    expect(spatialStep(centre, nodes, 'up')).toBe('n');
    expect(spatialStep(centre, nodes, 'down')).toBe('s');
  });

  it('prefer a node straight ahead over a nearer one far to the side', () => {
    const ahead = { id: 'ahead', x: 120, y: 0 };
    const aside = { id: 'aside', x: 60, y: 90 };
    expect(spatialStep(centre, [ahead, aside], 'right')).toBe('ahead');
  });

  it('find nothing past the edge, and never the node itself', () => {
    expect(spatialStep({ id: 'e', x: 100, y: 5 }, nodes, 'right')).toBeUndefined();
    expect(spatialStep(centre, [centre], 'left')).toBeUndefined();
  });

  it('read the four arrow keys and nothing else', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(arrowDirection)).toEqual([
      'left',
      'right',
      'up',
      'down',
      undefined,
    ]);
  });
});

describe('readable labels', () => {
  it('keep the stylesheet size zoomed in, and at least 11 px on screen zoomed out to 0.25', () => {
    expect(labelFontSize(2)).toBe(LABEL_FONT_SIZE);
    expect(labelFontSize(1)).toBe(LABEL_FONT_SIZE);
    for (const zoom of [0.9, 0.6, 0.5, 0.41, 0.3, 0.25])
      expect(labelFontSize(zoom) * zoom).toBeGreaterThanOrEqual(MIN_SCREEN_FONT_SIZE);
    // Further out they shrink again rather than pile up.
    expect(labelFontSize(0.1)).toBe(labelFontSize(LOWEST_COMPENSATED_ZOOM));
  });
});
