import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves `dir` under `prefix` (e.g. `/kg/`) on 127.0.0.1, like a static host serving a sub-path. */
export async function serveStatic(dir: string, prefix: string): Promise<{ url: string; server: Server }> {
  const serve = sirv(dir, { dev: false, etag: true, single: false });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = url.slice(prefix.length - 1);
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${prefix}`, server };
}
