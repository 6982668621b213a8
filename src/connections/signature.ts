import { createHmac } from 'node:crypto';

/**
 * Standard Webhooks signatures: `webhook-signature: v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>`,
 * where the secret is the base64 after `whsec_`. Receivers verify with any Standard Webhooks library.
 */
export function signatureHeaders(signingSecret: string, id: string, timestampSeconds: number, body: string): Record<string, string> {
  const key = Buffer.from(signingSecret.replace(/^whsec_/, ''), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestampSeconds), 'webhook-signature': `v1,${signature}` };
}
