/**
 * Hostile files too big or too broken to commit, made when the tests run (tests/fixtures/hostile/README.md).
 * `refused` files must end in the import report with `says` among its errors; `opened` files open, with
 * `says` where `in` says when they say something, and the canvas holding `ids`.
 */
export interface GeneratedFile {
  readonly name: string;
  readonly bytes: Buffer;
  readonly says?: string;
  /** Where an opened file's `says` shows: the import report's warnings, or a notice (about the bytes, before reading). */
  readonly in?: 'report' | 'notice';
}

const v1 = (nodes: string): string => `{"version":1,"id":"x","title":"Generated","edges":[],"nodes":[${nodes}]}`;

export function generatedHostileFiles(): {
  refused: (GeneratedFile & { says: string })[];
  opened: (GeneratedFile & { ids: string[] })[];
} {
  const deep = 100_000;
  return {
    refused: [
      {
        name: 'deep.json',
        bytes: Buffer.from(
          v1(`{"id":"a","label":"A","type":"person","attributes":{"x":${'['.repeat(deep)}${']'.repeat(deep)}}}`),
        ),
        says: 'nests arrays or objects more than 100 levels deep',
      },
      {
        name: 'deep.graphml',
        bytes: Buffer.from(
          `<graphml><graph edgedefault="directed">${'<node id="n"><graph>'.repeat(deep / 5)}${'</graph></node>'.repeat(deep / 5)}</graph></graphml>`,
        ),
        says: 'it nests elements too deeply',
      },
      {
        name: 'binary.json',
        bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00]),
        says: 'not a graph file',
      },
    ],
    opened: [
      {
        name: 'huge-label.json',
        bytes: Buffer.from(v1(`{"id":"huge","label":"${'H'.repeat(20_000_000)}","type":"person"}`)),
        says: 'nodes[0].label: 20,000,000 characters long; only the first 1,000 are shown',
        in: 'report',
        ids: ['huge'],
      },
      {
        name: 'invalid-utf8.csv',
        bytes: Buffer.concat([
          Buffer.from('Source,Target\nann,bob\nc'),
          Buffer.from([0xff, 0xc3, 0x28]),
          Buffer.from(',bob\n'),
        ]),
        says: 'is not valid UTF-8 text from line 3 (byte 23) on',
        in: 'notice',
        // What could not be read shows as U+FFFD, one for each broken sequence.
        ids: ['ann', 'bob', 'c\uFFFD\uFFFD('],
      },
      {
        name: 'utf16-bom.json',
        bytes: Buffer.concat([
          Buffer.from([0xff, 0xfe]),
          Buffer.from(v1('{"id":"栾剑","label":"栾剑","type":"person"}'), 'utf16le'),
        ]),
        ids: ['栾剑'],
      },
      {
        name: 'utf8-bom.csv',
        bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Source,Target\n栾剑,小米\n')]),
        ids: ['小米', '栾剑'],
      },
    ],
  };
}
