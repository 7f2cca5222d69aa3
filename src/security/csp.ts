/**
 * The Content-Security-Policy every page of Hindsight is served with: by Electron's app://
 * protocol handler and by the loopback browser preview. Only the app's own origin; no remote
 * script, style, font, image or connection of any kind (DESIGN.md invariant 1). Each directive
 * is listed with the reason it is there, Signal-style; the header is built from this list.
 */
export const CSP_DIRECTIVES: readonly (readonly [directive: string, sources: string])[] = [
  // Everything not named below: the app's own origin only.
  ['default-src', "'self'"],
  // Scripts: the bundled renderer only. No 'unsafe-inline', no 'unsafe-eval' (Vue's runtime
  // build compiles templates ahead of time, so it needs neither).
  ['script-src', "'self'"],
  // Styles: the bundled CSS, plus inline style attributes, which Vue writes when it hoists a
  // static subtree with a style="" attribute into innerHTML. No remote stylesheets or fonts.
  ['style-src', "'self' 'unsafe-inline'"],
  // Images: the app's own files, thumbnails the renderer builds as data: or blob: URLs from
  // photos read out of the archive. Never a remote image (a tracking pixel would leak).
  ['img-src', "'self' data: blob:"],
  // Fonts: bundled only.
  ['font-src', "'self'"],
  // fetch/EventSource: the same origin (the preview's /api); Electron uses IPC, not the network.
  ['connect-src', "'self'"],
  // Video from an archive is shown from a blob: URL.
  ['media-src', "'self' blob:"],
  // No plugins, no <base> rewriting, no form posts anywhere, no frames in or out.
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-src', "'none'"],
  ['frame-ancestors', "'none'"],
  // Web workers (if the renderer ever uses one) from the bundle only.
  ['worker-src', "'self'"],
];

/** The header value, built from CSP_DIRECTIVES. */
export const CONTENT_SECURITY_POLICY: string = CSP_DIRECTIVES.map(([d, s]) => `${d} ${s}`).join('; ');

/** Other response headers both servers add to every page (no sniffing, no referrer, no framing). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};
