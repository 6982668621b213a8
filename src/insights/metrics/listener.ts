import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';

export interface MetricsListener {
  /** Where it listens, e.g. http://127.0.0.1:9464 (the port it was given, or the one it got for 0). */
  url: string;
  close(): Promise<void>;
}

/**
 * /metrics on an address of its own, and nothing else there: no API, no token (the address is
 * the protection: a port kept private, for Prometheus only). Plain node:http, so that a
 * `hookflow worker` exposes its metrics without loading the API's modules.
 */
export async function listenForMetrics(registry: Registry, at: { host: string; port: number }, log: Pick<Logger, 'error'>): Promise<MetricsListener> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('only GET /metrics here\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => {
        log.error({ err: error }, 'reading the metrics failed');
        res.writeHead(500, { 'content-type': 'text/plain' }).end('reading the metrics failed; it has been logged\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(at.port, at.host, resolve));
  const { address, family, port } = server.address() as AddressInfo;
  return {
    url: `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
