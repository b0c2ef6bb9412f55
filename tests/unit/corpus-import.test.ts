import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, corpusDir, corpusMissingLine, mustUseCorpus } from '../support/corpus.ts';
import { messages, readText } from './support/read-text.ts';

if (!corpusDir) {
  if (mustUseCorpus) throw new Error(`CI=true: ${corpusMissingLine()}`);
  console.warn(`\n*** SKIPPED: the corpus import check: ${corpusMissingLine()}. ***\n`);
}

describe.skipIf(!corpusDir)('every file of the shared corpus, read in Node as the worker reads it', () => {
  it.each(CORPUS)('$path', ({ path, nodes, edges, broken }) => {
    const result = readText(readFileSync(`${corpusDir ?? ''}${path}`, 'utf8'), path);
    if (broken !== undefined) {
      expect(result.graph).toBeUndefined();
      expect(messages(result, 'errors').join('\n')).toContain(broken);
      return;
    }
    expect(messages(result, 'errors')).toEqual([]);
    expect(result.graph?.nodes.size).toBe(nodes);
    expect(result.graph?.edges.size).toBe(edges);
  });

  it('lists the corpus completely (a new file needs its counts here)', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = corpusDir ?? '';
    const files = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((folder) => readdirSync(`${dir}${folder.name}`).map((name) => `${folder.name}/${name}`));
    expect(files.sort()).toEqual(CORPUS.map((entry) => entry.path).sort());
  });
});
