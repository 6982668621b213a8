/**
 * Pure: a request template's placeholders filled in. `{{checkpoint}}`, `{{page}}`, `{{offset}}`,
 * `{{limit}}` and `{{cursor}}` are the names; in a URL each value is percent-encoded, in a body or a
 * header it is written as the inside of a JSON string (so `"since": "{{checkpoint}}"` stays JSON).
 */
export const PLACEHOLDERS = ['checkpoint', 'page', 'offset', 'limit', 'cursor'] as const;
export type TemplateValues = Record<(typeof PLACEHOLDERS)[number], string>;

const PATTERN = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;

export function fillTemplate(template: string, values: TemplateValues, encode: 'url' | 'json'): string {
  return template.replace(PATTERN, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name as keyof TemplateValues];
    return encode === 'url' ? encodeURIComponent(value) : JSON.stringify(value).slice(1, -1);
  });
}

/** The placeholders a template uses that are not ours (a typo would otherwise be sent as is). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PATTERN)].map((m) => m[1] as string).filter((n) => !(PLACEHOLDERS as readonly string[]).includes(n));
}
