import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, expect, it } from 'vitest';
import { useApi } from '../support/api.js';
import { describeEachStore } from '../support/stores.js';

/** Every `$ref` in a document, with where it sits. */
function refs(node: unknown, at = '#'): { at: string; ref: string }[] {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ at, ref: value }] : refs(value, `${at}/${key}`),
  );
}

/** What a local JSON pointer (`#/components/schemas/field`) points at in `doc`, or undefined. */
function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  const steps = ref.slice(2).split('/').map((s) => decodeURIComponent(s).replaceAll('~1', '/').replaceAll('~0', '~'));
  return steps.reduce<unknown>((node, step) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[step] : undefined), doc);
}

interface Media {
  schema?: unknown;
}
interface Operation {
  parameters?: { name: string; schema?: unknown }[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const operations = (doc: Document) => Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })));

/** Every Schema Object of the document, named by where it is. */
function schemas(doc: Document): [string, unknown][] {
  const inContent = (at: string, content: Record<string, Media> = {}) => Object.entries(content).map(([type, media]): [string, unknown] => [`${at} ${type}`, media.schema]);
  return [
    ...Object.entries(doc.components.schemas).map(([name, schema]): [string, unknown] => [`components/schemas/${name}`, schema]),
    ...operations(doc).flatMap(({ name, op }) => [
      ...(op.parameters ?? []).map((p): [string, unknown] => [`${name} parameter ${p.name}`, p.schema]),
      ...inContent(`${name} body`, op.requestBody?.content),
      ...Object.entries(op.responses).flatMap(([status, r]) => inContent(`${name} ${status}`, r.content)),
    ]),
  ];
}

describeEachStore('the OpenAPI document', (store) => {
  const api = useApi(store);
  let doc: Document;
  beforeAll(async () => {
    const r = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    doc = r.json();
  });

  it('is served, and every $ref in it resolves', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter(({ ref }) => resolve(doc, ref) === undefined)).toEqual([]);
  });

  it('is a valid OpenAPI 3.1 document, each of its schemas valid JSON Schema 2020-12 (the dialect of 3.1)', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    // The specification's own schema leaves Schema Objects unchecked: the meta-schema checks them.
    const ajv = new Ajv2020({ strict: false });
    const invalid = schemas(doc).flatMap(([at, schema]) => (ajv.validateSchema(schema as object) ? [] : [`${at}: ${ajv.errorsText()}`]));
    expect(schemas(doc).length).toBeGreaterThan(200);
    expect(invalid).toEqual([]);
  });

  it('declares, for every operation, what its success answers (a body with its schema, or none for a 204) and the error shape for its failures', () => {
    const error = { $ref: '#/components/schemas/Error' };
    const lacking = operations(doc).flatMap(({ name, op }) => {
      const successes = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      const described = successes.length > 0 && successes.every(([status, r]) => (status === '204' ? !r.content : Object.values(r.content ?? {}).some((m) => m.schema)));
      const failures = ['4XX', '5XX'].every((status) => JSON.stringify(op.responses[status]?.content?.['application/json']?.schema) === JSON.stringify(error));
      return described && failures ? [] : [name];
    });
    expect(operations(doc).length).toBeGreaterThanOrEqual(77);
    expect(lacking).toEqual([]);
  });
});
