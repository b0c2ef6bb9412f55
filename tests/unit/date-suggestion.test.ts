import { describe, expect, it } from 'vitest';
import { suggestPartialDate } from '../../src/graph/date-suggestion.ts';

describe('suggestPartialDate', () => {
  it('pads and reorders what people write for a date', () => {
    expect(suggestPartialDate('2023-3-1')).toBe('2023-03-01');
    expect(suggestPartialDate('2023/04/14')).toBe('2023-04-14');
    expect(suggestPartialDate('2023.4')).toBe('2023-04');
    expect(suggestPartialDate('1.3.2023')).toBe('2023-03-01');
    expect(suggestPartialDate('20230301')).toBe('2023-03-01');
  });

  it("takes the month's last day for a day past its end", () => {
    expect(suggestPartialDate('2023-02-30')).toBe('2023-02-28');
    expect(suggestPartialDate('2024-02-31')).toBe('2024-02-29');
  });

  it('suggests nothing for a valid date, a month that does not exist, or words', () => {
    expect(suggestPartialDate('2023-04')).toBeUndefined();
    expect(suggestPartialDate('2023-13')).toBeUndefined();
    expect(suggestPartialDate('2023-13-01')).toBeUndefined();
    expect(suggestPartialDate('yesterday')).toBeUndefined();
    expect(suggestPartialDate('23-04')).toBeUndefined();
    expect(suggestPartialDate('')).toBeUndefined();
  });
});
