#!/usr/bin/env node
// The postinstall: build better-sqlite3 for Electron's ABI into build/electron-native/, apart
// from node_modules/better-sqlite3/build (the Node build the tests and the CLI load). electron/
// main.ts hands that file to better-sqlite3 as its nativeBinding.
//
// Works on a copy of the package in a temporary folder: first `prebuild-install --runtime
// electron`, then, if no prebuilt binary matches, `node-gyp rebuild --runtime=electron` against
// Electron's headers. npm exports .npmrc settings as npm_config_* variables, and a `nodedir`
// there (some machines set nodedir=/usr) would make node-gyp silently build against Node's
// headers instead; the variable is removed from the build's environment.
//
// Never fails `npm install`: without the Electron binary (no network to its download host) it
// prints one line and exits 0, and a failed build is one line of warning.
//
//   node scripts/electron-native.mjs            build if needed
//   node scripts/electron-native.mjs --dry-run  print the plan as JSON, build nothing
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'build', 'electron-native');
const OUT_FILE = join(OUT_DIR, 'better_sqlite3.node');
const STAMP = join(OUT_DIR, 'stamp.json');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';
const require = createRequire(import.meta.url);

/** Path of the Electron binary when it is installed, else null (require('electron') throws or names a missing file). */
export function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The child environment: npm's exported settings that would redirect the build are removed. */
export function buildEnv(env = process.env) {
  const out = { ...env };
  for (const key of Object.keys(out)) {
    // nodedir: build against these (Node's) headers; target/runtime/disturl: a different ABI.
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|build_from_source)$/i.test(key)) delete out[key];
  }
  return out;
}

/** node-gyp: npm's own (npm_config_node_gyp, set during lifecycle scripts), else the project's. */
function nodeGypBin() {
  const candidates = [
    process.env.npm_config_node_gyp,
    join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

export function plan() {
  const electronVersion = readJson(join(ROOT, 'node_modules', 'electron', 'package.json')).version;
  const sqliteVersion = readJson(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json')).version;
  const arch = process.env.npm_config_arch || process.arch;
  const prebuild = join(ROOT, 'node_modules', 'prebuild-install', 'bin.js');
  const gyp = nodeGypBin();
  return {
    electronVersion,
    sqliteVersion,
    arch,
    out: OUT_FILE,
    steps: [
      existsSync(prebuild) && { tool: 'prebuild-install', args: [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--verbose'] },
      gyp && {
        tool: 'node-gyp',
        args: [gyp, 'rebuild', '--release', '--runtime=electron', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS}`],
      },
    ].filter(Boolean),
  };
}

function upToDate(p) {
  if (!existsSync(OUT_FILE) || !existsSync(STAMP)) return false;
  try {
    const s = readJson(STAMP);
    return s.electronVersion === p.electronVersion && s.sqliteVersion === p.sqliteVersion && s.arch === p.arch;
  } catch {
    return false;
  }
}

function build(p) {
  const work = mkdtempSync(join(tmpdir(), 'hindsight-electron-native-'));
  const pkg = join(work, 'better-sqlite3');
  try {
    // A copy without build/: the Node build in node_modules is never touched.
    const src = join(ROOT, 'node_modules', 'better-sqlite3');
    cpSync(src, pkg, { recursive: true, filter: (from) => resolve(from) !== join(src, 'build') });
    const env = buildEnv();
    for (const step of p.steps) {
      const r = spawnSync(process.execPath, step.args, { cwd: pkg, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
      const built = join(pkg, 'build', 'Release', 'better_sqlite3.node');
      if (r.status === 0 && existsSync(built)) {
        mkdirSync(OUT_DIR, { recursive: true });
        copyFileSync(built, OUT_FILE);
        writeFileSync(STAMP, JSON.stringify({ electronVersion: p.electronVersion, sqliteVersion: p.sqliteVersion, arch: p.arch, via: step.tool }, null, 2));
        return step.tool;
      }
    }
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  if (!electronBinary()) {
    console.log('electron-native: the Electron binary is not installed here, so better-sqlite3 was not built for Electron (the CLI, tests and browser preview do not need it).');
    return;
  }
  const p = plan();
  if (process.argv.includes('--dry-run')) {
    console.log(JSON.stringify({ ...p, env: { npm_config_nodedir: buildEnv().npm_config_nodedir ?? null } }, null, 2));
    return;
  }
  if (upToDate(p)) {
    console.log(`electron-native: better-sqlite3 for Electron ${p.electronVersion} (${p.arch}) is up to date.`);
    return;
  }
  const via = build(p);
  if (via) console.log(`electron-native: built better-sqlite3 ${p.sqliteVersion} for Electron ${p.electronVersion} (${p.arch}) with ${via} into build/electron-native/.`);
  else
    console.warn(
      `electron-native: could not build better-sqlite3 for Electron ${p.electronVersion} (no prebuilt binary, and node-gyp failed); the desktop app will not open its workspace until "npm run postinstall" succeeds.`,
    );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.warn(`electron-native: skipped (${err instanceof Error ? err.message : String(err)}).`);
  }
  process.exit(0);
}
