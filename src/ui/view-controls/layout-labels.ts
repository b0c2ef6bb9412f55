import type { LayoutName } from '../../view/view-state.ts';

/** Layouts offered in the UI, with the words it uses. `preset` only when the file has positions. */
export const LAYOUT_LABELS: ReadonlyMap<LayoutName, string> = new Map([
  ['fcose', 'Force-directed'],
  ['concentric', 'Concentric by type'],
  ['hierarchy', 'Organisation hierarchy'],
  ['grouped', 'Grouped (overview)'],
  ['preset', 'Saved positions'],
]);
