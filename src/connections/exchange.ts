import { type Dispatcher, request } from 'undici';
import { type ConnectionProblem, classifyError } from './classify.js';

const USER_AGENT = 'Hookflow/0.1 (connection test)';
/** Enough of an answer to show its first lines. */
const BODY_HEAD_BYTES = 8 * 1024;

export interface Exchange {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export type Answer = { ok: true; status: number; text: string } | { ok: false; failure: ConnectionProblem };

/** One small exchange (a test, a token request): the answer read only as far as its first lines need. */
export async function exchange(dispatcher: Dispatcher, timeoutMs: number, { url, method, headers, body }: Exchange): Promise<Answer> {
  try {
    const response = await request(url, {
      dispatcher,
      method,
      headers: { 'user-agent': USER_AGENT, ...headers },
      ...(body === undefined ? {} : { body }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    let text = '';
    for await (const chunk of response.body) {
      text += (chunk as Buffer).toString('utf8');
      if (text.length >= BODY_HEAD_BYTES) break;
    }
    return { ok: true, status: response.statusCode, text };
  } catch (error) {
    return { ok: false, failure: classifyError(error, url.host, timeoutMs) };
  }
}

