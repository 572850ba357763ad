/**
 * q's `$` on data: Cast (`` `long$x ``, `"j"$x`, `7h$x`) and Tok (`"J"$"42"`).
 *
 * @packageDocumentation
 */
export { cast } from './cast.js';
export { parse, tokAtom, type TokInput } from './tok.js';
export {
  resolveTarget,
  type CastTarget,
  type ResolvedTarget,
  type TemporalPart,
} from './target.js';
export { collapse } from './collapse.js';
export { roundHalfAway } from './numeric.js';
