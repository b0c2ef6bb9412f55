import { describe, expect, it } from 'vitest';
import { didYouMean, didYouMeanSuffix } from '../../src/graph/did-you-mean.ts';

describe('didYouMean', () => {
  it('suggests a near miss', () => {
    expect(didYouMean('wang-bn', ['lei-jun', 'wang-bin', 'luan-jian'])).toBe('wang-bin');
    expect(didYouMeanSuffix('persn', ['person', 'product'])).toBe(' — did you mean "person"?');
  });

  it('suggests nothing for a different word', () => {
    expect(didYouMean('zhang-san', ['wang-bin', 'lei-jun'])).toBeUndefined();
    expect(didYouMeanSuffix('zhang-san', ['wang-bin'])).toBe('');
  });

  it('does not guess for very short ids, except for a difference of case', () => {
    expect(didYouMean('b', ['a'])).toBeUndefined();
    expect(didYouMean('ab', ['ac'])).toBeUndefined();
    expect(didYouMean('AB', ['ab'])).toBe('ab');
  });

  it('allows more edits for longer ids', () => {
    expect(didYouMean('large-modle-taem', ['large-model-team'])).toBe('large-model-team');
  });
});
