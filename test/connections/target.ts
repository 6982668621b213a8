import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a target server received. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Target {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

type Handler = (req: Received, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1, a free port; the handler may leave a request unanswered. */
export async function startTarget(handler: Handler): Promise<Target> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const r = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      received.push(r);
      handler(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on (it was free a moment ago). */
export async function closedPort(): Promise<number> {
  const t = await startTarget(() => {});
  const port = Number(new URL(t.url).port);
  await t.close();
  return port;
}

export const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** The OAuth2 token endpoint and test URL of one fake provider, on one server. */
export function oauthProvider(options: { clientId: string; clientSecret: string; refreshToken?: string; rotateTo?: string }): Handler {
  return (req, res) => {
    if (req.url === '/token') {
      const form = new URLSearchParams(req.body);
      const clientOk = form.get('client_id') === options.clientId && form.get('client_secret') === options.clientSecret;
      const grantOk =
        form.get('grant_type') === 'client_credentials' || (form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === options.refreshToken);
      if (!clientOk || !grantOk) return json(res, 401, { error: 'invalid_client', error_description: 'bad client credentials' });
      return json(res, 200, { access_token: 'at-123', token_type: 'Bearer', expires_in: 3600, ...(options.rotateTo ? { refresh_token: options.rotateTo } : {}) });
    }
    if (req.url === '/me') return req.headers.authorization === 'Bearer at-123' ? json(res, 200, { me: 'ok' }) : json(res, 401, { error: 'no token' });
    return json(res, 404, { error: 'not found' });
  };
}
