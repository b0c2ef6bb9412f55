/**
 * Text as search compares it: case, accents and width folded, so "Zeng Xuezhóng", "ZENG XUEZHONG"
 * and full-width "ＺＥＮＧ" all meet "zeng xuezhong". CJK text passes through unchanged.
 */

// Letters that carry their mark inside the code point, so NFKD does not split them off.
const UNDECOMPOSED: ReadonlyMap<string, string> = new Map([
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ħ', 'h'],
  ['ı', 'i'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ß', 'ss'],
  ['þ', 'th'],
]);

const MARKS = /\p{M}+/gu;
const UNDECOMPOSED_PATTERN = /[øłđħıæœßþ]/g;
const SPACES = /\s+/gu;
const WORD_BREAKS = /[^\p{L}\p{N}]+/u;

/**
 * @example foldText('  Zeng  Xuezhóng ') // 'zeng xuezhong'
 * @example foldText('栾剑') // '栾剑'
 */
export function foldText(text: string): string {
  // NFKD splits accents off their letters and maps full-width forms to plain ones; NFC afterwards
  // puts Hangul syllables back together so Korean compares syllable by syllable.
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED.get(letter) ?? letter)
    .replace(SPACES, ' ')
    .trim();
}

/**
 * The words of folded text, punctuation dropped, so "gpt 3.5" and "GPT-3.5" have the same words.
 * @example foldedWords('gpt-3.5') // ['gpt', '3', '5']
 */
export function foldedWords(folded: string): string[] {
  return folded.split(WORD_BREAKS).filter((word) => word !== '');
}
