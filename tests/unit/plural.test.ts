import { describe, expect, it } from 'vitest';
import { plural } from '../../src/ui/plural.ts';

describe('plural', () => {
  it('reads naturally', () => {
    expect(plural(0, 'person', 'people')).toBe('0 people');
    expect(plural(1, 'person', 'people')).toBe('1 person');
    expect(plural(5, 'person', 'people')).toBe('5 people');
    expect(plural(2, 'match', 'matches')).toBe('2 matches');
  });
});
