/**
 * q's console limits (`\c rows cols`, default 25 80): a line wider than `cols - 1` is cut
 * to `cols - 3` characters and `..`; output longer than `rows - 2` lines keeps its first
 * `rows - 3` lines and a last line `..`. `\c 10 10` then prints `0 1 2 3..` (9 wide) and
 * 7 lines plus `..`, as the reference shows for `\c`.
 */
import { cutToWidth, textWidth } from './text-width.js';

/** Console height and width, as `\c` holds them. */
export interface ConsoleSize {
  readonly rows: number;
  readonly cols: number;
}

/** q's default console size, `\c 25 80`. */
export const DEFAULT_CONSOLE: ConsoleSize = { rows: 25, cols: 80 };

/** The size clamped as `\c` clamps it, to 10..2000 each. */
export function consoleSize(size?: readonly [rows: number, columns: number]): ConsoleSize {
  if (size === undefined) return DEFAULT_CONSOLE;
  const clamp = (n: number): number =>
    Number.isFinite(n) ? Math.min(2000, Math.max(10, Math.floor(n))) : 2000;
  return { rows: clamp(size[0]), cols: clamp(size[1]) };
}

/** Most lines shown before the rest is replaced by `..`. */
export function maxLines(size: ConsoleSize): number {
  return size.rows - 2;
}

/** One line cut to the console width. */
export function fitLine(line: string, size: ConsoleSize): string {
  return textWidth(line) > size.cols - 1 ? `${cutToWidth(line, size.cols - 3)}..` : line;
}

/**
 * Lines cut to the console: at most {@link maxLines} lines (the last `..` when some were
 * left off), each at most `cols - 1` wide. `more` says that lines beyond `lines` exist.
 */
export function fitLines(lines: readonly string[], size: ConsoleSize, more = false): string[] {
  const limit = maxLines(size);
  let shown: string[] = [...lines];
  if (more || shown.length > limit)
    shown = [...shown.slice(0, Math.min(shown.length, limit - 1)), '..'];
  return shown.map((l) => (l === '..' ? l : fitLine(l, size)));
}
