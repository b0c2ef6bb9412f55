import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Mount {
  readonly dir: string;
  /** URL prefix ending in '/', e.g. `/kg/`. */
  readonly prefix: string;
}

/**
 * Serves `dir` under `prefix` (e.g. `/kg/`) on 127.0.0.1, like a static host serving a sub-path,
 * plus any `extra` folders on the same origin (test fixtures a link can name by URL).
 */
export async function serveStatic(
  dir: string,
  prefix: string,
  extra: readonly Mount[] = [],
): Promise<{ url: string; origin: string; server: Server }> {
  const mounts = [{ dir, prefix }, ...extra].map((mount) => ({
    ...mount,
    serve: sirv(mount.dir, { dev: false, etag: true }),
  }));
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const mount = mounts.find((candidate) => url.startsWith(candidate.prefix));
    const notFound = (): void => {
      res.statusCode = 404;
      res.end('not found');
    };
    if (!mount) {
      notFound();
      return;
    }
    req.url = url.slice(mount.prefix.length - 1);
    mount.serve(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${prefix}`, origin, server };
}
