import { describe, expect, it } from 'vitest';
import { CANVAS_PALETTES } from '../../src/canvas/canvas-palette.ts';
import { composite, contrastRatio } from './support/contrast.ts';

// The canvas is pixels, so axe cannot check it: its colours are checked here, in both themes, with
// WCAG's formulas (text 4.5:1 on what it is drawn on; outlines and highlights, non-text, 3:1).
describe.each(['light', 'dark'] as const)('the %s canvas palette', (theme) => {
  const palette = CANVAS_PALETTES[theme];
  const backing = composite(palette.labelBacking, palette.labelBackingOpacity, palette.background);

  it('draws node and edge labels at 4.5:1 or more on their backing', () => {
    expect(contrastRatio(palette.label, backing)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.edgeLabel, backing)).toBeGreaterThanOrEqual(4.5);
  });

  it('outlines every node, draws edges and highlights at 3:1 or more on the background', () => {
    for (const colour of [
      palette.nodeOutline,
      palette.edge,
      palette.hover,
      palette.selected,
      palette.path,
      palette.focus,
    ])
      expect(contrastRatio(colour, palette.background), colour).toBeGreaterThanOrEqual(3);
  });

  it('keeps the selection and the path apart from ordinary edges', () => {
    expect(palette.selected).not.toBe(palette.edge);
    expect(palette.path).not.toBe(palette.selected);
  });
});

describe('contrast ratio', () => {
  it('gives WCAG’s figures for known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
  });

  it('composites a translucent colour over another', () => {
    expect(composite('#000000', 0.5, '#ffffff')).toBe('#808080');
  });
});
