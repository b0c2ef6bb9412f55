import { describe, expect, it } from 'vitest';
import { defaultLayout } from '../../src/view/default-layout.ts';
import { cleanLink } from '../../src/view/link/link-clean.ts';
import { linkNotice } from '../../src/view/link/link-messages.ts';
import { parseLink } from '../../src/view/link/link-parse.ts';
import { presetAvailable } from '../../src/view/preset-layout.ts';
import { makeGraph, organisation, person } from './support/graph-builder.ts';

/** The menu, the default layout and the link cleaner decide "Saved positions" by one rule. */

const empty = makeGraph({ nodes: [] });
const placed = makeGraph({
  nodes: [
    { ...person('a'), position: { x: 10, y: -20 } },
    { ...organisation('o'), position: { x: 300, y: 40 } },
  ],
});
const partly = makeGraph({ nodes: [{ ...person('a'), position: { x: 10, y: -20 } }, organisation('o')] });

describe('presetAvailable', () => {
  it('is true only when every node of a non-empty graph has a saved position', () => {
    expect(presetAvailable(placed)).toBe(true);
    expect(presetAvailable(partly)).toBe(false);
    expect(presetAvailable(empty)).toBe(false);
  });

  it('decides the default layout', () => {
    expect(defaultLayout(placed)).toBe('preset');
    expect(defaultLayout(partly)).toBe('fcose');
    expect(defaultLayout(empty)).toBe('fcose');
  });

  it('decides whether a link keeps layout=preset: an empty graph drops it, as the menu never offers it there', () => {
    expect(cleanLink(parseLink('#layout=preset'), placed)).toMatchObject({ state: { layout: 'preset' }, dropped: [] });
    for (const graph of [partly, empty]) {
      expect(cleanLink(parseLink('#layout=preset'), graph)).toMatchObject({
        state: { layout: null },
        dropped: [linkNotice.presetWithoutPositions()],
      });
    }
  });
});
