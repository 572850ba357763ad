import type { LossEntry } from './loss.js';

/** A converted value together with what the conversion lost (empty when it was exact). */
export interface ConversionResult<T> {
  /** The converted value. */
  readonly value: T;
  /** One entry per column and kind of loss. */
  readonly report: readonly LossEntry[];
}

const reports = new WeakMap<object, readonly LossEntry[]>();

/** Remember the report of a conversion under its result object. */
export function keepReport<T>(result: ConversionResult<T>): T {
  if (typeof result.value === 'object' && result.value !== null)
    reports.set(result.value, result.report);
  return result.value;
}

/**
 * The loss report of a value returned by `toDanfo` or `fromDanfo`: what the plain forms would
 * otherwise only warn about. `undefined` for a value they did not produce.
 */
export function lossReport(value: object): readonly LossEntry[] | undefined {
  return reports.get(value);
}
