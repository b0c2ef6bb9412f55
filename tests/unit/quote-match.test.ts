import { describe, expect, it } from 'vitest';
import { normaliseForQuote, quoteOccursIn } from '../../src/graph/quote-match.ts';

describe('normaliseForQuote', () => {
  it('folds curly single and double quotation marks to straight ones', () => {
    expect(normaliseForQuote('\u2018a\u2019 \u201Ab\u201B')).toBe("'a' 'b'");
    expect(normaliseForQuote('\u201Ca\u201D \u201Eb\u201D')).toBe('"a" "b"');
  });

  it('collapses runs of white space, no-break spaces and line breaks to one space', () => {
    expect(normaliseForQuote('and  will')).toBe('and will');
    expect(normaliseForQuote('a\u00A0\u00A0b\n\tc\u202Fd\u3000e')).toBe('a b c d e');
  });

  it('applies NFKC: compatibility forms and composed letters compare equal', () => {
    expect(normaliseForQuote('\uFF21\uFF29 \uFB01le')).toBe('AI file');
    expect(normaliseForQuote('Cafe\u0301')).toBe('Caf\u00E9');
  });

  it('keeps letters, case and other punctuation as they are', () => {
    expect(normaliseForQuote('GPT-3.5, Q&A!')).toBe('GPT-3.5, Q&A!');
  });
});

describe('quoteOccursIn', () => {
  const article = 'appointing Luan Jian as the head at its Technical Committee\u2019s AI Lab, and  will show';

  it('finds a quote written with straight quotes and single spaces', () => {
    expect(quoteOccursIn("its Technical Committee's AI Lab", article)).toBe(true);
    expect(quoteOccursIn('AI Lab, and will show', article)).toBe(true);
  });

  it('ignores white space around the quote', () => {
    expect(quoteOccursIn('  Luan Jian\n', article)).toBe(true);
  });

  it('rejects altered wording, different case and empty quotes', () => {
    expect(quoteOccursIn('appointing Luan Jian as head', article)).toBe(false);
    expect(quoteOccursIn('luan jian', article)).toBe(false);
    expect(quoteOccursIn(' \u00A0', article)).toBe(false);
  });
});
