// electron-builder afterPack hook: flip Electron's fuses in the packaged binary before it is
// signed and wrapped into an installer. Fuses are switches compiled into the Electron binary;
// flipping them here removes ways to run the app's binary as something other than Hindsight.
// CommonJS because electron-builder require()s its hooks.
'use strict';
const path = require('node:path');

/** Each fuse and why it is set so. Read by tests/electron-packaging.test.ts. */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.js interpreter.
  RunAsNode: false,
  // NODE_OPTIONS could preload arbitrary code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would let anyone attach a debugger to the main process.
  EnableNodeCliInspectArguments: false,
  // Refuse to start if app.asar was altered after packaging (macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Load the app only from app.asar, never from a loose app/ folder planted beside it.
  OnlyLoadAppFromAsar: true,
  // Encrypt Chromium's cookie store with an OS-held key (the app sets no cookies; defence in depth).
  EnableCookieEncryption: true,
  // The app serves itself on app://, never file://; file:// pages get no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/** Path of the Electron executable inside the packed output, per platform. */
function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

async function afterPack(context) {
  const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
  const config = { version: FuseVersion.V1, strictlyRequireAllFuses: false };
  for (const [name, value] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`Unknown Electron fuse ${name}`);
    config[FuseV1Options[name]] = value;
  }
  // Flipping fuses breaks the ad-hoc signature of arm64 macOS builds; re-sign ad hoc (the real
  // signature, when configured, is applied after this hook).
  config.resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === 3; // Arch.arm64
  await flipFuses(electronBinary(context), config);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
