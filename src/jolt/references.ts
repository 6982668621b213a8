import { specError } from './spec-error.js';

/**
 * `&`, `&2`, `&(1,2)`, `$`, `$1`, `$(1,2)`: how many levels up the walked path (pathIndex) and
 * which part of that level's key (keyGroup: 0 the whole key, n the n-th `*`'s capture). `#2` has
 * only a level.
 */
export interface Reference {
  readonly pathIndex: number;
  readonly keyGroup: number;
  readonly canonical: string;
}

export function parseGroupReference(text: string, token: '&' | '$', where: readonly string[]): Reference {
  if (text.charAt(0) !== token) throw specError(where, `invalid reference '${text}'`);
  const meat = text.slice(1);
  let pathIndex = 0;
  let keyGroup = 0;
  if (meat.length > 0) {
    if (meat.length >= 3 && meat.startsWith('(') && meat.endsWith(')')) {
      const parts = meat.slice(1, -1).split(',');
      if (parts.length > 2) throw specError(where, `invalid reference '${text}'`);
      pathIndex = referenceNumber(parts[0] ?? '', text, where);
      if (parts.length === 2) keyGroup = referenceNumber(parts[1] ?? '', text, where);
    } else {
      pathIndex = referenceNumber(meat, text, where);
    }
  }
  return { pathIndex, keyGroup, canonical: `${token}(${pathIndex},${keyGroup})` };
}

export function parseHashReference(text: string, where: readonly string[]): Reference {
  const pathIndex = text.length > 1 ? referenceNumber(text.slice(1), text, where) : 0;
  return { pathIndex, keyGroup: 0, canonical: `#${pathIndex}` };
}

function referenceNumber(digits: string, text: string, where: readonly string[]): number {
  if (!/^[+-]?\d+$/.test(digits.trim() === digits ? digits : '')) throw specError(where, `unable to parse reference '${text}'`);
  const number = Number(digits);
  if (number < 0) throw specError(where, `reference '${text}' can not have a negative value`);
  if (number > 2147483647) throw specError(where, `unable to parse reference '${text}'`);
  return number;
}
