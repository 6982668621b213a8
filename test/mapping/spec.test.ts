import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIELD_TYPES, type HeaderError, type Mapping, type MappingErrorCode, type RenderContext, type RenderErrorCode, TRANSFORMS, compile, describeSources,
  encodeForm, encodeQuery, renderHeaders,
} from '../../src/mapping/index.js';
import { LIST_READERS, resolveSource } from '../../src/mapping/read-source.js';
import { fixedEnv } from './joe.js';

/**
 * docs/mapping.md is the language's spec: its examples are fixtures. Each ```json example block is
 * `{ mapping, context?, expected | errors, form?, query?, headers? }`, rendered against the spec's
 * ```json context block; each row of its source table reads the value it shows.
 */
const spec = readFileSync(new URL('../../docs/mapping.md', import.meta.url), 'utf8');
const blocks = (info: string) => [...spec.matchAll(new RegExp(`^\`\`\`json ${info}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => JSON.parse(m[1] as string));

interface Example {
  /** As sent to the API, where `root` may be left out. */
  mapping: Omit<Mapping, 'root'> & Partial<Pick<Mapping, 'root'>>;
  context?: Partial<RenderContext>;
  expected?: unknown;
  errors?: { code: string; path: string; message: string }[];
  form?: string;
  query?: { url: string; becomes: string };
  headers?: Record<string, string>;
  headerErrors?: { code: string; path: string; message: string }[];
}

const [context] = blocks('context') as RenderContext[];
const examples = blocks('example') as Example[];
const named = examples.map((e, i) => [`${i + 1}: ${JSON.stringify(e.mapping).slice(0, 90)}`, e] as const);

/** As the API does: a mapping saved without a root is an object (the route schema's default). */
function render(example: Example) {
  const compiled = compile({ root: 'object', ...example.mapping });
  if (!compiled.ok) return compiled;
  return compiled.value.render({ ...(context as RenderContext), ...example.context }, fixedEnv);
}

/** Every code the engine reports: a key missing here is a compile error, and each must have an example. */
const ERROR_CODES = {
  unknown_source: true, unknown_type: true, unknown_transform: true, missing_name: true, duplicate_name: true, misplaced_option: true,
  required_missing: true, coercion_failed: true, invalid_header: true,
} satisfies Record<MappingErrorCode | RenderErrorCode | HeaderError['code'], true>;

describe('docs/mapping.md', () => {
  it('renders against the context and the time it states', () => {
    expect(context?.account.code).toBe('acme-events');
    const [env] = blocks('env');
    expect(env).toEqual({ now: fixedEnv.now().toISOString(), uuid: fixedEnv.uuid(), dateFormat: fixedEnv.dateFormat });
  });

  it.each(named)('example %s renders, encodes and fails as written', (_name, example) => {
    const result = render(example);
    if (example.errors) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors).toEqual(example.errors.map((e) => ({ ...e, category: 'validation' })));
      return;
    }
    expect(result).toEqual({ ok: true, value: example.expected });
    if (example.form !== undefined) expect(encodeForm(example.expected)).toBe(example.form);
    if (example.query) expect(encodeQuery(example.query.url, example.expected)).toBe(example.query.becomes);
    const headers = renderHeaders(example.expected);
    if (example.headers) expect(headers).toEqual({ ok: true, headers: example.headers });
    if (example.headerErrors) expect(headers.ok ? [] : headers.problems.map((p) => ({ code: 'invalid_header', ...p }))).toEqual(example.headerErrors);
  });

  it('shows every field type, transform and error code in an example', () => {
    const text = JSON.stringify(examples);
    for (const type of FIELD_TYPES) expect(text, type).toContain(`"type":"${type}"`);
    for (const t of TRANSFORMS) expect(text, t).toContain(`"${t}"`);
    const codes = new Set(examples.flatMap((e) => [...(e.errors ?? []), ...(e.headerErrors ?? [])].map((x) => x.code)));
    expect([...codes].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('lists every source with the value it reads from the context', () => {
    const table = spec.slice(spec.indexOf('## Sources'), spec.indexOf('**List sources**'));
    const rows = [...table.matchAll(/^\| `([^`]+)` \|.*\| `(.+)` \|$/gm)].map((m) => [m[1] as string, JSON.parse(m[2] as string)] as const);
    const [item] = LIST_READERS['registration.questions'](context as RenderContext);
    for (const [id, value] of rows) {
      const read = resolveSource(id, true);
      expect(read, id).not.toBeNull();
      expect(read?.(context as RenderContext, fixedEnv, item), id).toEqual(value);
    }
    const documented = new Set(rows.map(([id]) => id));
    const sources = describeSources({ profileCustom: ['tshirt'], eventCustom: ['industry'], properties: ['vip_dinner'], questionTags: ['Diet'] });
    expect(sources.map((s) => s.id).filter((id) => !documented.has(id))).toEqual([]);
  });
});
