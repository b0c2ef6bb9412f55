import { parsePartialDate } from './partial-date.ts';

/**
 * Guesses the date someone meant when they wrote one the format does not take: `2023-4-1`,
 * `2023/04/01`, `1.4.2023`, `20230401`, or a day past the month's end (`2023-02-30` → its last day).
 * Undefined when nothing plausible comes out. Used by the link's notices and the As-of field.
 * @example suggestPartialDate('2023/4/1') // '2023-04-01'
 * @example suggestPartialDate('01.03.2023') // '2023-03-01'
 * @example suggestPartialDate('soon') // undefined
 */
export function suggestPartialDate(text: string): string | undefined {
  const trimmed = text.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(trimmed);
  const parts = compact ? compact.slice(1) : trimmed.split(/[-/.\s]+/);
  if (parts.length === 0 || parts.length > 3 || !parts.every((part) => /^\d{1,4}$/.test(part))) return undefined;
  // Day first (1.3.2023) when the year comes last.
  const ordered = parts.length === 3 && (parts[2] ?? '').length === 4 ? [...parts].reverse() : parts;
  const [year = '', month, day] = ordered;
  if (year.length !== 4) return undefined;
  const written = [year, month, day].filter((part) => part !== undefined).map((part) => part.padStart(2, '0'));
  const guess = written.join('-');
  if (parsePartialDate(guess)) return guess === trimmed ? undefined : guess;
  if (written.length !== 3) return undefined;
  // A day past the month's end: that month's last day.
  const monthOnly = parsePartialDate(written.slice(0, 2).join('-'));
  if (monthOnly?.month === undefined) return undefined;
  const last = new Date(Date.UTC(monthOnly.year, monthOnly.month, 0)).getUTCDate();
  return `${written.slice(0, 2).join('-')}-${String(last).padStart(2, '0')}`;
}
