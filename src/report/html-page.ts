/**
 * The shell every HTML export shares: a strict CSP (no scripts, no remote anything, so the file
 * is inert wherever it is opened), system fonts only, and print rules so the app's printToPDF
 * of the same HTML paginates cleanly.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
:root{color-scheme:light}
body{font:15px/1.55 "Iowan Old Style","Palatino Linotype",Palatino,Georgia,serif;color:#1d2125;margin:0 auto;padding:2.5rem 2rem;max-width:58rem}
h1,h2,h3{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;font-weight:600;color:#17324d;line-height:1.25}
h1{font-size:1.7rem;margin:0 0 .3rem}
h2{font-size:1.2rem;margin:2.2rem 0 .6rem;padding-bottom:.25rem;border-bottom:1px solid #d5dbe1}
h3{font-size:1rem;margin:1.4rem 0 .4rem}
.meta{color:#56606b;font-size:.9rem;margin:0 0 1.5rem}
.statement{font-size:.9rem;color:#3d4650;background:#f4f6f8;border-left:3px solid #8aa0b5;padding:.6rem .9rem;margin:1rem 0}
.warning{font-weight:600;color:#7a1f1f;background:#fbeaea;border-left:3px solid #b33a3a;padding:.6rem .9rem;margin:1rem 0}
table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0 1rem}
th{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;font-weight:600;text-align:left;color:#3d4650;border-bottom:1.5px solid #8aa0b5;padding:.35rem .5rem}
td{border-bottom:1px solid #e3e7eb;padding:.4rem .5rem;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.small{font-size:.82rem;color:#56606b}
.excerpt{font-style:italic;color:#3d4650}
ol.steps{margin:.3rem 0 .8rem 1.2rem;padding:0}
ul.prompts li{margin:.4rem 0}
a{color:#1f5d99}
footer{margin-top:3rem;font-size:.8rem;color:#6b747d;border-top:1px solid #d5dbe1;padding-top:.5rem}
@page{size:A4;margin:18mm 16mm 20mm}
@media print{body{padding:0;max-width:none;font-size:11pt}a{color:inherit;text-decoration:none}h2{break-after:avoid}tr,li{break-inside:avoid}}
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>
${body}
</body></html>
`;
}
