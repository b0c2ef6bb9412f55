import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

// Lints probe files with the project's real ESLint config: imports that point up the layers
// (ui → canvas → view → sources → formats → graph, as DESIGN.md's table allows) and import cycles must be
// errors, or the architecture can rot silently.
const root = fileURLToPath(new URL('../../', import.meta.url));
const probe = `lint-probe-${process.pid}`;
const written: string[] = [];
// A layer folder may not exist yet (formats/ waits for its first importer): made for the probes, then removed.
const madeFolders: string[] = [];

function write(path: string, code: string): string {
  const full = `${root}${path}`;
  const folder = full.slice(0, full.lastIndexOf('/'));
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.push(folder);
  }
  writeFileSync(full, code);
  written.push(full);
  return full;
}

async function ruleIds(file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintFiles([file]);
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
  for (const folder of madeFolders) rmSync(folder, { recursive: true, force: true });
});

describe('lint keeps the layers one-way and forbids cycles', () => {
  it('refuses graph/ importing view/, and view/ importing canvas/', async () => {
    const up = write(
      `src/graph/${probe}-up.ts`,
      "import { defaultView } from '../view/view-state.ts';\nexport const view = defaultView('g');\n",
    );
    const across = write(
      `src/view/${probe}-across.ts`,
      "import { CLASSES } from '../canvas/stylesheet.ts';\nexport const hidden = CLASSES.hidden;\n",
    );
    expect(await ruleIds(up)).toContain('import-x/no-restricted-paths');
    expect(await ruleIds(across)).toContain('import-x/no-restricted-paths');
  }, 60_000);

  it('refuses sources/ importing view/, formats/ importing sources/, view/ importing formats/, canvas/ importing sources/', async () => {
    const format = write(`src/formats/${probe}-format.ts`, "export const FORMAT = 'probe';\n");
    const sourceUp = write(
      `src/sources/${probe}-up.ts`,
      "import { defaultView } from '../view/view-state.ts';\nexport const view = defaultView('g');\n",
    );
    const formatUp = write(
      `src/formats/${probe}-up.ts`,
      "import type { GraphSource } from '../sources/graph-source.ts';\nexport type Source = GraphSource;\n",
    );
    const viewToFormat = write(
      `src/view/${probe}-format.ts`,
      `import { FORMAT } from '../formats/${probe}-format.ts';\nexport const format = FORMAT;\n`,
    );
    const canvasToSource = write(
      `src/canvas/${probe}-source.ts`,
      "import type { GraphSource } from '../sources/graph-source.ts';\nexport type Source = GraphSource;\n",
    );
    for (const file of [sourceUp, formatUp, viewToFormat, canvasToSource]) {
      expect(await ruleIds(file), file).toContain('import-x/no-restricted-paths');
    }
    expect(await ruleIds(format)).toEqual([]);
  }, 60_000);

  it('refuses React in graph/', async () => {
    const react = write(
      `src/graph/${probe}-react.ts`,
      "import { useState } from 'react';\nexport const hook = useState;\n",
    );
    expect(await ruleIds(react)).toContain('no-restricted-imports');
  }, 60_000);

  it('refuses an import cycle', async () => {
    const a = write(
      `src/graph/${probe}-a.ts`,
      `import { b } from './${probe}-b.ts';\nexport const a = (): number => b() + 1;\n`,
    );
    write(`src/graph/${probe}-b.ts`, `import { a } from './${probe}-a.ts';\nexport const b = (): number => a() - 1;\n`);
    expect(await ruleIds(a)).toContain('import-x/no-cycle');
  }, 60_000);

  it('refuses React in sources/', async () => {
    const react = write(
      `src/sources/${probe}-react.ts`,
      "import { useState } from 'react';\nexport const hook = useState;\n",
    );
    expect(await ruleIds(react)).toContain('no-restricted-imports');
  }, 60_000);

  it('accepts the allowed directions', async () => {
    const down = write(
      `src/view/${probe}-down.ts`,
      "import { PERSON } from '../graph/graph-model.ts';\nexport const kind = PERSON;\n",
    );
    const viewToSource = write(
      `src/view/${probe}-source.ts`,
      "import type { GraphSource } from '../sources/graph-source.ts';\nexport type Source = GraphSource;\n",
    );
    const sourceToGraph = write(
      `src/sources/${probe}-graph.ts`,
      "import { PERSON } from '../graph/graph-model.ts';\nexport const kind = PERSON;\n",
    );
    const formatToGraph = write(
      `src/formats/${probe}-graph.ts`,
      "import { PERSON } from '../graph/graph-model.ts';\nexport const kind = PERSON;\n",
    );
    for (const file of [down, viewToSource, sourceToGraph, formatToGraph])
      expect(await ruleIds(file), file).toEqual([]);
  }, 60_000);
});
