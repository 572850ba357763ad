import { TYPES, type BasicCode, type RawOf, type StorageOf } from './type-table.js';

/** True if the raw item is q's null for type `code` (any NaN for real, float and datetime). */
export function isNullRaw<C extends BasicCode>(code: C, raw: RawOf[C]): boolean {
  const info = TYPES[code];
  if (info.null === undefined) return false;
  if (typeof raw === 'number' && Number.isNaN(info.null)) return Number.isNaN(raw);
  if (raw instanceof Uint8Array) return raw.every((b) => b === 0);
  return raw === info.null;
}

/** True if the raw item is q's positive or negative infinity for type `code`. */
export function isInfRaw<C extends BasicCode>(code: C, raw: RawOf[C]): boolean {
  const info = TYPES[code];
  return info.inf !== undefined && (raw === info.inf || raw === info.ninf);
}

/** True if any item of the storage is null; one scan, no allocation. */
export function storageHasNulls<C extends BasicCode>(code: C, data: StorageOf[C]): boolean {
  const info = TYPES[code];
  if (info.null === undefined) return false;
  if (code === 2) {
    const bytes = data as Uint8Array;
    outer: for (let i = 0; i < bytes.length; i += 16) {
      for (let j = 0; j < 16; j++) if (bytes[i + j] !== 0) continue outer;
      return true;
    }
    return false;
  }
  if (info.storage === 'float32' || info.storage === 'float64') {
    const xs = data as Float64Array | Float32Array;
    for (let i = 0; i < xs.length; i++) if (xs[i] !== xs[i]) return true;
    return false;
  }
  return (data as ArrayLike<unknown> & { includes(v: unknown): boolean }).includes(info.null);
}
