/** Result of {@link measure}: milliseconds. */
export interface Measurement {
  readonly median: number;
  readonly min: number;
  readonly runs: number;
}
/** Time `fn`: warm-up calls, then the median of `runs` timed calls in milliseconds. */
export function measure(
  fn: () => unknown,
  options?: { warmup?: number; runs?: number },
): Measurement;
/** The most recent result of a measured function (keeps the work observable). */
export let sink: unknown;
/** Milliseconds as text. */
export function formatMs(ms: number): string;
/** Print rows as an aligned text table. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void;
