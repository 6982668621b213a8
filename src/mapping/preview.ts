import { compile } from './compile.js';
import type { RenderContext, RenderEnv } from './context.js';
import { type ContentType, encodePayload, renderHeaders } from './encode.js';
import type { CompileError, HeaderError, Mapping, RenderError } from './model.js';

export interface PreviewOptions {
  /** A payload mapping becomes a body (or a query string for GET); a header mapping, headers. */
  as?: 'payload' | 'headers';
  method?: 'POST' | 'GET';
  contentType?: ContentType;
  /** The connection's URL, for a GET's query string. */
  url?: string;
}

export type Preview =
  | { ok: true; value: unknown; body: string | null; url: string }
  | { ok: true; value: unknown; headers: Record<string, string> }
  /** Compile errors if the mapping is wrong, else render errors for this context, else header errors. */
  | { ok: false; errors: (CompileError | RenderError | HeaderError)[] };

/** "Preview Mapping": compile and render once, and show what the destination would receive. */
export function preview(mapping: Mapping, context: RenderContext, env: RenderEnv, options: PreviewOptions = {}): Preview {
  const compiled = compile(mapping);
  if (!compiled.ok) return compiled;
  const rendered = compiled.value.render(context, env);
  if (!rendered.ok) return rendered;
  if (options.as === 'headers') {
    const headers = renderHeaders(rendered.value);
    if (headers.ok) return { ok: true, value: rendered.value, headers: headers.headers };
    return { ok: false, errors: headers.problems.map((p): HeaderError => ({ code: 'invalid_header', ...p, category: 'validation' })) };
  }
  const { url, body } = encodePayload(rendered.value, options.method ?? 'POST', options.contentType ?? 'application/json', options.url ?? 'https://target.example/');
  return { ok: true, value: rendered.value, body, url };
}
