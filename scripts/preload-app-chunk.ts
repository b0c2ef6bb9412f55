import type { Plugin } from 'vite';

/**
 * Adds `<link rel="modulepreload">` to the built index.html for the chunk of `entry` (a module the
 * page's first script imports dynamically) and the chunks it imports, and `<link rel="stylesheet">`
 * for their styles: they download alongside the first script instead of after it has run. Vite
 * preloads only what the first script imports statically.
 */
export function preloadAppChunk(entry: string): Plugin {
  return {
    name: 'kg-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunks = new Map(
          Object.values(context.bundle ?? {}).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output]] : [],
          ),
        );
        const start = [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(entry));
        if (!start) throw new Error(`preloadAppChunk: no chunk for ${entry}`);
        const entryFiles = new Set(
          [...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
        );
        const wanted: string[] = [];
        const visit = (fileName: string): void => {
          if (wanted.includes(fileName) || entryFiles.has(fileName)) return;
          wanted.push(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
        };
        visit(start.fileName);
        // Its styles too: loaded by the dynamic import, they would hold the explorer's first render back.
        const styles = wanted.flatMap((fileName) => [...(chunks.get(fileName)?.viteMetadata?.importedCss ?? [])]);
        return [
          ...styles.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
          ...wanted.map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${fileName}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
