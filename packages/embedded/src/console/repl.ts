/**
 * The interactive console: a `q)` prompt with history (node:readline), multi-line input
 * while brackets are open, `\\` to quit.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ConsoleSession } from './session.js';

/** Net count of open brackets and quotes: input continues while it is positive. */
export function openDepth(src: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return inString ? depth + 1 : depth;
}

/** Run the console on streams until `\\` or the end of input. */
export async function runRepl(
  input: Readable,
  output: Writable,
  terminal: boolean,
  session: ConsoleSession = new ConsoleSession(),
): Promise<void> {
  const rl = createInterface({ input, output, terminal, prompt: 'q)', historySize: 1000 });
  let pending = '';
  rl.prompt();
  for await (const line of rl) {
    if (pending === '' && line.trim() === '\\\\') break;
    pending = pending === '' ? line : `${pending}\n${line}`;
    if (openDepth(pending) > 0) continue;
    const text = session.execute(pending);
    pending = '';
    if (text !== '') output.write(text + '\n');
    rl.prompt();
  }
  rl.close();
}
