import type { Theme } from '../view/reader-theme.ts';

/**
 * The canvas's colours in each theme. Type colours (Okabe–Ito) stay the same in both, so the legend
 * means one thing; what changes is what they are drawn on. Every node gets an outline of at least 3:1
 * against the background (WCAG 1.4.11: a light yellow or a black fill alone would not stand out), labels
 * keep 4.5:1 on their backing, and the highlight colours 3:1 — tests/unit/canvas-contrast.test.ts checks it.
 */
export interface CanvasPalette {
  /** Matches --canvas-bg in the page's CSS. */
  readonly background: string;
  readonly label: string;
  /** Drawn behind labels at `labelBackingOpacity`, over the background. */
  readonly labelBacking: string;
  readonly labelBackingOpacity: number;
  readonly nodeOutline: string;
  readonly edge: string;
  readonly edgeLabel: string;
  readonly hover: string;
  readonly selected: string;
  readonly path: string;
  /** The keyboard focus ring (the page's focus outline colour). */
  readonly focus: string;
}

export const CANVAS_PALETTES: Readonly<Record<Theme, CanvasPalette>> = {
  light: {
    background: '#ffffff',
    label: '#1f2328',
    labelBacking: '#ffffff',
    labelBackingOpacity: 0.75,
    nodeOutline: '#57606a',
    edge: '#6e7781',
    edgeLabel: '#57606a',
    hover: '#1f2328',
    selected: '#D55E00',
    path: '#A8508A',
    focus: '#0b5cad',
  },
  dark: {
    background: '#0d1117',
    label: '#e6edf3',
    labelBacking: '#0d1117',
    labelBackingOpacity: 0.75,
    nodeOutline: '#c9d1d9',
    edge: '#8b949e',
    edgeLabel: '#9ea7b3',
    hover: '#f0f6fc',
    selected: '#F0883E',
    path: '#E19BC9',
    focus: '#58a6ff',
  },
};
