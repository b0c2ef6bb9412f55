import { describe, expect, it } from 'vitest';
import { date } from './support/dates.ts';
import { ALL_DATES, sliderModel } from '../../src/ui/as-of/as-of-slider.ts';

const ticks = ['2023', '2023-03', '2023-04-14'].map(date);

describe('sliderModel', () => {
  it('has one position per date in the graph, then "All dates" for no date', () => {
    const model = sliderModel(ticks, null);
    expect(model).toMatchObject({ max: 3, value: 3, valueText: ALL_DATES });
    expect([0, 1, 2, 3].map(model.dateAt)).toEqual(['2023', '2023-03', '2023-04-14', null]);
  });

  it("sits on the date's own tick, else on the latest tick not after it", () => {
    expect(sliderModel(ticks, date('2023-03'))).toMatchObject({ value: 1, valueText: 'March 2023' });
    expect(sliderModel(ticks, date('2023-03-20'))).toMatchObject({ value: 1, valueText: '20 March 2023' });
    expect(sliderModel(ticks, date('2024')).value).toBe(2);
    expect(sliderModel(ticks, date('1999')).value).toBe(0);
  });
});
