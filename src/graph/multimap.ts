/**
 * Appends `value` to the list kept under `key`, starting the list on first use: the one way this code
 * groups many values under a key (adjacency lists, entities by type, link values by name).
 * @example const byType = new Map<string, string[]>(); multimapPush(byType, 'person', 'ada'); // byType.get('person') → ['ada']
 */
export function multimapPush<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
