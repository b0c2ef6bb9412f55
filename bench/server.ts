import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A URL prefix (`/kg/`) and the directory served under it. */
export interface Mount {
  readonly prefix: string;
  readonly dir: string;
}

/**
 * Serves several directories on one 127.0.0.1 origin (the app, the plain page, the graph files),
 * so the app may load the synthetic graphs as same-origin URLs.
 */
export async function serveMounts(mounts: readonly Mount[]): Promise<{ origin: string; close: () => Promise<void> }> {
  const handlers = mounts.map((mount) => ({
    prefix: mount.prefix,
    serve: sirv(mount.dir, { dev: false, etag: true, single: false }),
  }));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = (): void => {
      res.statusCode = 404;
      res.end('not found');
    };
    const handler = handlers.find((candidate) => url.startsWith(candidate.prefix));
    if (!handler) {
      notFound();
      return;
    }
    req.url = url.slice(handler.prefix.length - 1);
    handler.serve(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
