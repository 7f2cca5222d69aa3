import { isAllowedExternalUrl } from '../security/allowed-hosts.js';
import type { AuditDocument, AuditFinding } from './audit-model.js';
import { EDITION_LABELS } from './guidance-text.js';
import { escapeHtml as e, htmlPage } from './html-page.js';
import { day, guidanceHeading, passLabel, platformLabel, statusLabel, verifiedLabel } from './labels.js';

function link(url: string | null, text: string): string {
  // Only the platforms' own hosts become links; anything else stays inert text.
  return url && isAllowedExternalUrl(url) ? `<a href="${e(url)}" rel="noreferrer noopener">${e(text)}</a>` : '';
}

function row(f: AuditFinding): string {
  const steps = f.steps
    ? `<div class="small"><strong>${e(f.steps.title)}</strong>${f.steps.url ? ` · ${link(f.steps.url, 'open')}` : ''}<ol class="steps">${f.steps.steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol></div>`
    : '';
  return `<tr>
<td>${e(day(f.createdAt))}<div class="small">${e(platformLabel(f.platform))}</div></td>
<td><strong>${e(passLabel(f.pass))}</strong><div class="small">${e(f.rule)} · ${e(f.severity)}</div></td>
<td>${e(guidanceHeading(f))}${f.guidanceText ? `<div class="small">${e(f.guidanceText.paraphrase)}</div>` : ''}</td>
<td><div class="excerpt">${e(f.excerpt)}</div><div class="small">${e(f.explanation)}</div></td>
<td>${e(statusLabel(f.status))}${f.note ? `<div class="small">${e(f.note)}</div>` : ''}<div class="small">${e(verifiedLabel(f))}</div>${steps}</td>
<td>${link(f.url, 'open')}</td>
</tr>`;
}

export function renderChecklistHtml(doc: AuditDocument): string {
  const body = `<h1>Hindsight checklist</h1>
<p class="meta">Generated ${e(day(doc.generatedAt))} · ${doc.archives.length} archive(s), ${doc.posts} posts, ${doc.findings.length} findings · guidance: ${e(EDITION_LABELS[doc.edition as '2013' | '2024'] ?? doc.edition)}</p>
${doc.warning ? `<p class="warning">${e(doc.warning)}</p>` : ''}
<p class="statement">${e(doc.statement)}</p>
<table><thead><tr><th>Date</th><th>Finding</th><th>Guidance</th><th>Excerpt and why</th><th>Decision</th><th>Link</th></tr></thead><tbody>
${doc.findings.map(row).join('\n')}
</tbody></table>`;
  return htmlPage('Hindsight checklist', body);
}
