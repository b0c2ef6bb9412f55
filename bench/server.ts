import { serveStatic, type Mount } from '../tests/e2e/support/static-server.ts';

/**
 * Serves several directories on one 127.0.0.1 origin (the app, the plain page, the graph files),
 * so the app may load the synthetic graphs as same-origin URLs. The e2e tests' server, several mounts.
 */
export async function serveMounts(mounts: readonly Mount[]): Promise<{ origin: string; close: () => Promise<void> }> {
  const [first, ...rest] = mounts;
  if (!first) throw new Error('serveMounts needs at least one mount');
  const { origin, server } = await serveStatic(first.dir, first.prefix, rest);
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
