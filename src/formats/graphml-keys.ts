import { attribute, child, children, text, type XmlElement } from './xml-tree.ts';

/** A GraphML `<key>`: what a `<data key="…">` means. */
export interface GraphmlKey {
  readonly name: string;
  readonly for: string;
  readonly type: string | undefined;
  readonly default: string | undefined;
  /** yEd's node or edge graphics (`yfiles.type`): read for label, position and fill. */
  readonly graphics: boolean;
}

export function graphmlKeys(root: XmlElement): Map<string, GraphmlKey> {
  const keys = new Map<string, GraphmlKey>();
  for (const key of children(root, 'key')) {
    const id = attribute(key, 'id');
    if (id === undefined) continue;
    const yfiles = attribute(key, 'yfiles.type');
    keys.set(id, {
      name: attribute(key, 'attr.name') ?? id,
      for: attribute(key, 'for') ?? 'all',
      type: attribute(key, 'attr.type'),
      default: text(child(key, 'default')),
      graphics: yfiles === 'nodegraphics' || yfiles === 'edgegraphics',
    });
  }
  return keys;
}

/** The first element named `name` anywhere below `element` (yEd nests labels in shape elements). */
function find(element: XmlElement, name: string): XmlElement | undefined {
  const direct = child(element, name);
  if (direct) return direct;
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith('@') || key.startsWith('#') || !Array.isArray(value)) continue;
    for (const item of value) {
      if (item === null || typeof item !== 'object') continue;
      const found = find(item as XmlElement, name);
      if (found) return found;
    }
  }
  return undefined;
}

/** yEd graphics: `label` from NodeLabel/EdgeLabel, `x`/`y` from Geometry (centre), `color` from Fill. */
export function nodeGraphics(data: XmlElement): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const label = text(find(data, 'NodeLabel') ?? find(data, 'EdgeLabel'))?.trim();
  if (label) out.set('label', label);
  const geometry = find(data, 'Geometry');
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((name) => Number(attribute(geometry, name)));
  if (geometry && [x, y, w, h].every((value) => value !== undefined && Number.isFinite(value)))
    out.set('x', (x ?? 0) + (w ?? 0) / 2).set('y', (y ?? 0) + (h ?? 0) / 2);
  const fill = attribute(find(data, 'Fill'), 'color');
  if (fill !== undefined) out.set('color', fill);
  return out;
}
