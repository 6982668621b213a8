import type { CheckpointRule } from './job.js';
import { readPath } from './path.js';

/**
 * Pure: the checkpoint after one more page. From records: the greatest value at the rule's path
 * (numbers by value, text by code point, so ISO timestamps order as times); from the body: its
 * value at the path, when it has one. A page with nothing there leaves the checkpoint as it was.
 */
export function advanceCheckpoint(rule: CheckpointRule | null, current: string | null, page: { body: unknown; records: readonly unknown[] }): string | null {
  if (!rule) return current;
  const candidates = rule.from === 'body' ? [readPath(page.body, rule.path)] : page.records.map((r) => readPath(r, rule.path));
  if (rule.from === 'body') return asText(candidates[0]) ?? current;
  let best = current;
  for (const c of candidates) {
    const text = asText(c);
    if (text !== null && (best === null || greater(text, best))) best = text;
  }
  return best;
}

const asText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null);

function greater(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x > y;
  return a > b;
}
