/**
 * A spec Jolt would refuse, found while compiling one operation: `path` is where in that
 * operation's spec. The chain adds the operation's name and index and turns it into HF_BAD_JOLT_SPEC.
 */
export class JoltSpecError extends Error {
  constructor(
    readonly path: readonly string[],
    readonly problem: string,
  ) {
    super(path.length > 0 ? `spec path '${path.join('.')}': ${problem}` : `spec: ${problem}`);
    this.name = 'JoltSpecError';
  }
}

export const specError = (path: readonly string[], problem: string) => new JoltSpecError(path, problem);
