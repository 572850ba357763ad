/**
 * q's text for floating-point numbers: C's `%.*g` with the console precision `\P`,
 * which is what q prints (`0.1428571`, `1.234568e+08`, `1e-05`).
 */

/** Significant digits q uses for precision `p` (`\P 0` means the maximum, 17). */
export function significantDigits(precision: number): number {
  if (!Number.isFinite(precision) || precision <= 0) return 17;
  return Math.min(17, Math.floor(precision));
}

/**
 * `%.{digits}g` of a finite number: shortest of fixed or exponent form, trailing zeros
 * dropped, exponent with a sign and at least two digits (`1e+10`, `2.5e-07`), as the C
 * library q links against prints it.
 */
export function formatG(x: number, digits: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const [mantissa = '', exponent = '0'] = x.toExponential(digits - 1).split('e');
  const exp = Number(exponent);
  if (exp < -4 || exp >= digits) {
    const sign = exp < 0 ? '-' : '+';
    return `${stripZeros(mantissa)}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return stripZeros(x.toFixed(digits - 1 - exp));
}

function stripZeros(text: string): string {
  if (!text.includes('.')) return text;
  return text.replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Text of one float item without a type suffix: `0n` null, `0w`/`-0w` infinities,
 * otherwise {@link formatG} at the console precision.
 */
export function floatText(x: number, precision: number): string {
  if (Number.isNaN(x)) return '0n';
  if (x === Infinity) return '0w';
  if (x === -Infinity) return '-0w';
  return formatG(x, significantDigits(precision));
}

/** True if float text reads as an integer, so q must add `f` to keep the type (`1f`, `1 2f`). */
export function looksIntegral(text: string): boolean {
  return !/[.enw]/.test(text);
}
