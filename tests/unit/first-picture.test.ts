import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { PREPARED_UP_TO, prepareFirstPicture } from '../../src/canvas/warm-up.ts';

const elements: ElementDefinition[] = [
  ...Array.from({ length: 20 }, (_, index) => ({
    data: { id: `n${index}`, label: `Entity ${index}` },
    position: { x: index * 40, y: (index % 5) * 30 },
  })),
  ...Array.from({ length: 19 }, (_, index) => ({
    data: { id: `e${index}`, source: `n${index}`, target: `n${index + 1}` },
  })),
];

/** Whether Cytoscape holds its frames back (`batching` is public API, missing from the typings). */
const batching = (cy: Core): boolean => (cy as unknown as { batching(): boolean }).batching();

describe('preparing the first picture', () => {
  it('draws the first view once, after the preparation, and leaves Cytoscape drawing again', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    let drawn = 0;
    await prepareFirstPicture(cy, () => (drawn += 1));
    expect(drawn).toBe(1);
    expect(batching(cy)).toBe(false);
  });

  it('fits the first view on the real sizes of what it adds and restyles', async () => {
    const style = [
      { selector: 'node', style: { width: 30, height: 30 } },
      { selector: '.bubble', style: { width: 300, height: 300 } },
    ];
    const cy = cytoscape({ headless: true, styleEnabled: true, elements, style });
    const measured: number[] = [];
    await prepareFirstPicture(cy, () => {
      // As the overview adds its bubbles and the first view sets classes, then fits.
      cy.add({ data: { id: 'bubble' }, position: { x: 0, y: 0 }, classes: 'bubble' });
      cy.$id('n0').addClass('bubble');
      measured.push(cy.$id('bubble').boundingBox({}).w, cy.$id('n0').boundingBox({}).w);
    });
    expect(measured.every((width) => width >= 300)).toBe(true);
  });

  it('draws a drawing of more than PREPARED_UP_TO elements at once, as before', async () => {
    const many: ElementDefinition[] = Array.from({ length: PREPARED_UP_TO + 1 }, (_, index) => ({
      data: { id: `m${index}` },
      position: { x: index, y: 0 },
    }));
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: many });
    let drawn = false;
    const preparing = prepareFirstPicture(cy, () => (drawn = true));
    expect(drawn).toBe(true);
    await preparing;
    expect(batching(cy)).toBe(false);
  });

  it('stops without drawing when the canvas is taken down meanwhile', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    let drawn = 0;
    const preparing = prepareFirstPicture(cy, () => (drawn += 1));
    cy.destroy();
    await preparing;
    expect(drawn).toBe(0);
  });

  it('passes on a failure of the first view, and Cytoscape still draws afterwards', async () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements });
    await expect(
      prepareFirstPicture(cy, () => {
        throw new Error('the view could not be applied');
      }),
    ).rejects.toThrow('the view could not be applied');
    expect(batching(cy)).toBe(false);
  });
});
