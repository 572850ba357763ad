/** An Arrow validity bitmap (bit i = 1: item i valid, LSB first) and its null count. */
export interface Validity {
  /** The bitmap, or `undefined` when every item is valid (Arrow ignores a bitmap with nullCount 0). */
  readonly bitmap: Uint8Array | undefined;
  /** Number of invalid items. */
  readonly nullCount: number;
}

/** Bytes of a bitmap for n items, padded to 64 bytes as Arrow's IPC writer would. */
export function bitmapBytes(n: number): number {
  return Math.ceil(n / 512) * 64;
}

/**
 * Builds a validity bitmap while a column is scanned. Nothing is allocated until the first
 * invalid item, so a column without nulls costs only its scan.
 */
export class ValidityBuilder {
  private bitmap: Uint8Array | undefined;
  private nulls = 0;

  /** @param length - number of items in the column. */
  constructor(private readonly length: number) {}

  /** Mark item i invalid (each item at most once). */
  invalidate(i: number): void {
    let bm = this.bitmap;
    if (bm === undefined) {
      bm = new Uint8Array(bitmapBytes(this.length));
      const full = this.length >> 3;
      bm.fill(0xff, 0, full);
      if (this.length & 7) bm[full] = (1 << (this.length & 7)) - 1;
      this.bitmap = bm;
    }
    bm[i >> 3]! &= ~(1 << (i & 7));
    this.nulls++;
  }

  /** The bitmap and count so far. */
  finish(): Validity {
    return { bitmap: this.bitmap, nullCount: this.nulls };
  }
}

/** An all-valid bitmap for n items, padded. */
function allValid(n: number): Uint8Array {
  const bm = new Uint8Array(bitmapBytes(n));
  bm.fill(0xff, 0, n >> 3);
  if (n & 7) bm[n >> 3] = (1 << (n & 7)) - 1;
  return bm;
}

/** Validity of 16/32-bit integer storage: `nullValue` and, when `inf` is not NaN, `±inf` are invalid. */
export function intValidity(
  data: Int16Array | Int32Array,
  nullValue: number,
  inf: number,
): Validity & { infCount: number } {
  // a native includes() finds the common no-null column without a JS loop
  const any =
    data.includes(nullValue) || (inf === inf && (data.includes(inf) || data.includes(-inf)));
  if (!any) return { bitmap: undefined, nullCount: 0, infCount: 0 };
  const bm = allValid(data.length);
  let nulls = 0;
  let infCount = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    if (x === nullValue || x === inf || x === -inf) {
      bm[i >> 3]! &= ~(1 << (i & 7));
      nulls++;
      if (x !== nullValue) infCount++;
    }
  }
  return { bitmap: bm, nullCount: nulls, infCount };
}

/** Validity of 64-bit storage read as 32-bit halves: null (-2^63) and, if `infInvalid`, ±(2^63-1). */
export function int64Validity(
  data: BigInt64Array,
  infInvalid: boolean,
): Validity & { infCount: number } {
  const u = new Uint32Array(data.buffer, data.byteOffset, data.length * 2);
  let bm: Uint8Array | undefined;
  let nulls = 0;
  let infCount = 0;
  for (let i = 0, k = 1; i < data.length; i++, k += 2) {
    const hi = u[k]!;
    // only two high words can be null or an infinity; everything else skips in one compare
    if (hi !== 0x80000000 && hi !== 0x7fffffff) continue;
    const lo = u[k - 1]!;
    const isNull = hi === 0x80000000 && lo === 0;
    const isInf = infInvalid && isInt64Inf(lo, hi);
    if (!isNull && !isInf) continue;
    bm ??= allValid(data.length);
    bm[i >> 3]! &= ~(1 << (i & 7));
    nulls++;
    if (isInf) infCount++;
  }
  return { bitmap: bm, nullCount: nulls, infCount };
}

/** True if the 64-bit value (lo, hi) is q's +infinity or -infinity. */
export function isInt64Inf(lo: number, hi: number): boolean {
  return (hi === 0x7fffffff && lo === 0xffffffff) || (hi === 0x80000000 && lo === 1);
}

/** Validity of float storage: NaN and, if `infInvalid`, ±Infinity are invalid. */
export function floatValidity(
  data: Float32Array | Float64Array,
  infInvalid: boolean,
): Validity & { infCount: number } {
  const any =
    data.includes(NaN) || (infInvalid && (data.includes(Infinity) || data.includes(-Infinity)));
  if (!any) return { bitmap: undefined, nullCount: 0, infCount: 0 };
  const bm = allValid(data.length);
  let nulls = 0;
  let infCount = 0;
  for (let i = 0; i < data.length; i++) {
    const x = data[i]!;
    const inf = infInvalid && (x === Infinity || x === -Infinity);
    if (x !== x || inf) {
      bm[i >> 3]! &= ~(1 << (i & 7));
      nulls++;
      if (inf) infCount++;
    }
  }
  return { bitmap: bm, nullCount: nulls, infCount };
}

/** Validity of guid storage: the all-zero guid is invalid. */
export function guidValidity(bytes: Uint8Array): Validity {
  const n = bytes.length / 16;
  const v = new ValidityBuilder(n);
  outer: for (let i = 0; i < n; i++) {
    for (let j = i * 16; j < i * 16 + 16; j++) if (bytes[j] !== 0) continue outer;
    v.invalidate(i);
  }
  return v.finish();
}
