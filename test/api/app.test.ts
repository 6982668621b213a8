import { expect, it } from 'vitest';
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

describeEachStore('the OpenAPI document', (store) => {
  const api = useApi(store);

  it('is served, and every $ref in it resolves', async () => {
    const r = await api.app.inject({ method: 'GET', url: '/openapi.json' });
    expect(r.statusCode).toBe(200);
    const doc = r.json();
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter(({ ref }) => resolve(doc, ref) === undefined)).toEqual([]);
  });
});
