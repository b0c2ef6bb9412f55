import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TEXT = /\.(?:js|css|html|json|svg|map)$/;

/**
 * Copies a build into `target` with a `.br` and a `.gz` of every text file beside it, as a static host
 * that serves compressed assets holds them (sirv serves them with `brotli` / `gzip` on).
 */
export function compressedCopy(source: string, target: string): void {
  cpSync(source, target, { recursive: true });
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (TEXT.test(name)) {
        const bytes = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(bytes));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    }
  };
  walk(target);
}
