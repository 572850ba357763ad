/**
 * Tokens of q source, as the lexer produces them.
 */

/** The kinds of token. */
export type TokenKind =
  | 'number' // one numeric, temporal, boolean or byte literal, or a vector of them
  | 'string' // "..." with escapes resolved
  | 'symbol' // `a or `a`b`c
  | 'name' // identifier, possibly dotted (.q.til)
  | 'op' // a primitive glyph: + - * % ! & | < > = ~ , ^ # _ $ ? @ . <= >= <> 0: 1:
  | 'assign' // : or :: or op: (modified assignment)
  | 'adverb' // ' / \ ': /: \:
  | 'signal' // ' standing alone (signal)
  | 'open' // ( [ {
  | 'close' // ) ] }
  | 'sep' // ; or a statement-separating newline
  | 'eof';

/** One token: its kind, its text, and where it starts in the source. */
export interface Token {
  /** What the token is. */
  readonly kind: TokenKind;
  /** Source text (for strings: the decoded contents; for numbers: the literal texts). */
  readonly text: string;
  /** Literal parts of a number token (one per item of a vector literal). */
  readonly parts?: readonly string[];
  /** Offset of the token's first character in the source. */
  readonly start: number;
  /** Offset just past the token's last character. */
  readonly end: number;
  /** True if whitespace (or the start of input) precedes the token. */
  readonly spaceBefore: boolean;
}
