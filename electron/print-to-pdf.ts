/**
 * PDF exports the way DESIGN.md asks: the export's own HTML (a static page with a script-free CSP)
 * printed by Chromium with webContents.printToPDF, in a hidden window that cannot reach anything.
 *
 * The window lives in its own in-memory session ("hindsight-print"), apart from the app's: that
 * session serves only the one document being printed, on app://print/<n>.html, cancels every other
 * request, denies every permission and refuses downloads. The page runs without JavaScript.
 */
import { BrowserWindow, session, type Session } from 'electron';
import { APP_SCHEME, WEB_PREFERENCES } from './security-policy.js';

/** No "persist:" prefix: the print session keeps nothing on disk. */
export const PRINT_PARTITION = 'hindsight-print';
export const PRINT_ORIGIN = `${APP_SCHEME}://print`;
/** The exports' own CSP (src/report/html-page.ts), sent as a header too: inline styles, nothing else. */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** Page numbers in the bottom margin (the exports' @page rule leaves 20 mm for it). */
const FOOTER =
  '<div style="width:100%;text-align:center;font:8px system-ui,sans-serif;color:#6b747d">' +
  'Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>';

export function isPrintUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === 'print' && /^\/\d+\.html$/.test(u.pathname);
  } catch {
    return false;
  }
}

const documents = new Map<string, string>();
let printSession: Session | null = null;
let counter = 0;

function printSessionOnce(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintUrl(details.url) }));
  ses.on('will-download', (event) => event.preventDefault());
  ses.setSpellCheckerEnabled(false);
  ses.protocol.handle(APP_SCHEME, (request) => {
    const html = isPrintUrl(request.url) ? documents.get(new URL(request.url).pathname) : undefined;
    if (html === undefined) return new Response('Not found.', { status: 404, headers: { 'Content-Security-Policy': PRINT_CSP } });
    return new Response(html, { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP } });
  });
  printSession = ses;
  return ses;
}

/** Print one HTML export to an A4 PDF with page numbers. */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const ses = printSessionOnce();
  const path = `/${++counter}.html`;
  documents.set(path, html);
  const win = new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...WEB_PREFERENCES, session: ses, javascript: false },
  });
  try {
    await win.loadURL(`${PRINT_ORIGIN}${path}`);
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
  } finally {
    documents.delete(path);
    win.destroy();
  }
}
