/**
 * `@qts/danfo`: q values to and from Danfo.js DataFrames and Series.
 *
 * @packageDocumentation
 */
export { toDanfo, toDanfoWithReport, type DanfoOf } from './to-danfo/to-danfo.js';
export { fromDanfo, fromDanfoWithReport } from './from-danfo/from-danfo.js';
export { danfoText } from './danfo-text.js';
export { qmetaOf, attachQMeta, type QMeta } from './qmeta.js';
export type { ToDanfoOptions, FromDanfoOptions } from './options.js';
export type { DanfoDtype } from './to-danfo/context.js';
export { isReservedName } from './danfo-internals.js';
export {
  LossyConversionError,
  lossReport,
  type ConversionResult,
  type LossEntry,
  type LossKind,
  type OnLossy,
} from '@qts/types';
