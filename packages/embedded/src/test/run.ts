/**
 * Test support: evaluate q input in a fresh console session and give the console text.
 */
import { ConsoleSession } from '../console/session.js';

/** Trailing blanks dropped from each line, as the corpus runner compares console text. */
function trimLines(text: string): string {
  return text.replace(/ +$/gm, '');
}

/** Console text for each input, run in order in one new session; the last one's text. */
export function run(...inputs: string[]): string {
  const s = new ConsoleSession();
  let out = '';
  for (const i of inputs) out = s.execute(i);
  return trimLines(out);
}

/** A fresh session whose `q(input)` gives the console text. */
export function session(): (input: string) => string {
  const s = new ConsoleSession();
  return (input) => trimLines(s.execute(input));
}
