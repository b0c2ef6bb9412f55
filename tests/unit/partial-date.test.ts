import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  formatPartialDate,
  formatSpan,
  parsePartialDate,
  partialDateReader,
  type PartialDate,
} from '../../src/graph/partial-date.ts';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (!parsed) throw new Error(`"${text}" should parse`);
  return parsed;
}

describe('parsePartialDate', () => {
  it('keeps the precision written: year, month or day', () => {
    expect(parsePartialDate('2023')).toStrictEqual({ year: 2023, iso: '2023' });
    expect(parsePartialDate('2023-04')).toStrictEqual({ year: 2023, month: 4, iso: '2023-04' });
    expect(parsePartialDate('2023-04-14')).toStrictEqual({ year: 2023, month: 4, day: 14, iso: '2023-04-14' });
  });

  it('ignores white space around the date', () => {
    expect(parsePartialDate(' 2023-04\n')?.iso).toBe('2023-04');
  });

  it('knows month lengths and leap years', () => {
    expect(parsePartialDate('2024-02-29')?.day).toBe(29);
    expect(parsePartialDate('2000-02-29')?.day).toBe(29);
    expect(parsePartialDate('2023-04-30')?.day).toBe(30);
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('1900-02-29')).toBeUndefined();
    expect(parsePartialDate('2023-02-30')).toBeUndefined();
    expect(parsePartialDate('2023-04-31')).toBeUndefined();
  });

  it.each([
    '2023-13',
    '2023-00',
    '2023-04-00',
    '2023-4',
    '2023-04-1',
    '23',
    '20230',
    'April 2023',
    '14/04/2023',
    '2023-04-14T10:00',
    '',
  ])('refuses "%s"', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });
});

describe('partialDateReader', () => {
  it('reads each text as parsePartialDate does, refusals included', () => {
    const read = partialDateReader();
    for (const text of ['2023', '2023-04', '2023-04-14', ' 2023-04\n', '2023-02-30', 'April 2023', '']) {
      expect(read(text)).toStrictEqual(parsePartialDate(text));
      expect(read(text)).toStrictEqual(parsePartialDate(text));
    }
  });

  it('gives the relations that share a date one date', () => {
    const read = partialDateReader();
    expect(read('2023-04')).toBe(read('2023-04'));
    // Another read (another file) remembers nothing of this one.
    expect(partialDateReader()('2023-04')).not.toBe(read('2023-04'));
  });
});

describe('formatPartialDate', () => {
  it('writes day month year, month year, or the year alone', () => {
    expect(formatPartialDate(date('2023-04-14'))).toBe('14 April 2023');
    expect(formatPartialDate(date('2023-04'))).toBe('April 2023');
    expect(formatPartialDate(date('2023'))).toBe('2023');
    expect(formatPartialDate(date('2020-01-01'))).toBe('1 January 2020');
    expect(formatPartialDate(date('2020-12'))).toBe('December 2020');
  });
});

describe('formatSpan', () => {
  it('says since, until, or a range, each end at its own precision', () => {
    expect(formatSpan(date('2023-04'), undefined)).toBe('since April 2023');
    expect(formatSpan(undefined, date('2020'))).toBe('until 2020');
    expect(formatSpan(date('2019'), date('2021-03'))).toBe('2019 – March 2021');
    expect(formatSpan(date('2023-04-14'), date('2023-04-30'))).toBe('14 April 2023 – 30 April 2023');
  });

  it('has nothing to say without dates', () => {
    expect(formatSpan(undefined, undefined)).toBeUndefined();
  });
});

describe('comparePartialDates', () => {
  it('orders by year, then month, then day', () => {
    expect(comparePartialDates(date('2022-12-31'), date('2023'))).toBeLessThan(0);
    expect(comparePartialDates(date('2023-05'), date('2023-04-30'))).toBeGreaterThan(0);
    expect(comparePartialDates(date('2023-04-14'), date('2023-04-14'))).toBe(0);
  });

  it('puts a bare year before its months and a month before its days', () => {
    const texts = ['2023-04-14', '2023', '2022-06', '2023-04', '2023-01-02'];
    expect(
      texts
        .map(date)
        .sort(comparePartialDates)
        .map((d) => d.iso),
    ).toEqual(['2022-06', '2023', '2023-01-02', '2023-04', '2023-04-14']);
  });
});
