import type { K } from '@qts/types';
import type { ToDanfoOptions } from './options.js';
import { toDanfo } from './to-danfo/to-danfo.js';

/**
 * A q table (or list) as Danfo prints it: a boxed grid of at most `rows` rows, for demos and
 * logs. Same as `toDanfo(value).head(rows).toString()`.
 */
export function danfoText(value: K, rows = 10, options: ToDanfoOptions = {}): string {
  const frame = toDanfo(value, options);
  return ((frame.shape[0] ?? 0) > rows ? frame.head(rows) : frame).toString();
}
