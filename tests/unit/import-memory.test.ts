import { describe, expect, it } from 'vitest';
import { browserImportMemory } from '../../src/sources/local-files.ts';

describe('what this browser keeps of the graphs it opened', () => {
  it('hands a lookup started at boot to the next read, and never a stale one', async () => {
    const memory = browserImportMemory();
    const kept = { options: { label: 'name' } };
    memory.prefetch?.('https://example.org/g.graphml');
    // The user chose a mapping after the lookup started: the read sees that mapping.
    await memory.put('https://example.org/g.graphml', kept);
    expect(await memory.get('https://example.org/g.graphml')).toEqual(kept);
    memory.prefetch?.('https://example.org/g.graphml');
    expect(await memory.get('https://example.org/g.graphml')).toEqual(kept);
    expect(await memory.get('https://example.org/other.json')).toBeUndefined();
  });
});
