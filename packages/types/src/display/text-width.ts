/**
 * Widths as q counts them: q's text is bytes, so a symbol such as `` `Zürich `` is as wide
 * as its UTF-8 encoding (7), and q pads and truncates by that count.
 */

/** UTF-8 byte length of `s` (the width q gives it). */
export function textWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** `s` padded with blanks on the right to `width`. */
export function padRight(s: string, width: number): string {
  const w = textWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** The longest prefix of `s` at most `width` wide (never splitting a character). */
export function cutToWidth(s: string, width: number): string {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const surrogate = c >= 0xd800 && c < 0xdc00;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : surrogate ? 4 : 3;
    if (n + w > width) return s.slice(0, i);
    n += w;
    if (surrogate) i++;
  }
  return s;
}
