import type { CompileError, MappingErrorCode, RenderError, RenderErrorCode } from './model.js';

/** Every message starts with the field's path, so a list of them reads on its own. */
const messageAt = (path: string, message: string) => `${path || '/'}: ${message}`;

export const compileError = (code: MappingErrorCode, path: string, message: string): CompileError => ({
  code,
  path: path || '/',
  message: messageAt(path, message),
  category: 'validation',
});

export const renderError = (code: RenderErrorCode, path: string, message: string): RenderError => ({
  code,
  path: path || '/',
  message: messageAt(path, message),
  category: 'validation',
});
