/**
 * Graph files are text, but a file from a stranger is bytes: UTF-8 with or without a BOM, UTF-16 (as
 * Windows tools save it, with its BOM), or broken UTF-8. The text is decoded by its BOM, else as
 * UTF-8; bytes that are not UTF-8 become U+FFFD and the result says where the first one was, so the
 * reader learns why a name looks wrong instead of seeing a silent �.
 */
export interface DecodedText {
  readonly text: string;
  /** The encoding read: `utf-8`, `utf-16le` or `utf-16be`. */
  readonly encoding: string;
  /** Byte offset of the first byte that is not UTF-8, when there is one. */
  readonly badByte?: number;
}

function encodingOf(bytes: Uint8Array): { encoding: string; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  return { encoding: 'utf-8', bom: 0 };
}

/** Where the first invalid UTF-8 sequence starts (a binary search over fatal decodes of prefixes). */
function firstBadByte(bytes: Uint8Array): number {
  // A prefix that decodes (stream: true allows a sequence cut at its end) has no bad byte yet.
  const decodes = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodes(middle)) good = middle;
    else bad = middle;
  }
  // The prefix may end inside the sequence that turned out bad: that sequence's lead byte is the place.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, good));
    return good;
  } catch {
    let start = good - 1;
    while (start > 0 && good - start < 4 && ((bytes[start] ?? 0) & 0xc0) === 0x80) start--;
    return start;
  }
}

/** The 1-based line a byte offset is on (lines end at LF, as in every editor). */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // { text: 'A', encoding: 'utf-8' }
 * @example decodeText(new Uint8Array([0x41, 0xff])).badByte // 1
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bom } = encodingOf(bytes);
  const body = bytes.subarray(bom);
  // ignoreBOM: the BOM was read above; a second one would be content.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  if (encoding !== 'utf-8') return { text, encoding };
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding };
  } catch {
    return { text, encoding, badByte: bom + firstBadByte(body) };
  }
}
