import { K, MixedList, string as qString, type FromJSOptions } from '@qts/types';
import { fromJS } from '@qts/types';

/**
 * What a call sends, as a q client would: `h"expr"` sends a string; `h(f;x;y)` sends a list whose
 * first item is the function (a string, a symbol naming it, or a function value) and the rest
 * its arguments. A JS string `expr` is q text (a char vector); K values pass unchanged; other
 * arguments go through `fromJS`.
 *
 * @param expr - q text, or a K value (symbol, function, or any value when there are no arguments).
 * @param args - arguments: K values or plain JS.
 * @param options - how plain JS arguments are converted.
 */
export function requestPayload(
  expr: string | K,
  args: readonly unknown[],
  options?: FromJSOptions,
): K {
  const head = typeof expr === 'string' ? qString(expr) : expr;
  if (args.length === 0) return head;
  const items: K[] = [head];
  for (const arg of args) items.push(arg instanceof K ? arg : fromJS(arg, options));
  return new MixedList(items);
}
