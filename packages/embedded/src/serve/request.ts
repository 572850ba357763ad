import { isFunc } from '../values/shape.js';
import { MixedList, QError, type Atom, type K, type Vector } from '@qts/types';
import type { Interpreter } from '../eval/interpreter.js';

const text = new TextDecoder();

/**
 * What a q client's message means, as kdb+'s default `.z.pg`/`.z.ps` (`value x`) reads it:
 * a string is q source (`h"til 3"`); a general list is a function and its arguments
 * (`h(`f;1;2)`, `h("f";1;2)`, `h({x+y};1;2)`), the function given by name, as q text or as
 * a value, the arguments taken as they are; a symbol is the value of that name; anything
 * else is itself.
 */
export function evaluateRequest(interp: Interpreter, request: K): K {
  if (request.type === 10) return interp.evalText(text.decode((request as Vector<10>).data));
  if (request.type === -10)
    return interp.evalText(String.fromCharCode((request as Atom<10>).value));
  if (request.type === -11) return interp.evalText((request as Atom<11>).value);
  if (request instanceof MixedList && request.length > 0) {
    const [head, ...args] = request.items as [K, ...K[]];
    const fn = head.type === -11 || head.type === 10 ? evaluateRequest(interp, head) : head;
    if (!isFunc(fn)) throw new QError('type', 'the first item of a request list is not a function');
    return interp.apply(fn, args);
  }
  return request;
}
