import { createHmac } from 'node:crypto';

/** Seconds since the epoch, as signed timestamps carry them. */
export const seconds = (at: Date) => String(Math.floor(at.getTime() / 1000));

/** Standard Webhooks' headers for `body`, as a sender computes them. */
export function standardWebhooksHeaders(secret: string, id: string, at: Date, body: string): Record<string, string> {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${seconds(at)}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': seconds(at), 'webhook-signature': `v1,${signature}` };
}

/** An HMAC of the body (`<timestamp>.<body>` with a timestamp), as a sender computes it. */
export const hmacOf = (secret: string, algorithm: 'sha256' | 'sha512', encoding: 'hex' | 'base64', body: string, timestamp?: string) =>
  createHmac(algorithm, secret).update(timestamp === undefined ? body : `${timestamp}.${body}`).digest(encoding);

/** Posts a postback to a source's URL over real HTTP. */
export async function postTo(url: string, body: string, headers: Record<string, string>, contentType = 'application/json') {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  return { status: res.status, body: (await res.json()) as { id: number; outcome: string; cause?: string; duplicateOf?: number } };
}
