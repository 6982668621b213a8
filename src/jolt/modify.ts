export type ModifyMode = 'overwrite' | 'default' | 'define';
export function compileModify(_mode: ModifyMode, _spec: unknown): (input: unknown, context?: Record<string, unknown>) => unknown {
  throw new Error('todo');
}
