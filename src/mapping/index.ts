/** The mapping engine: pure, no I/O. */
export type { RenderContext, RenderEnv } from './context.js';
export type { FieldType, Mapping, MappingError, Result, TargetField, Transform, ValuePart } from './model.js';
export { FIELD_TYPES, TRANSFORMS } from './model.js';
export { compile, type Renderer } from './compile.js';
export { parseSample } from './parse-sample.js';
export { describeSources, LIST_SOURCES } from './sources.js';
export { encodeForm, encodeJson, encodePayload, encodeQuery, renderHeaders, type ContentType } from './encode.js';
