#!/usr/bin/env bash
# Sets up a fresh clone and runs one root package script: `bash tooling/scripts/run.sh demo|test|bench`.
# It brings its own pnpm (the version pinned in package.json), so a machine with only Node needs nothing else.
set -euo pipefail
cd "$(dirname "$0")/../.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0 TURBO_TELEMETRY_DISABLED=1

if [ "$(pnpm -v 2>/dev/null || true)" != "$pnpm_version" ]; then
  # corepack's signature check fails against some registries; npm is the fallback.
  COREPACK_INTEGRITY_KEYS=0 corepack enable >/dev/null 2>&1 \
    && COREPACK_INTEGRITY_KEYS=0 corepack prepare "pnpm@$pnpm_version" --activate >/dev/null 2>&1 \
    && [ "$(pnpm -v 2>/dev/null || true)" = "$pnpm_version" ] \
    || npm i -g "pnpm@$pnpm_version" >/dev/null
fi
echo "node $(node -v), pnpm $(pnpm -v)"

pnpm install --frozen-lockfile
pnpm run "$@"
