/**
 * The elided argument of a projection. It is a distinct `::` so that `f[;2]` displays as
 * q shows it while an explicit `::` argument stays an argument.
 */
import { Primitive } from '@qts/types';

/** The hole in `f[;2]`. */
export const HOLE: Primitive = new Primitive(101, 0);
