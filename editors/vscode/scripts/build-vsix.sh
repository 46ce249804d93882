#!/usr/bin/env bash
# Builds provision-pvg.vsix from a clean clone: the locked npm packages (npm ci), the TypeScript build, the grammar
# tests, then @vscode/vsce. Needs node and npm (Debian's nodejs and npm packages work) and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run compile
npm run test:grammar
npx vsce package --allow-missing-repository --skip-license -o provision-pvg.vsix
ls -l provision-pvg.vsix
