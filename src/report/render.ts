import { stringify } from 'csv-stringify/sync';
import type { ExportFormat } from '../api.js';
import { PLATFORM_LABELS } from '../model.js';
import { auditFinding, type ReportInput } from './audit-model.js';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function excerpt(text: string | null, max = 140): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The checklist: one row per finding. JSON keeps the shape other tools rely on (DESIGN.md). */
export function renderReport(format: ExportFormat, input: ReportInput): string {
  const findings = input.findings.map(auditFinding);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ archives: input.archives, posts: input.posts, findings }, null, 2)}\n`;
    case 'csv':
      return stringify(
        findings.map((f) => ({
          platform: PLATFORM_LABELS[f.platform as keyof typeof PLATFORM_LABELS] ?? f.platform,
          date: f.createdAt ?? '',
          link: f.url ?? '',
          pass: f.pass,
          rule: f.rule,
          severity: f.severity,
          guidance: f.guidance.join('; '),
          decision: f.status,
          note: f.note,
          account: f.account ?? '',
          postId: f.postId ?? '',
          mediaPath: f.mediaPath ?? '',
          explanation: f.explanation,
        })),
        { header: true },
      );
    case 'md': {
      const lines = [
        '# Hindsight checklist',
        '',
        `${input.archives.length} archive(s), ${input.posts} posts, ${findings.length} findings.`,
        '',
        '| Date | Platform | Pass | Severity | Guidance | Decision | Link | Why |',
        '|---|---|---|---|---|---|---|---|',
      ];
      for (const f of findings) {
        const cells = [f.createdAt?.slice(0, 10) ?? '', f.platform, `${f.pass}/${f.rule}`, f.severity, f.guidance.join(', '), f.status, f.url ?? '', f.explanation];
        lines.push(`| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`);
      }
      return `${lines.join('\n')}\n`;
    }
    case 'html': {
      const rows = input.findings
        .map(
          (f) =>
            `<tr><td>${escapeHtml(f.createdAt?.slice(0, 10) ?? '')}</td><td>${escapeHtml(f.platform)}</td><td>${escapeHtml(`${f.pass}/${f.rule}`)}</td><td>${escapeHtml(f.severity)}</td><td>${escapeHtml(f.guidance.join(', '))}</td><td>${escapeHtml(f.status)}</td><td>${f.url ? `<a href="${escapeHtml(f.url)}">link</a>` : ''}</td><td>${escapeHtml(f.explanation)}<br><small>${escapeHtml(excerpt(f.pass === 'patient' ? '' : f.text))}</small></td></tr>`,
        )
        .join('\n');
      return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hindsight checklist</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}</style></head>
<body><h1>Hindsight checklist</h1><p>${input.archives.length} archive(s), ${input.posts} posts, ${findings.length} findings.</p>
<table><thead><tr><th>Date</th><th>Platform</th><th>Pass</th><th>Severity</th><th>Guidance</th><th>Decision</th><th>Link</th><th>Why</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>\n`;
    }
  }
}
