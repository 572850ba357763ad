import type { Reporter } from 'vitest/reporters';

/** Prints `Tests: N passed, N failed, N skipped` alone on a line at the end of a run. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd: NonNullable<Reporter['onTestRunEnd']>;
}
