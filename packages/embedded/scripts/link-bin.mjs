#!/usr/bin/env node
// After a build: make dist/cli.js executable and link it as node_modules/.bin/qts, so that
// `pnpm --filter @qts/embedded exec qts` finds the console (pnpm links a package's bin into
// its dependents, not into the package itself).
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
const bin = join(root, 'node_modules', '.bin');
chmodSync(cli, 0o755);
mkdirSync(bin, { recursive: true });
rmSync(join(bin, 'qts'), { force: true });
symlinkSync(relative(bin, cli), join(bin, 'qts'));
