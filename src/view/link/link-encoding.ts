/**
 * How values are written as link text: ids percent-encoded one by one (so `,` `~` `:` `&` `#` inside an
 * id never read as separators), and numbers in plain decimal (never `1e21`, never `-0`).
 */

/** Characters encodeURIComponent leaves alone but that chat apps, Markdown or our own separators may eat. */
const EXTRA_ESCAPES = /[!'()*~]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeExtra(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Percent-encodes one id: encodeURIComponent plus `!'()*~`, so the result holds only
 * `A-Z a-z 0-9 - _ .` and `%XX` escapes. Never throws: a lone surrogate (not representable in UTF-8)
 * becomes U+FFFD, so such an id cannot round-trip, but the link is still written.
 * @example encodeLinkId('a,b') // 'a%2Cb'
 * @example encodeLinkId('x~y') // 'x%7Ey'
 * @example encodeLinkId('栾剑') // '%E6%A0%BE%E5%89%91'
 */
export function encodeLinkId(id: string): string {
  return encodeURIComponent(id.replace(LONE_SURROGATE, '\uFFFD')).replace(EXTRA_ESCAPES, escapeExtra);
}

/**
 * Decodes one percent-encoded value; undefined when an escape is malformed (`%E0%A4%A`, a lone `%`).
 * `+` stays `+`: a fragment is not a form.
 * @example decodeLinkValue('a%2Cb') // 'a,b'
 * @example decodeLinkValue('%E0%A4%A') // undefined
 */
export function decodeLinkValue(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * A number in plain decimal: no exponent, no trailing zeros, `-0` as `0`.
 * @example formatLinkNumber(1.25) // '1.25'
 * @example formatLinkNumber(-0) // '0'
 * @example formatLinkNumber(1e21) // '1000000000000000000000'
 */
export function formatLinkNumber(value: number): string {
  if (value === 0) return '0';
  if (Number.isInteger(value) && Math.abs(value) >= 1e21) return BigInt(value).toString();
  const text = String(value);
  return text.includes('e') ? value.toFixed(20).replace(/\.?0+$/, '') : text;
}

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads a decimal number; undefined for anything else (`''`, `0x10`, `Infinity`, ` 1`). The result may
 * still be infinite (`1e999`): callers check the range they need.
 * @example parseLinkNumber('-12.5') // -12.5
 * @example parseLinkNumber('abc') // undefined
 */
export function parseLinkNumber(text: string): number | undefined {
  return DECIMAL.test(text) ? Number(text) : undefined;
}

/**
 * `Math.round(-0.4)` is `-0`; canonical states hold plain zeros, so equal views compare equal.
 * @example plainZero(-0) // 0
 */
export function plainZero(value: number): number {
  return value === 0 ? 0 : value;
}
