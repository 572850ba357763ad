import type { UserConfig } from 'vitest/config';

export interface PackageConfigOptions {
  /** Project name shown in Vitest's output, normally the package name. */
  name: string;
  /** Succeed when the package has no test files yet. */
  passWithNoTests?: boolean;
}

/** Vitest settings for one qts package or app. */
export function packageConfig(options: PackageConfigOptions): UserConfig;
