/**
 * The `\` system commands the console needs: `\P` precision, `\c` console size, `\d`
 * namespace, `\t` and `\ts` timing, `\l` load a script, and `\v` variables (`\\` is the session's).
 */
import { Atom, K, QError, Vector } from '@qts/types';
import { readFileSync } from 'node:fs';
import type { Interpreter } from '../eval/interpreter.js';
import { long, longs } from '../values/shape.js';

/** What a system command gives: a value to show, or nothing. */
export type SystemResult = K | undefined;

/** Run a system command (the text after the backslash). */
export function systemCommand(
  interp: Interpreter,
  text: string,
  runScript: (src: string) => void,
): SystemResult {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  if (m === null) return undefined;
  const [, cmd, arg] = m as unknown as [string, string, string];
  switch (cmd) {
    case 'P':
      if (arg === '') return new Atom(6, interp.display.precision);
      interp.display.precision = Number(arg);
      return undefined;
    case 'c': {
      if (arg === '') return new Vector(6, Int32Array.from(interp.display.consoleSize));
      const [r, c] = arg.split(/\s+/).map(Number);
      interp.display.consoleSize = [r ?? 25, c ?? 80];
      return undefined;
    }
    case 'd':
      if (arg === '') return new Atom(11, interp.namespace === '' ? '.' : interp.namespace);
      interp.namespace = arg === '.' ? '' : arg;
      return undefined;
    case 't':
    case 'ts': {
      const t0 = performance.now();
      const expr = arg.replace(/^:\d+\s*/, '');
      interp.evalText(expr);
      const ms = Math.round(performance.now() - t0);
      return cmd === 't' ? long(ms) : longs([ms, 0]);
    }
    case 'l': {
      runScript(readFileSync(arg.trim(), 'utf8'));
      return undefined;
    }
    case 'v':
      return new Vector(11, [...interp.globals.keys()].filter((k) => !k.startsWith('.')).sort());
    case 's':
      return arg === '' ? new Atom(6, 0) : undefined;
    case 'e':
    case 'g':
    case 'w':
    case 'S':
    case 'T':
    case 'o':
    case 'z':
      // settings this engine has no use for are accepted and ignored
      return undefined;
    default:
      throw new QError(cmd, 'unknown system command');
  }
}
