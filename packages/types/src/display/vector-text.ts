/** q's text for a vector of a basic type: `1 2 3`, `1 2 3h`, `010b`, `0x0102`, `,1`, `` `long$() ``. */
import type { Vector } from '../vector.js';
import { TYPES, type Attribute, type BasicCode, type RawOf } from '../type-table.js';
import { looksIntegral } from './float-text.js';
import { isSpecial, vectorItemText } from './item-text.js';
import { quoteChars } from './string-text.js';

/** `` `s# `` and the like before a list with an attribute. */
export function attributePrefix(attribute: Attribute): string {
  return attribute === '' ? '' : `\`${attribute}#`;
}

/**
 * The vector's text on one line, with its attribute prefix. `budget` bounds the work for
 * long vectors: once the text is longer than `budget` characters the rest is left off
 * (the caller truncates the line with `..`).
 */
export function vectorText(v: Vector, precision: number, budget = Infinity): string {
  return attributePrefix(v.attribute) + vectorBody(v, precision, budget);
}

function vectorBody(v: Vector, precision: number, budget: number): string {
  const code = v.type as BasicCode;
  const n = v.length;
  if (n === 0) return code === 10 ? '""' : `\`${TYPES[code].name}$()`;
  const enlist = n === 1 ? ',' : '';
  switch (code) {
    case 1:
      return enlist + joinItems(v, budget, '', (raw) => (raw ? '1' : '0')) + 'b';
    case 4:
      return (
        `${enlist}0x` +
        joinItems(v, budget, '', (raw) => (raw as number).toString(16).padStart(2, '0'))
      );
    case 10:
      return (
        enlist +
        quoteChars(budget < n ? (v.data as Uint8Array).subarray(0, budget) : (v.data as Uint8Array))
      );
    case 11:
      return enlist + joinItems(v, budget, '', (raw) => `\`${raw as string}`);
    default:
      return enlist + numericBody(v, code, precision, budget);
  }
}

function numericBody(v: Vector, code: BasicCode, precision: number, budget: number): string {
  const info = TYPES[code];
  let regular = false;
  let integral = true;
  const text = joinItems(v, budget, ' ', (raw) => {
    const item = vectorItemText(code, raw, precision);
    if (!isSpecial(code, raw)) regular = true;
    if (integral && !looksIntegral(item)) integral = false;
    return item;
  });
  return text + vectorSuffix(code, regular, integral, info.suffix);
}

/**
 * The suffix q puts after a vector: always for `b h i e m`; `f` when every float reads as
 * an integer; other temporal types only when no item shows the type (all null/infinite).
 */
function vectorSuffix(
  code: BasicCode,
  regular: boolean,
  integral: boolean,
  suffix: string,
): string {
  if (code === 9) return integral ? 'f' : '';
  if (code === 5 || code === 6 || code === 8 || code === 13) return suffix;
  if (TYPES[code].temporal) return regular ? '' : TYPES[code].char;
  return '';
}

function joinItems(
  v: Vector,
  budget: number,
  sep: string,
  item: (raw: RawOf[BasicCode]) => string,
): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    if (i > 0) out += sep;
    out += item(v.raw(i) as RawOf[BasicCode]);
    if (out.length > budget && i < v.length - 1) return out;
  }
  return out;
}
