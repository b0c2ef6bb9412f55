import { describe, expect, it } from 'vitest';
import { decodeText, lineOfByte } from '../../src/sources/decode-text.ts';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and says nothing', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{"a":"栾剑"}')]))).toEqual({
      text: '{"a":"栾剑"}',
      encoding: 'utf-8',
    });
    expect(decodeText(new Uint8Array(utf8('id,label')))).toEqual({ text: 'id,label', encoding: 'utf-8' });
  });

  it('reads UTF-16 by its BOM, little- and big-endian', () => {
    const units = Array.from({ length: 7 }, (_, index) => '{"栾":1}'.charCodeAt(index));
    const le = [0xff, 0xfe, ...units.flatMap((unit) => [unit & 0xff, unit >> 8])];
    const be = [0xfe, 0xff, ...units.flatMap((unit) => [unit >> 8, unit & 0xff])];
    expect(decodeText(new Uint8Array(le))).toEqual({ text: '{"栾":1}', encoding: 'utf-16le' });
    expect(decodeText(new Uint8Array(be))).toEqual({ text: '{"栾":1}', encoding: 'utf-16be' });
  });

  it('says where UTF-8 first breaks: a stray byte, a cut sequence, an overlong form', () => {
    expect(decodeText(new Uint8Array([0x41, 0xff, 0x42])).badByte).toBe(1);
    // `栾` is e6 a0 be: cut after two bytes, the sequence starts at byte 2.
    const cut = decodeText(new Uint8Array([0x41, 0x42, 0xe6, 0xa0, 0x43]));
    expect(cut.badByte).toBe(2);
    expect(cut.text).toBe('AB�C');
    expect(decodeText(new Uint8Array([0x41, 0xc0, 0xaf])).badByte).toBe(1);
    // With a BOM, offsets still count from the start of the file.
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff])).badByte).toBe(4);
  });

  it('gives the line of a byte', () => {
    const bytes = new Uint8Array(utf8('a\nb\nc'));
    expect(lineOfByte(bytes, 0)).toBe(1);
    expect(lineOfByte(bytes, 4)).toBe(3);
  });
});
