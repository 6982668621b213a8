/**
 * Leads Created and Leads Updated (the insights' Summary): what a destination's target did with the
 * record, read from its answer. A destination names how: by the status (201 Created is a new lead,
 * any other success an update), or by a field of the JSON answer and the values that mean each.
 * Destinations that name no rule (a Slack message) count no leads.
 */
export type LeadRule = { from: 'status' } | { from: 'field'; path: string; created: string[]; updated: string[] };
export type Lead = 'created' | 'updated';

export function leadOf(rule: LeadRule | null | undefined, answer: { status: number; body: string }): Lead | null {
  if (!rule) return null;
  if (rule.from === 'status') return answer.status === 201 ? 'created' : 'updated';
  const value = fieldAt(answer.body, rule.path);
  if (value === undefined) return null;
  if (rule.created.includes(value)) return 'created';
  return rule.updated.includes(value) ? 'updated' : null;
}

/** The value at a dotted path of a JSON body, as text; undefined when the body is not JSON or lacks it. */
function fieldAt(body: string, path: string): string | undefined {
  let at: unknown;
  try {
    at = JSON.parse(body);
  } catch {
    return undefined;
  }
  for (const key of path.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  return typeof at === 'string' || typeof at === 'number' || typeof at === 'boolean' ? String(at) : undefined;
}
