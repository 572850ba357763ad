/** q's quoted form of char data: `"abc"`, with C escapes and octal for other bytes. */

const ESCAPES: Readonly<Record<number, string>> = {
  9: '\\t',
  10: '\\n',
  13: '\\r',
  34: '\\"',
  92: '\\\\',
};

/**
 * `"..."` of bytes as q prints a string: `\"` `\\` `\n` `\r` `\t`, other control bytes and
 * bytes above 126 as three octal digits (`"Z\303\274rich"`).
 */
export function quoteChars(bytes: ArrayLike<number>): string {
  let out = '"';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    const escaped = ESCAPES[b];
    if (escaped !== undefined) out += escaped;
    else if (b < 32 || b > 126) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(b);
  }
  return `${out}"`;
}
