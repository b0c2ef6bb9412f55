import { createSceneSelector } from './overview/scene-selector.ts';
import { perStore } from './per-store.ts';
import { createVisibleSetSelector } from './visible-set.ts';

/**
 * The visible set and the overview's scene of one explorer: one computation each, shared by its panels
 * and its canvas (a filter change on a 20,000-entity graph works them out once, not once per reader).
 */
export const storeVisibleSet = perStore(createVisibleSetSelector);
export const storeScene = perStore(createSceneSelector);
