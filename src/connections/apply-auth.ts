import type { Auth } from './model.js';

/** Puts a connection's credentials on a request: Basic, or an API key in a header or the query. OAuth2 brings its own bearer token. */
export function applyAuth(auth: Auth, url: URL, headers: Record<string, string>): void {
  if (auth.type === 'basic') headers.authorization = `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  if (auth.type === 'api_key' && auth.placement === 'header') headers[auth.name.toLowerCase()] = auth.key;
  if (auth.type === 'api_key' && auth.placement === 'query') url.searchParams.set(auth.name, auth.key);
}

/** The URL as a person may see it: an API key the query carries shown as `[redacted]`. */
export function shownUrl(auth: Auth, url: URL): string {
  if (auth.type !== 'api_key' || auth.placement !== 'query') return url.toString();
  const shown = new URL(url);
  shown.searchParams.set(auth.name, '[redacted]');
  return shown.toString();
}
