// Types for scripts/electron-native.mjs (the postinstall), for the tests and scripts/start.mjs.
export interface BuildStep {
  tool: 'prebuild-install' | 'node-gyp';
  args: string[];
}
export interface BuildPlan {
  electronVersion: string;
  sqliteVersion: string;
  arch: string;
  out: string;
  steps: BuildStep[];
}
/** Path of the Electron binary when it is installed, else null. */
export function electronBinary(): string | null;
/** The build's environment: npm_config_nodedir and other ABI redirects removed. */
export function buildEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function plan(): BuildPlan;
