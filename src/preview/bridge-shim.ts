/**
 * `window.hindsight` for the loopback browser preview: the same HindsightBridge that Electron's
 * preload exposes, implemented over same-origin HTTP (POST /api/<method>) and Server-Sent Events
 * (GET /api/events) served by src/preview/serve.ts. Bundled into the renderer, so it must not
 * import anything from Node; only types cross.
 */
import type { HindsightBridge, ImportProgressEvent } from '../api.js';

type Remote = Exclude<keyof HindsightBridge, 'onImportProgress' | 'pathForFile'>;

/** Build the bridge against an origin ('' = the page's own). */
export function createBridgeShim(base = ''): HindsightBridge {
  async function call<T>(method: Remote, ...args: unknown[]): Promise<T> {
    // JSON turns an omitted optional argument into null; drop trailing ones as IPC would keep them absent.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const res = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
      credentials: 'same-origin',
    });
    const body = (await res.json().catch(() => null)) as { ok: boolean; value?: T; error?: string } | null;
    if (!res.ok || !body || !body.ok) throw new Error(body?.error ?? `The preview server answered ${res.status} to ${method}.`);
    return body.value as T;
  }

  const listeners = new Set<(p: ImportProgressEvent) => void>();
  let source: EventSource | null = null;

  function onImportProgress(listener: (p: ImportProgressEvent) => void): () => void {
    listeners.add(listener);
    if (!source) {
      source = new EventSource(`${base}/api/events`);
      source.addEventListener('progress', (event) => {
        const p = JSON.parse(String((event as MessageEvent).data)) as ImportProgressEvent;
        for (const l of listeners) l(p);
      });
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  }

  return {
    importArchive: (path) => call('importArchive', path),
    importDemo: () => call('importDemo'),
    cancelImport: () => call('cancelImport'),
    onImportProgress,
    pickArchives: (kind) => call('pickArchives', kind),
    // A browser never reveals a dropped file's path; the preview imports by picking instead.
    pathForFile: () => null,
    analyse: () => call('analyse'),
    listArchives: () => call('listArchives'),
    listAccounts: () => call('listAccounts'),
    queryFindings: (q) => call('queryFindings', q),
    countFindings: (q) => call('countFindings', q),
    setReview: (r) => call('setReview', r),
    getSettings: () => call('getSettings'),
    setSettings: (s) => call('setSettings', s),
    exportReport: (format, options) => call('exportReport', format, options),
    exportXDeletions: () => call('exportXDeletions'),
    timeline: () => call('timeline'),
    remediationFor: (findingId) => call('remediationFor', findingId),
    saveExport: (request) => call('saveExport', request),
    openExternal: (url) => call('openExternal', url),
    workspaceInfo: () => call('workspaceInfo'),
    deleteWorkspace: () => call('deleteWorkspace'),
  };
}

/** The page's own bridge (the renderer's bridge.ts picks this up when there is no preload). */
export const bridge: HindsightBridge = createBridgeShim();
export default bridge;
