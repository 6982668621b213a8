import type { Connection } from '../connections/model.js';
import type { AttemptRecord } from '../domain/attempt.js';
import type { Outbound } from './send.js';

const REDACTED = '[redacted]';

/** The values of a connection's credentials, to keep out of what is stored. */
export function secretValues(c: Connection): string[] {
  const a = c.auth;
  if (a.type === 'basic') return [a.password, Buffer.from(`${a.username}:${a.password}`).toString('base64')];
  if (a.type === 'api_key') return [a.key];
  if (a.type === 'oauth2') return [a.clientSecret];
  return [];
}

/** The request as kept for the dashboard: credentials never stored, in headers or in the URL. */
export function redact(out: Outbound, secrets: readonly string[]): NonNullable<AttemptRecord['request']> {
  const hide = (text: string) => secrets.filter(Boolean).reduce((t, s) => t.split(s).join(REDACTED), text);
  const headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k, k === 'authorization' ? REDACTED : hide(v)]));
  const url = new URL(out.url);
  for (const [k, v] of url.searchParams) if (secrets.includes(v)) url.searchParams.set(k, REDACTED);
  return { url: url.toString(), method: out.method, headers, body: out.body ?? '' };
}
