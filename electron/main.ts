/**
 * The Electron main process, kept thin: open the workspace, wire the bridge handlers from
 * src/handlers.ts to IPC, open one hardened window on app://hindsight/. All logic lives in src/.
 */
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRIDGE_METHODS, ipcChannel, PROGRESS_CHANNEL } from '../src/bridge-methods.js';
import { createHandlers } from '../src/handlers.js';
import { createHindsight, type Hindsight } from '../src/service.js';
import { htmlToPdf } from './print-to-pdf.js';
import { APP_ORIGIN, devServerOrigin, WEB_PREFERENCES } from './security-policy.js';
import { handleFromApp, hardenSession, hardenWebContents, registerAppScheme, serveRenderer } from './security.js';

const here = dirname(fileURLToPath(import.meta.url));
/** electron-vite writes out/main/index.js, out/preload/index.cjs and out/renderer/. */
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');
/** `npm run dev` serves the renderer with hot reload; never set in a packaged app. */
const DEV_ORIGIN = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);

// Before ready: the app:// scheme, the sandbox for every renderer, one instance per workspace.
registerAppScheme();
app.enableSandbox();
// The same folder as src/service.ts defaultWorkspacePath() (appData/Hindsight), whatever the
// package name's case: the CLI and the app share one workspace.
app.setPath('userData', join(app.getPath('appData'), 'Hindsight'));
const firstInstance = app.requestSingleInstanceLock();

/** better-sqlite3 built for Electron's ABI, kept apart from the Node build (scripts/electron-native.mjs). */
function electronNativeBinding(): string | undefined {
  const candidates = app.isPackaged
    ? [join(process.resourcesPath, 'electron-native', 'better_sqlite3.node')]
    : [join(app.getAppPath(), 'build', 'electron-native', 'better_sqlite3.node')];
  return candidates.find((p) => existsSync(p));
}

function demoArchivePath(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'demo', 'hindsight-demo-x.zip')
    : join(app.getAppPath(), 'resources', 'demo', 'hindsight-demo-x.zip');
}

function openService(): Hindsight {
  return createHindsight({ dbPath: join(app.getPath('userData'), 'workspace.db'), nativeBinding: electronNativeBinding() });
}

let window: BrowserWindow | null = null;

/** The Save dialog's file-type line for each export format. */
const SAVE_FILTERS: Readonly<Record<string, Electron.FileFilter>> = {
  '.csv': { name: 'CSV spreadsheet', extensions: ['csv'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.html': { name: 'Web page', extensions: ['html'] },
  '.md': { name: 'Markdown text', extensions: ['md'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.txt': { name: 'Text', extensions: ['txt'] },
};

/**
 * Save an export where the user chooses. The session refuses downloads, so the renderer never
 * makes a blob link: the main process writes the file itself. Null when the dialog is cancelled.
 */
async function saveFile(suggestedName: string, data: string | Buffer): Promise<string | null> {
  const filter = SAVE_FILTERS[extname(suggestedName).toLowerCase()];
  const options: Electron.SaveDialogOptions = {
    title: 'Save export',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: filter ? [filter] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, data);
  return result.filePath;
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Hindsight',
    backgroundColor: '#ffffff',
    webPreferences: { ...WEB_PREFERENCES, preload: PRELOAD },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(DEV_ORIGIN ? process.env.ELECTRON_RENDERER_URL! : `${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession, DEV_ORIGIN);
  hardenWebContents(DEV_ORIGIN);
  serveRenderer(session.defaultSession, RENDERER_DIR);

  let hs: Hindsight;
  try {
    hs = openService();
  } catch (err) {
    // The usual cause: better-sqlite3 built for Node, not for this Electron (no network at install time).
    dialog.showErrorBox(
      'Hindsight cannot open its workspace',
      `${err instanceof Error ? err.message : String(err)}\n\nRun "npm run postinstall" with network access to build the database driver for Electron.`,
    );
    app.exit(1);
    return;
  }

  const handlers = createHandlers({
    hs,
    async pickArchives(kind) {
      const options: Electron.OpenDialogOptions =
        kind === 'zip'
          ? { title: 'Open an export archive', properties: ['openFile', 'multiSelections'], filters: [{ name: 'Export archives', extensions: ['zip'] }] }
          : { title: 'Open an unzipped export folder', properties: ['openDirectory', 'multiSelections'] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    // Reached only after the handler's allow-list check (src/security/allowed-hosts.ts).
    openExternal: (url) => shell.openExternal(url),
    demoPath: demoArchivePath(),
    emitProgress: (p) => window?.webContents.send(PROGRESS_CHANNEL, p),
    resetWorkspace: openService,
    saveFile,
    htmlToPdf,
  });

  for (const method of BRIDGE_METHODS) {
    const fn = handlers[method] as (...args: unknown[]) => Promise<unknown>;
    handleFromApp(ipcChannel(method), (...args) => fn(...args), DEV_ORIGIN);
  }

  window = createWindow();
  window.on('closed', () => {
    window = null;
  });

  app.on('second-instance', () => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('activate', () => {
    if (!window) window = createWindow();
  });
  // One window is the whole app, on macOS too: closing it ends the session.
  app.on('window-all-closed', () => app.quit());
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    // Cancel a running import first (its transaction rolls back), then close the database.
    event.preventDefault();
    closed = true;
    void handlers
      .cancelImport()
      .catch(() => undefined)
      .finally(() => {
        handlers.current().close();
        app.quit();
      });
  });
}

if (firstInstance) void start();
else app.quit();
