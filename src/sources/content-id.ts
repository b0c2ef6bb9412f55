/**
 * A stable id for a file the user opened, so a link to a view of it keeps working in this browser:
 * `file:` + the file name made link-friendly + a hash of the content. The same file opened twice gets
 * the same id; an edited file gets a new one (its old links must not show a different graph).
 * @example localGraphId([{ name: 'My Graph.gexf', text: '<gexf/>' }]) // 'file:my-graph-gexf-3b9c…'
 */

export const LOCAL_PREFIX = 'file:';

export function isLocalRef(ref: string): boolean {
  return ref.startsWith(LOCAL_PREFIX);
}

/** FNV-1a over UTF-16 code units, two seeds for 64 bits: collisions need ~4 billion files. */
function hash(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return base === '' ? 'graph' : base;
}

export function localGraphId(files: readonly { readonly name: string; readonly text: string }[]): string {
  const names = files.map((file) => file.name).join('+');
  const content = files.map((file) => `${file.name}\u0000${file.text}`).join('\u0001');
  return `${LOCAL_PREFIX}${slug(names)}-${hash(content, 0x811c9dc5)}${hash(content, 0x01234567)}`;
}
