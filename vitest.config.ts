import SummaryReporter from '@qts/vitest-config/summary-reporter';
import { defineConfig } from 'vitest/config';

// One run at the root covers every package and app; each keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    reporters: ['default', new SummaryReporter()],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts', 'apps/*/src/**/*.ts'],
      exclude: ['**/*.test.ts'],
    },
  },
});
