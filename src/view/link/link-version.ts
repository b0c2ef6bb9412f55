import { decodeLinkValue, parseLinkNumber } from './link-encoding.ts';
import { linkNotice } from './link-messages.ts';
import { LINK_VERSION } from './link-params.ts';
import { linkParamName, type RawLink } from './link-parse.ts';

/**
 * Link versions. Version 0 links and links without `v` read exactly like version 1 today; when a
 * later version renames or reshapes a parameter, its migration goes in MIGRATIONS so old links
 * keep opening.
 */

/** `MIGRATIONS.get(n)` turns a version-n link into a version-(n+1) link. None needed yet. */
const MIGRATIONS: ReadonlyMap<number, (raw: RawLink) => RawLink> = new Map();

export interface LinkVersion {
  /** The version to read the link as. */
  readonly version: number;
  /** A sentence for the notice area, when the version is odd. */
  readonly notice?: string;
}

/**
 * Reads `v` (its first occurrence). Absent: the current version. Not a whole number: a notice, then
 * read as the current version. Newer than this code: a notice, then read as far as understood.
 * @example readLinkVersion(parseLink('v=2')) // { version: 2, notice: 'This link was made by a newer version…' }
 */
export function readLinkVersion(raw: RawLink): LinkVersion {
  const entry = raw.entries.find(({ name }) => linkParamName(name) === 'v');
  if (entry === undefined) return { version: LINK_VERSION };
  const text = decodeLinkValue(entry.value) ?? entry.value;
  const version = /^[-+]?\d+$/.test(text) ? parseLinkNumber(text) : undefined;
  if (version === undefined) return { version: LINK_VERSION, notice: linkNotice.badVersion(text) };
  if (version > LINK_VERSION) return { version, notice: linkNotice.newerVersion() };
  return { version };
}

/**
 * Brings an older link up to the current version, one step at a time.
 * @example migrateLink(parseLink('v=0&node=a'), 0) // the same entries: nothing to migrate yet
 */
export function migrateLink(raw: RawLink, version: number): RawLink {
  let link = raw;
  for (let step = Math.max(0, version); step < LINK_VERSION; step += 1) {
    const migration = MIGRATIONS.get(step);
    if (migration) link = migration(link);
  }
  return link;
}
