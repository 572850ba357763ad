import { defineConfig } from 'vitest/config';

/**
 * Vitest settings for one qts package or app: tests live beside the source as `src/**\/*.test.ts`.
 * The same file serves `vitest run` inside the package and the root run, where it is one project.
 *
 * @param {import('./index.js').PackageConfigOptions} options
 */
export function packageConfig({ name, passWithNoTests = false }) {
  return defineConfig({
    test: {
      name,
      include: ['src/**/*.test.ts'],
      environment: 'node',
      passWithNoTests,
    },
  });
}
