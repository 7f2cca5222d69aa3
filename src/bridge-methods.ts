/**
 * The names of the bridge methods that cross a process or HTTP boundary, and the IPC channels
 * they travel on. Free of imports (types aside) so the sandboxed preload can bundle it.
 */
import type { HindsightBridge, SaveExportFormat, SaveExportKind } from './api.js';

/** Every bridge method that crosses the boundary, in one literal list IPC and the preview iterate. */
export const BRIDGE_METHODS = [
  'importArchive',
  'importDemo',
  'cancelImport',
  'pickArchives',
  'analyse',
  'listArchives',
  'listAccounts',
  'queryFindings',
  'countFindings',
  'setReview',
  'getSettings',
  'setSettings',
  'exportReport',
  'exportXDeletions',
  'timeline',
  'remediationFor',
  'saveExport',
  'openExternal',
  'workspaceInfo',
  'deleteWorkspace',
] as const;

export type BridgeMethod = (typeof BRIDGE_METHODS)[number];

/** The two bridge methods each transport implements itself (events, and File -> path). */
export type TransportMethod = 'onImportProgress' | 'pathForFile';

// Compile-time proof that BRIDGE_METHODS names exactly the bridge minus the transport methods.
type Missing = Exclude<Exclude<keyof HindsightBridge, TransportMethod>, BridgeMethod>;
type Extra = Exclude<BridgeMethod, keyof HindsightBridge>;
const everyMethodListed: [Missing | Extra] extends [never] ? true : Missing | Extra = true;
void everyMethodListed;

export function isBridgeMethod(name: string): name is BridgeMethod {
  return (BRIDGE_METHODS as readonly string[]).includes(name);
}

/** IPC channel of one method ("hindsight:queryFindings"). */
export function ipcChannel(method: BridgeMethod): string {
  return `hindsight:${method}`;
}

/** Main -> renderer import progress events. */
export const PROGRESS_CHANNEL = 'hindsight:import-progress';

/**
 * The file formats each saved export comes in, first = the default the Export screen offers. The
 * handler refuses any other pair; the renderer builds its choices from the same table.
 */
export const SAVE_EXPORT_FORMATS: Readonly<Record<SaveExportKind, readonly SaveExportFormat[]>> = {
  checklist: ['csv', 'pdf', 'html', 'md', 'json'],
  summary: ['pdf', 'html'],
  'x-deletions': ['txt', 'csv'],
};
