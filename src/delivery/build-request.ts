import { applyAuth } from '../connections/apply-auth.js';
import type { Connection } from '../connections/model.js';
import { signatureHeaders } from '../connections/signature.js';
import type { Failure } from '../domain/failure.js';
import { type RenderContext, type RenderEnv, type Renderer, encodePayload, renderHeaders } from '../mapping/index.js';
import type { Outbound } from './send.js';

const USER_AGENT = 'Hookflow/0.1 (+webhook)';

export interface RequestInput {
  connection: Connection;
  payload: { name: string; renderer: Renderer };
  headers: { name: string; renderer: Renderer } | null;
  context: RenderContext;
  env: RenderEnv;
  /** The stable id receivers de-duplicate on (`webhook-id`). */
  webhookId: string;
}

export type Built = { ok: true; request: Outbound } | { ok: false; failure: Failure };

/**
 * Pure: one delivery's request, as its connection says to send it: the payload and header
 * mappings rendered, encoded (JSON, form or GET query), authenticated (OAuth2's token is the
 * sender's) and signed. A mapping that cannot render is a validation failure.
 */
export function buildRequest(i: RequestInput): Built {
  const payload = i.payload.renderer.render(i.context, i.env);
  if (!payload.ok) return validation(`mapping '${i.payload.name}': ${payload.errors.map((e) => e.message).join('; ')}`);
  const mapped = i.headers ? i.headers.renderer.render(i.context, i.env) : { ok: true as const, value: {} };
  if (!mapped.ok) return validation(`mapping '${i.headers?.name}': ${mapped.errors.map((e) => e.message).join('; ')}`);
  const rendered = renderHeaders(mapped.value);
  if (!rendered.ok) return validation(`header mapping: ${rendered.message}`);
  const { connection } = i;
  const encoded = encodePayload(payload.value, connection.method, connection.contentType, connection.url);
  const url = new URL(encoded.url);
  const headers: Record<string, string> = { ...lowerCased(rendered.headers), 'user-agent': USER_AGENT };
  if (encoded.body !== null) headers['content-type'] = connection.contentType;
  applyAuth(connection.auth, url, headers);
  const timestamp = Math.floor(i.env.now().getTime() / 1000);
  Object.assign(headers, signatureHeaders(connection.signingSecret, i.webhookId, timestamp, encoded.body ?? ''));
  return { ok: true, request: { url, method: connection.method, headers, body: encoded.body, timeoutMs: connection.timeoutMs, followRedirects: connection.followRedirects } };
}

const validation = (message: string): Built => ({ ok: false, failure: { category: 'validation', message } });
const lowerCased = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
