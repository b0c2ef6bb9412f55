import { describe, expect, it } from 'vitest';
import { multimapPush } from '../../src/graph/multimap.ts';

describe('multimapPush', () => {
  it('starts a list on first use, then appends in order, repeats kept', () => {
    const map = new Map<string, string[]>();
    multimapPush(map, 'a', 'x');
    multimapPush(map, 'b', 'y');
    multimapPush(map, 'a', 'z');
    multimapPush(map, 'a', 'x');
    expect([...map]).toEqual([
      ['a', ['x', 'z', 'x']],
      ['b', ['y']],
    ]);
  });

  it('takes any key, __proto__ too', () => {
    const map = new Map<string, number[]>();
    multimapPush(map, '__proto__', 1);
    expect(map.get('__proto__')).toEqual([1]);
  });
});
