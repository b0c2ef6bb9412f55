import { encodeLinkId } from '../link/link-encoding.ts';

/**
 * Group keys are link text, so `open=` carries them as they are: ids percent-encoded one by one
 * (link-encoding.ts) leave no raw `:` or `,`, so a raw `:` can join the parts of a key.
 * - an organisation's group: its id, encoded (`ai-lab`, `%E5%B0%8F%E7%B1%B3`);
 * - the entities of one type under no organisation: `:` then the type (`:person`);
 * - the n-th run of a long list inside a group: the group's key, `:`, n (`:person:3`, `xiaomi:2`).
 */

/** @example entityGroupKey('ai lab') // 'ai%20lab' */
export function entityGroupKey(id: string): string {
  return encodeLinkId(id);
}

/** @example typeGroupKey('person') // ':person' */
export function typeGroupKey(type: string): string {
  return `:${encodeLinkId(type)}`;
}

/** @example chunkKey(':person', 3) // ':person:3' */
export function chunkKey(parent: string, index: number): string {
  return `${parent}:${index}`;
}
