/**
 * The corpus batch protocol: one `{"id", "src"}` object a line in, exactly one
 * `{"id", "out"}` line out, in one session lasting the process.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { ConsoleSession } from './session.js';

/** Answer one protocol line (a malformed line answers with an error text). */
export function answerLine(session: ConsoleSession, line: string): string {
  let id: unknown = null;
  let out: string;
  try {
    const msg = JSON.parse(line) as { id?: unknown; src?: unknown };
    id = msg.id ?? null;
    out = typeof msg.src === 'string' ? session.execute(msg.src) : "'src";
  } catch {
    out = "'json";
  }
  return JSON.stringify({ id, out });
}

/** Serve the protocol over streams until the input ends. */
export async function serveJsonl(input: Readable, output: Writable): Promise<void> {
  const session = new ConsoleSession();
  // a runaway input must not stall the batch: it ends with 'stop, as q's \T does
  session.timeLimitMs = 800;
  session.allowExit = false;
  const rl = createInterface({ input, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    output.write(answerLine(session, line) + '\n');
  }
}
