/**
 * `@qts/types`: one value model for every q type.
 *
 * @packageDocumentation
 */
export { K, constructors, string, inputToRaw, vectorFromInputs } from './constructors.js';
export type {
  InputOf,
  TypedConstructor,
  TypedConstructors,
  TypedConstructorsByName,
} from './constructors-types.js';
export * from './type-table.js';
export * from './atom.js';
export * from './vector.js';
export * from './list.js';
export * from './dictionary.js';
export * from './table.js';
export * from './enumeration.js';
export * from './function.js';
export * from './error.js';
export * from './k-error.js';
export * from './primitive-glyphs.js';
export { isNullRaw, isInfRaw, storageHasNulls } from './nulls.js';
export { parseGuid, formatGuid } from './guid.js';
export { match } from './match.js';
export * from './temporal/calendar.js';
export { formatValue, formatInline, type DisplayOptions } from './display/format.js';
export { toJS, type ToJSOptions, type LossyConversion } from './convert/to-js.js';
export { fromJS, type FromJSOptions } from './convert/from-js.js';
export { parseTemporal } from './temporal/parse.js';
export { temporalToRaw, rawFromDate, rawFromEpochNs } from './temporal/from-js.js';
export { temporalToDate, temporalToEpochNs, temporalToIso, isoDuration } from './temporal/to-js.js';
export {
  EPOCH_OFFSET_MS,
  EPOCH_OFFSET_NS,
  isTemporalCode,
  type TemporalCode,
} from './temporal/units.js';
export * from './cast/index.js';
export * from './loss.js';
