/**
 * What Jolt remembers of the way down the input: one step per matched level, holding the input at
 * that level and the key it matched (with the parts its wildcards captured, for `&(n,m)`, and a
 * count of the matches under it so far, for `#n` and `[#n]`).
 */
export class Matched {
  hashCount = 0;
  readonly subKeys: readonly string[];
  constructor(
    readonly key: string,
    captured: readonly string[] = [],
    /** Set when the level is a list element: the list's size before the operation (modify). */
    readonly origSize?: number,
  ) {
    this.subKeys = captured.length === 0 ? [key] : [key, ...captured];
  }

  subKey(group: number): string | null {
    return this.subKeys[group] ?? null;
  }
}

export interface Step {
  readonly tree: unknown;
  readonly matched: Matched;
}

export type WalkedPath = Step[];

export const fromEnd = (walked: WalkedPath, upLevel: number): Step | undefined => walked[walked.length - 1 - upLevel];

export const lastStep = (walked: WalkedPath): Step => walked[walked.length - 1] as Step;
