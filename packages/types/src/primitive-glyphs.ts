/** Names and glyphs of q's primitives and iterators, free of value classes so display can import them. */

/** q type codes of the iterators applied to a function: `'` `/` `\` `':` `/:` `\:`. */
export const ITERATOR_CODES = {
  each: 106,
  over: 107,
  scan: 108,
  prior: 109,
  eachRight: 110,
  eachLeft: 111,
} as const;

/** Name of an iterator. */
export type IteratorName = keyof typeof ITERATOR_CODES;

/** The glyph q writes after a function for each iterator type, indexed by `type - 106`. */
export const ITERATOR_GLYPHS: readonly string[] = ["'", '/', '\\', "':", '/:', '\\:'];

/** Glyphs of the unary primitives (type 101), indexed by their code byte. */
export const UNARY_PRIMITIVES: readonly string[] = [
  '::',
  '+:',
  '-:',
  '*:',
  '%:',
  '&:',
  '|:',
  '^:',
  '=:',
  '<:',
  '>:',
  '$:',
  ',:',
  '#:',
  '_:',
  '~:',
  '!:',
  '?:',
  '@:',
  '.:',
  '0::',
  '1::',
  '2::',
  'avg',
  'last',
  'sum',
  'prd',
  'min',
  'max',
  'exit',
  'getenv',
  'abs',
];

/** Glyphs of the binary primitives (type 102), indexed by their code byte. */
export const BINARY_PRIMITIVES: readonly string[] = [
  ':',
  '+',
  '-',
  '*',
  '%',
  '&',
  '|',
  '^',
  '=',
  '<',
  '>',
  '$',
  ',',
  '#',
  '_',
  '~',
  '!',
  '?',
  '@',
  '.',
  '0:',
  '1:',
  '2:',
  'in',
  'within',
  'like',
  'bin',
  'ss',
  'insert',
  'wsum',
  'wavg',
  'div',
];
