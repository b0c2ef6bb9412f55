import { describe, expect, it } from 'vitest';
import { isShown, toggleType } from '../../src/view/type-selection.ts';

const ALL = ['person', 'organization', 'product'];

describe('type selection', () => {
  it('shows every type for null, else the listed ones', () => {
    expect(isShown(null, 'person')).toBe(true);
    expect(isShown(['product'], 'person')).toBe(false);
    expect(isShown(['product'], 'product')).toBe(true);
  });

  it('unticking from the default lists the rest, in graph order', () => {
    expect(toggleType(ALL, null, 'person', false)).toEqual(['organization', 'product']);
    expect(toggleType(ALL, ['product', 'organization'], 'product', false)).toEqual(['organization']);
    expect(toggleType(ALL, ['organization'], 'organization', false)).toEqual([]);
  });

  it('ticking keeps graph order and gives null once every type is back', () => {
    expect(toggleType(ALL, ['product'], 'person', true)).toEqual(['person', 'product']);
    expect(toggleType(ALL, ['organization', 'product'], 'person', true)).toBeNull();
    expect(toggleType(ALL, null, 'person', true)).toBeNull();
  });

  it('drops types the graph does not have', () => {
    expect(toggleType(ALL, ['gone', 'person'], 'product', true)).toEqual(['person', 'product']);
  });
});
