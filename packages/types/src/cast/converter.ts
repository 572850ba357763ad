import { QError } from '../error.js';
import { TYPES, type BasicCode } from '../type-table.js';
import { numericConverter, type ItemFn } from './numeric.js';
import { isTemporal, temporalConverter } from './temporal.js';

function impossible(from: BasicCode, to: BasicCode): QError {
  return new QError('type', `cannot cast ${TYPES[from].name} to ${TYPES[to].name}`);
}

/**
 * The item conversion `to$x` applies to each raw item of type `from`, or `undefined` when
 * the types are the same (nothing to do).
 * @throws QError `type` for casts q refuses: symbol or guid to or from another type,
 * char to or from a temporal type, date to time and the like.
 */
export function itemConverter(from: BasicCode, to: BasicCode): ItemFn | undefined {
  if (from === to) return undefined;
  if (from === 2 || to === 2 || from === 11 || to === 11) throw impossible(from, to);
  const fromTemporal = isTemporal(from);
  const toTemporal = isTemporal(to);
  if ((from === 10 && toTemporal) || (to === 10 && fromTemporal)) throw impossible(from, to);
  if (fromTemporal && toTemporal) return temporalConverter(from, to);
  return numericConverter(from, to);
}
