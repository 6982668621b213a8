/** The mapping engine: pure, no I/O. A mapping is data; `compile()` checks it once and returns a renderer. */
export type { CustomValue, FieldValue, RenderContext, RenderEnv, RenderProfile } from './context.js';
export type {
  CompileError, FieldType, HeaderError, Mapping, MappingError, MappingErrorCode, RenderError, RenderErrorCode, Result, TargetField, Transform, ValuePart, ValueType,
} from './model.js';
export { FIELD_TYPES, TRANSFORMS } from './model.js';
export { compile, type Renderer } from './compile.js';
export { parseSample, type ParsedSample } from './parse-sample.js';
export { addField } from './add-field.js';
export { preview, type Preview, type PreviewOptions } from './preview.js';
export {
  describeSources, listSources, source, text, type AccountCodes, type ItemSourceId, type ListSourceId, type ListSourceInfo, type SourceGroup, type SourceId,
  type SourceInfo,
} from './sources.js';
export { resolveSource } from './read-source.js';
export { encodeForm, encodeJson, encodePayload, encodeQuery, headerOctets, renderHeaders, type ContentType, type RenderedHeaders } from './encode.js';
