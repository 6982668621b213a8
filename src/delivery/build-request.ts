import { applyAuth } from '../connections/apply-auth.js';
import type { Connection } from '../connections/model.js';
import { signatureHeaders } from '../connections/signature.js';
import { readFrom, renderTemplates } from '../connections/tokens.js';
import type { Failure } from '../domain/failure.js';
import { type RenderContext, type RenderEnv, type Renderer, encodePayload, headerOctets, renderHeaders } from '../mapping/index.js';
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
 * Pure: one delivery's request, as its connection says to send it: the connection's URL and custom
 * headers with their tokens filled in from the change, the payload and header mappings rendered
 * (a flow's header mapping over the connection's headers of the same name), encoded (JSON, form or
 * GET query), authenticated (OAuth2's token is the sender's) and signed. A mapping that cannot
 * render is a validation failure.
 */
export function buildRequest(i: RequestInput): Built {
  const payload = i.payload.renderer.render(i.context, i.env);
  if (!payload.ok) return validation(`mapping '${i.payload.name}': ${payload.errors.map((e) => e.message).join('; ')}`);
  const mapped = i.headers ? i.headers.renderer.render(i.context, i.env) : { ok: true as const, value: {} };
  if (!mapped.ok) return validation(`mapping '${i.headers?.name}': ${mapped.errors.map((e) => e.message).join('; ')}`);
  const rendered = renderHeaders(mapped.value);
  if (!rendered.ok) return validation(`header mapping: ${rendered.message}`);
  const { connection } = i;
  const own = renderTemplates(connection.url, connection.headers, readFrom(i.context, i.env));
  if (own.climbing) return validation(`connection '${connection.name}': url token [${own.climbing}] renders '.' or '..', which would change the path`);
  const encoded = encodePayload(payload.value, connection.method, connection.contentType, own.url);
  const headers = { ...own.headers, ...lowerCased(rendered.headers) };
  const request = signedRequest(connection, { url: new URL(encoded.url), method: connection.method, headers, body: encoded.body, contentType: connection.contentType }, i.webhookId, i.env.now());
  return { ok: true, request };
}

/**
 * A request as a connection sends it, whatever its body: Hookflow's user agent, the connection's
 * credentials (OAuth2's token is the sender's), its Standard Webhooks signature, its timeout. The
 * delivery worker sends mapped payloads this way, the notification sender operational events.
 */
export function signedRequest(
  connection: Connection,
  r: { url: URL; method: Outbound['method']; headers: Record<string, string>; body: string | null; contentType: string },
  webhookId: string,
  now: Date,
): Outbound {
  const headers: Record<string, string> = { ...r.headers, 'user-agent': USER_AGENT };
  if (r.body !== null) headers['content-type'] = r.contentType;
  applyAuth(connection.auth, r.url, headers);
  Object.assign(headers, signatureHeaders(connection.signingSecret, webhookId, Math.floor(now.getTime() / 1000), r.body ?? ''));
  return { url: r.url, method: r.method, headers, body: r.body, timeoutMs: connection.timeoutMs, followRedirects: connection.followRedirects };
}

const validation = (message: string): Built => ({ ok: false, failure: { category: 'validation', message } });
/** A header mapping's headers as sent: lower-case names, values beyond ASCII as their UTF-8 bytes. */
const lowerCased = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), headerOctets(v)]));
