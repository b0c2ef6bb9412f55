/**
 * Partial ISO dates as the file format allows them: `2023`, `2023-04` or `2023-04-14`.
 * Kept partial on purpose: "since April 2023" must not become "since 1 April 2023".
 */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** The original text, normalised (`2023-04`). */
  readonly iso: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * @example parsePartialDate('2023-04') // { year: 2023, month: 4, iso: '2023-04' }
 * @example parsePartialDate('2023-02-30') // undefined
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, iso: match[1] ?? '' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, iso: `${match[1]}-${match[2]}` };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, iso: `${match[1]}-${match[2]}-${match[3]}` };
}

/**
 * `parsePartialDate` remembering what it read: a large file writes the same few dozen dates on
 * thousands of relations, and each is parsed once (the dates are read-only, so relations share them).
 * One per file read, so what it remembers goes with the read.
 * @example const read = partialDateReader(); read('2023-04') === read('2023-04') // true
 */
export function partialDateReader(): (text: string) => PartialDate | undefined {
  const read = new Map<string, PartialDate | undefined>();
  return (text) => {
    let date = read.get(text);
    if (date === undefined && !read.has(text)) {
      date = parsePartialDate(text);
      read.set(text, date);
    }
    return date;
  };
}

/** "14 April 2023", "April 2023", "2023". */
export function formatPartialDate(date: PartialDate): string {
  const month = date.month === undefined ? undefined : MONTHS[date.month - 1];
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** The span of a relation in words: "since April 2023", "until 2020", "2019 – March 2021". */
export function formatSpan(start: PartialDate | undefined, end: PartialDate | undefined): string | undefined {
  if (start && end) return `${formatPartialDate(start)} – ${formatPartialDate(end)}`;
  if (start) return `since ${formatPartialDate(start)}`;
  if (end) return `until ${formatPartialDate(end)}`;
  return undefined;
}

/** Orders partial dates by their first day; a bare year sorts before its months. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
