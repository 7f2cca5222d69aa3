/**
 * The preload: the only code with both a renderer and IPC in reach. It exposes one typed object
 * of named functions as `window.hindsight` (HindsightBridge) and nothing else: no ipcRenderer,
 * no generic invoke(channel), no event objects handed to the page.
 *
 * It runs sandboxed, so it is bundled to one CommonJS file that imports only 'electron' and the
 * import-free channel names.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { HindsightBridge, ImportProgressEvent } from '../src/api.js';
import { ipcChannel, PROGRESS_CHANNEL, type BridgeMethod } from '../src/bridge-methods.js';

function invoke<T>(method: BridgeMethod, ...args: unknown[]): Promise<T> {
  return ipcRenderer.invoke(ipcChannel(method), ...args) as Promise<T>;
}

const bridge: HindsightBridge = {
  importArchive: (path) => invoke('importArchive', path),
  importDemo: () => invoke('importDemo'),
  cancelImport: () => invoke('cancelImport'),
  onImportProgress(listener) {
    // The page gets the payload only, never the IpcRendererEvent (it carries a sender object).
    const handler = (_event: unknown, p: ImportProgressEvent): void => listener(p);
    ipcRenderer.on(PROGRESS_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, handler);
    };
  },
  pickArchives: (kind) => invoke('pickArchives', kind),
  pathForFile(file) {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
  analyse: () => invoke('analyse'),
  listArchives: () => invoke('listArchives'),
  listAccounts: () => invoke('listAccounts'),
  queryFindings: (q) => invoke('queryFindings', q),
  countFindings: (q) => invoke('countFindings', q),
  setReview: (r) => invoke('setReview', r),
  getSettings: () => invoke('getSettings'),
  setSettings: (s) => invoke('setSettings', s),
  exportReport: (format, options) => invoke('exportReport', format, options),
  exportXDeletions: () => invoke('exportXDeletions'),
  timeline: () => invoke('timeline'),
  remediationFor: (findingId) => invoke('remediationFor', findingId),
  saveExport: (request) => invoke('saveExport', request),
  openExternal: (url) => invoke('openExternal', url),
  workspaceInfo: () => invoke('workspaceInfo'),
  deleteWorkspace: () => invoke('deleteWorkspace'),
};

contextBridge.exposeInMainWorld('hindsight', bridge);
