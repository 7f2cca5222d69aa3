/**
 * Packaging and install scripts: electron-builder targets for the three platforms, the fuses the
 * afterPack hook flips, the postinstall that builds better-sqlite3 for Electron apart from the
 * Node build (and its nodedir trap), and `npm start` without the Electron binary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(s: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
  afterPack: string;
  npmRebuild: boolean;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
  electronVersion?: string;
}

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const electronInstalled = (() => {
  try {
    return existsSync(require('electron') as string);
  } catch {
    return false;
  }
})();

describe('electron-builder.yml', () => {
  it('builds AppImage and deb on Linux, dmg on macOS and NSIS on Windows', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.productName).toBe('Hindsight');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('packages the build and resources, unpacks better-sqlite3, and ships the Electron build of it', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'resources/**', '!node_modules/electron/**']));
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.extraResources).toContainEqual(expect.objectContaining({ from: 'build/electron-native', to: 'electron-native' }));
    // Rebuilding in place would replace the Node build the tests and CLI use.
    expect(config.npmRebuild).toBe(false);
    // The version comes from the installed electron package.
    expect(config.electronVersion).toBeUndefined();
  });

  it('flips the fuses in an afterPack hook', () => {
    expect(config.afterPack).toBe('./scripts/after-pack.cjs');
    const hook = require('../scripts/after-pack.cjs') as { (ctx: unknown): Promise<void>; FUSES: Record<string, boolean> };
    expect(typeof hook).toBe('function');
    expect(hook.FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
    const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
    for (const name of Object.keys(hook.FUSES)) expect(FuseV1Options[name], name).toEqual(expect.any(Number));
  });
});

describe('scripts/after-pack.cjs', () => {
  it('flips the fuse wire of the packed Linux binary as FUSES says', async () => {
    const fuses = require('@electron/fuses') as {
      FuseV1Options: Record<string, number>;
      getCurrentFuseWire(path: string): Promise<Record<string, number | string>>;
    };
    const { SENTINEL } = require('@electron/fuses/dist/constants') as { SENTINEL: string };
    const hook = require('../scripts/after-pack.cjs') as { (ctx: unknown): Promise<void>; FUSES: Record<string, boolean> };
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-fuses-'));
    try {
      // A stand-in binary with Electron's fuse wire: sentinel, version 1, 8 fuses in Electron's
      // shipped state (RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off).
      const wire = Buffer.from('10110001', 'ascii');
      const binary = Buffer.concat([Buffer.alloc(64, 0x90), Buffer.from(SENTINEL, 'ascii'), Buffer.from([1, wire.length]), wire, Buffer.alloc(64, 0x90)]);
      writeFileSync(join(dir, 'hindsight'), binary);
      await hook({ appOutDir: dir, electronPlatformName: 'linux', arch: 1, packager: { appInfo: { productFilename: 'Hindsight' }, executableName: 'hindsight' } });
      const state = await fuses.getCurrentFuseWire(join(dir, 'hindsight'));
      const on = '1'.charCodeAt(0);
      const off = '0'.charCodeAt(0);
      for (const [name, value] of Object.entries(hook.FUSES)) expect(state[fuses.FuseV1Options[name]!], name).toBe(value ? on : off);
      // LoadBrowserProcessSpecificV8Snapshot is left as Electron ships it.
      expect(state[fuses.FuseV1Options.LoadBrowserProcessSpecificV8Snapshot!]).toBe(off);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scripts/electron-native.mjs (postinstall)', () => {
  it('removes npm_config_nodedir (and other ABI redirects) from the build environment', async () => {
    const { buildEnv } = await import('../scripts/electron-native.mjs');
    const env = buildEnv({ PATH: '/bin', npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', npm_config_target: '20.0.0', npm_config_runtime: 'node', npm_config_arch: 'x64' });
    expect(env).toEqual({ PATH: '/bin', npm_config_arch: 'x64' });
  });

  it('plans prebuild-install then node-gyp, both for the Electron runtime and version', async () => {
    const { plan } = await import('../scripts/electron-native.mjs');
    const p = plan();
    const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
    expect(p.electronVersion).toBe(electronVersion);
    expect(p.out).toMatch(/build[\\/]electron-native[\\/]better_sqlite3\.node$/);
    const prebuild = p.steps.find((s) => s.tool === 'prebuild-install')!;
    expect(prebuild.args).toEqual(expect.arrayContaining(['--runtime', 'electron', '--target', electronVersion]));
    const gyp = p.steps.find((s) => s.tool === 'node-gyp')!;
    expect(gyp.args).toEqual(expect.arrayContaining(['rebuild', '--runtime=electron', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers']));
  });

  it.skipIf(electronInstalled)('without the Electron binary prints one line, exits 0, and leaves the Node build alone', () => {
    const nodeBuild = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    const before = statSync(nodeBuild).mtimeMs;
    const r = spawnSync(process.execPath, ['scripts/electron-native.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/Electron binary is not installed/);
    expect(statSync(nodeBuild).mtimeMs).toBe(before);
  });
});

describe('npm start', () => {
  it.skipIf(electronInstalled)('without the Electron binary says so in one sentence, names the CLI and the preview, and exits 0', () => {
    const r = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Electron is not installed on this machine/);
    expect(lines[0]).toMatch(/npm run audit -- <archive/);
    expect(lines[0]).toMatch(/npm run preview:web/);
    expect(r.stderr).toBe('');
  });
});

describe('electron.vite.config.ts', () => {
  it('builds main and preload from electron/ and the renderer from renderer/', async () => {
    const { default: config } = (await import('../electron.vite.config.js')) as {
      default: {
        main: { build: { rolldownOptions: { input: Record<string, string> } } };
        preload: { build: { rolldownOptions: { input: Record<string, string>; output: { format: string; entryFileNames: string } } } };
        renderer: { root: string; build: { outDir: string } };
      };
    };
    expect(config.main.build.rolldownOptions.input.index).toMatch(/electron[\\/]main\.ts$/);
    expect(config.preload.build.rolldownOptions.input.index).toMatch(/electron[\\/]preload\.ts$/);
    // A sandboxed preload must be CommonJS; main.ts loads ../preload/index.cjs.
    expect(config.preload.build.rolldownOptions.output).toEqual({ format: 'cjs', entryFileNames: '[name].cjs' });
    expect(config.renderer.root).toBe('renderer');
    expect(config.renderer.build.outDir).toMatch(/out[\\/]renderer$/);
  });
});

describe('the built main process bundle', () => {
  it('imports only Node built-ins, electron and packaged dependencies, and no JSON by bare ESM import', () => {
    const out = mkdtempSync(join(tmpdir(), 'hindsight-main-build-'));
    try {
      const r = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--outDir', out], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const bundle = readFileSync(join(out, 'main', 'index.js'), 'utf8');
      const specs = [...bundle.matchAll(/^import\s+(?:[\w*{}\s,]+\s+from\s+)?"([^"]+)"/gm)].map((m) => m[1]!);
      expect(specs.length).toBeGreaterThan(0);
      const deps = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> }).dependencies);
      for (const spec of specs) {
        // Node refuses `import x from "pkg/file.json"` without an import attribute, which the bundler drops.
        expect(spec, `${spec} is imported as ESM JSON`).not.toMatch(/\.json$/);
        if (spec.startsWith('node:') || spec === 'electron') continue;
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        expect(deps, `${spec} must be a runtime dependency to be packaged`).toContain(pkg);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
