#!/usr/bin/env node
// `npm start`: open the desktop app. Builds out/ with electron-vite when any source is newer
// than the last build, then runs `electron-vite preview` on the built app.
//
// Without the Electron binary (its download host is unreachable on some machines, and npm then
// installs the package without it) this prints one sentence naming the two other ways in and
// exits 0: exit 1 would make npm wrap the sentence in a screen of lifecycle errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time under a folder (or of a file), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, name)));
  }
  return max;
}

/** True when out/ is missing or older than any source that goes into it. */
export function outIsStale(root = ROOT) {
  const built = Math.min(
    ...['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  );
  if (built === 0) return true;
  const sources = ['electron', 'src', 'renderer', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => newest(join(root, p)));
  return Math.max(...sources) > built;
}

function main() {
  if (!electronBinary()) {
    console.log(
      'Electron is not installed on this machine, so the desktop app cannot open here; audit an archive with "npm run audit -- <archive.zip>" or open the browser preview with "npm run preview:web".',
    );
    return 0;
  }
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const args = outIsStale() ? ['preview'] : ['preview', '--skipBuild'];
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, stdio: 'inherit' });
  return r.status ?? 1;
}

process.exit(main());
