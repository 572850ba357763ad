/**
 * `@qts/arrow`: q values to and from Apache Arrow.
 *
 * @packageDocumentation
 */
export { toArrow, toArrowWithReport, type ArrowOf } from './to-arrow/to-arrow.js';
export { fromArrow, fromArrowWithReport, type ArrowInput } from './from-arrow/from-arrow.js';
export { toArrowIPC, fromArrowIPC, writeArrowFile, type IPCFormat } from './ipc.js';
export type { ToArrowOptions, FromArrowOptions } from './options.js';
export {
  LossyConversionError,
  lossReport,
  type ConversionResult,
  type LossEntry,
  type LossKind,
  type OnLossy,
} from '@qts/types';
export * from './metadata.js';
