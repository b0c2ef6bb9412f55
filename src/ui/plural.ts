/**
 * A count with its noun in the right number, for counts shown in the UI.
 * @example plural(1, 'person', 'people') // '1 person'
 * @example plural(0, 'match', 'matches') // '0 matches'
 */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
