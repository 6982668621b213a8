/**
 * Upserts merge: a field left out keeps its value, an explicit null clears it. Integrations send
 * partial records (a status update, a bulk import of some columns), and must not wipe the rest.
 */
export function mergeDefined<T extends object>(base: T, patch: Partial<T>): T {
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
  return out;
}
