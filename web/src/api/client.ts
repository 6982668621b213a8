import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type ErrorBody = components['schemas']['Error'];

/** A refused or failed request: the API's own error, with its code, message and field. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
  get field() {
    return this.body.field;
  }
}

/**
 * The API, typed from its OpenAPI document (schema.d.ts): a route that changes shape breaks the
 * pages that use it at the type check. The session cookie rides along by itself; every request
 * that changes something says it comes from the dashboard (the API's CSRF guard).
 */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET') request.headers.set('x-requested-by', 'hookflow');
    return request;
  },
});

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer's data, or its error thrown as an `ApiError` (what TanStack Query shows). */
export async function ok<T>(answer: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await answer;
  if (response.ok) return data as T;
  const body = (error && typeof error === 'object' && 'error' in error ? error : { error: 'HF_INTERNAL', message: `${response.status} ${response.statusText}` }) as ErrorBody;
  throw new ApiError(response.status, body);
}
