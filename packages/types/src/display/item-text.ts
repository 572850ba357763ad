/**
 * Text of single items of the basic types in the three forms q uses: as an atom
 * (`1i`, `0Nd`), inside a vector (`0N`, the suffix goes on the vector), and as a table
 * or dictionary cell (nulls blank, no suffixes, symbols without the backtick).
 */
import { formatGuid as guidText } from '../guid.js';
import { isInfRaw as isInfTyped, isNullRaw as isNullTyped } from '../nulls.js';
import { TYPES, type BasicCode, type RawOf } from '../type-table.js';
import { floatText, looksIntegral } from './float-text.js';
import {
  dateText,
  datetimeText,
  minuteText,
  monthText,
  secondText,
  timespanText,
  timestampText,
  timeText,
} from './temporal-text.js';
import { quoteChars } from './string-text.js';

// The raw item's type follows `code` at run time; the union of all raws is what callers hold.
function isNullRaw(code: BasicCode, raw: RawOf[BasicCode]): boolean {
  return isNullTyped(code, raw as never);
}
function isInfRaw(code: BasicCode, raw: RawOf[BasicCode]): boolean {
  return isInfTyped(code, raw as never);
}

/** Text of a valid (not null, not infinite) item without any type suffix. */
export function plainText(code: BasicCode, raw: RawOf[BasicCode], precision: number): string {
  switch (code) {
    case 1:
      return raw ? '1' : '0';
    case 2:
      return guidText(raw as Uint8Array);
    case 4:
      return (raw as number).toString(16).padStart(2, '0');
    case 8:
    case 9:
      return floatText(raw as number, precision);
    case 10:
      return String.fromCharCode(raw as number);
    case 11:
      return raw as string;
    case 12:
      return timestampText(raw as bigint);
    case 13:
      return monthText(raw as number);
    case 14:
      return dateText(raw as number);
    case 15:
      return datetimeText(raw as number);
    case 16:
      return timespanText(raw as bigint);
    case 17:
      return minuteText(raw as number);
    case 18:
      return secondText(raw as number);
    case 19:
      return timeText(raw as number);
    default:
      return String(raw);
  }
}

/** True for the float-stored types, whose infinities q writes `0w` rather than `0W`. */
function floatStored(code: BasicCode): boolean {
  return code === 8 || code === 9 || code === 15;
}

/**
 * Infinity text without suffix, or `undefined` if `raw` is no infinity. Shorts have none
 * on display: q prints `0Wh` as `32767h`.
 */
function infText(code: BasicCode, raw: RawOf[BasicCode]): string | undefined {
  if (code === 5 || !isInfRaw(code, raw)) return undefined;
  const positive = raw === TYPES[code].inf;
  const w = floatStored(code) ? '0w' : '0W';
  return positive ? w : `-${w}`;
}

/** Atom form: `1b`, `0x2a`, `1h`, `1i`, `1`, `1.5e`, `1f`, `"a"`, `` `a ``, `0Nd`, `0Wp`, `0we`. */
export function atomText(code: BasicCode, raw: RawOf[BasicCode], precision: number): string {
  const info = TYPES[code];
  switch (code) {
    case 1:
      return `${plainText(code, raw, precision)}b`;
    case 2:
      return plainText(code, raw, precision);
    case 4:
      return `0x${plainText(code, raw, precision)}`;
    case 7:
      return isNullRaw(code, raw) ? '0N' : (infText(code, raw) ?? plainText(code, raw, precision));
    case 9: {
      const text = floatText(raw as number, precision);
      return looksIntegral(text) ? `${text}f` : text;
    }
    case 10:
      return quoteChars([raw as number]);
    case 11:
      return `\`${raw as string}`;
    default: {
      if (isNullRaw(code, raw)) return `0N${info.char}`;
      const text = infText(code, raw) ?? plainText(code, raw, precision);
      // month needs its suffix always; the other temporal forms read unambiguously
      return info.temporal && code !== 13 && infText(code, raw) === undefined
        ? text
        : `${text}${info.char}`;
    }
  }
}

/**
 * Item text inside a vector, before the vector's suffix: nulls `0N` (`0n` for floats),
 * infinities `0W`/`-0W` (`0w` for float-stored types).
 */
export function vectorItemText(code: BasicCode, raw: RawOf[BasicCode], precision: number): string {
  if (code !== 2 && code !== 10 && code !== 11 && isNullRaw(code, raw))
    return code === 9 ? '0n' : '0N';
  return infText(code, raw) ?? plainText(code, raw, precision);
}

/** True if the item is a null or an infinity, i.e. its vector text is no proof of the type. */
export function isSpecial(code: BasicCode, raw: RawOf[BasicCode]): boolean {
  return isNullRaw(code, raw) || isInfRaw(code, raw);
}

/**
 * Cell text in a table or dictionary column: nulls are blank (except guids, which show
 * their zeros), no suffixes, symbols and chars bare, bytes as `0x2a`.
 */
export function cellText(code: BasicCode, raw: RawOf[BasicCode], precision: number): string {
  if (code === 4) return `0x${plainText(code, raw, precision)}`;
  if (code !== 2 && code !== 10 && isNullRaw(code, raw)) return '';
  return infText(code, raw) ?? plainText(code, raw, precision);
}
