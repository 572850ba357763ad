/**
 * A console session: what the q console prints for one input. Assignments and `::` print
 * nothing, errors print as `'name`, `show`/`0N!`/`-1` output comes first.
 */
import { setDeadline } from '../eval/limits.js';
import { IDENTITY, K, QError } from '@qts/types';
import type { Node } from '../parse/ast.js';
import { parse } from '../parse/parser.js';
import { Interpreter } from '../eval/interpreter.js';
import { systemCommand } from './system.js';
import { ReturnSignal } from '../eval/signals.js';

function silent(node: Node): boolean {
  if (node.t === 'assign' || node.t === 'match') return true;
  if (node.t === 'seq') {
    const last = node.items[node.items.length - 1];
    return last === undefined || last.t === 'nil' || silent(last);
  }
  return node.t === 'nil';
}

/** The text of an error as the console shows it. */
export function errorText(e: unknown): string {
  if (e instanceof QError) return `'${e.message}`;
  if (e instanceof RangeError) return "'stack";
  return `'${e instanceof Error ? e.message : 'error'}`;
}

/** One console session over one interpreter. */
export class ConsoleSession {
  /** The interpreter holding this session's state. */
  readonly interp = new Interpreter();

  constructor() {
    this.interp.systemHandler = (text) =>
      systemCommand(this.interp, text, (s) => this.runScript(s)) ?? IDENTITY;
  }

  /** Whether `\\` and `exit` end the process (not in batch mode). */
  allowExit = true;

  /** Longest one input may run (ms) before `'stop`; 0 for no limit. */
  timeLimitMs = 0;

  /** Run `fn` with at most `ms` milliseconds (0: no limit) before `'stop`, as q's `-T` does. */
  limited<T>(ms: number, fn: () => T): T {
    this.interp.deadline = ms > 0 ? Date.now() + ms : 0;
    setDeadline(this.interp.deadline);
    try {
      return fn();
    } finally {
      this.interp.deadline = 0;
      setDeadline(0);
    }
  }

  /** Evaluate one input (possibly several lines) and give what the console prints. */
  execute(src: string): string {
    return this.limited(this.timeLimitMs, () => this.executeNow(src));
  }

  private executeNow(src: string): string {
    const out: string[] = [];
    try {
      const trimmed = src.replace(/^\s+/, '');
      if (trimmed.startsWith('\\')) {
        if (trimmed.startsWith('\\\\')) {
          if (this.allowExit) process.exit(0);
          return '';
        }
        const r = systemCommand(this.interp, trimmed.slice(1), (s) => this.runScript(s));
        if (r !== undefined) out.push(this.show(r));
      } else {
        const node = parse(src);
        let v: K;
        try {
          v = this.interp.eval(node, null);
        } catch (e) {
          // `:x` at top level gives x
          if (!(e instanceof ReturnSignal)) throw e;
          v = e.value;
        }
        out.push(...this.interp.takePrinted());
        if (!silent(node)) {
          const text = this.show(v);
          if (text !== '') out.push(text);
        }
      }
    } catch (e) {
      out.push(...this.interp.takePrinted());
      out.push(errorText(e));
    }
    // eslint-disable-next-line no-control-regex -- NUL marks text printed without a newline
    return out.join('\n').replace(/\u0000\n/g, '');
  }

  /** Run a script: each top-level statement in order; errors stop it. */
  runScript(src: string): string[] {
    const lines: string[] = [];
    for (const chunk of splitStatements(src)) {
      const text = this.execute(chunk);
      if (text !== '') lines.push(text);
      if (text.startsWith("'")) break;
    }
    return lines;
  }

  private show(v: K): string {
    return v.toString(this.interp.display);
  }
}

/** Split a script into top-level statements: a line starting with a blank continues the one before. */
export function splitStatements(src: string): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const line of src.split(/\r?\n/)) {
    if (inBlock) {
      if (line === '\\') inBlock = false;
      continue;
    }
    if (line === '/') {
      inBlock = true;
      continue;
    }
    if (line === '\\') break;
    if (/^\s*$/.test(line) || /^\//.test(line)) continue;
    if (/^\s/.test(line) && out.length > 0) out[out.length - 1] += '\n' + line;
    else out.push(line);
  }
  return out;
}
