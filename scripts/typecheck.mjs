#!/usr/bin/env node
// `npm run typecheck`: core (Node), renderer (web, no Node types) and the Electron shell.
// The shell is checked only when the electron package is installed (it is optional: its
// binary download fails on machines without network, and npm then leaves it out).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const checks = [
  ['tsc', ['-p', 'tsconfig.node.json', '--noEmit']],
  ['vue-tsc', ['-p', 'tsconfig.web.json', '--noEmit']],
];
if (existsSync('node_modules/electron/electron.d.ts')) checks.push(['tsc', ['-p', 'tsconfig.electron.json', '--noEmit']]);
else console.log('typecheck: electron is not installed, so electron/ is not checked.');

let failed = false;
for (const [bin, args] of checks) {
  const r = spawnSync(`node_modules/.bin/${bin}`, args, { stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
