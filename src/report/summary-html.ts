import { escapeHtml as e, htmlPage } from './html-page.js';
import type { ReportInput, ReportOptions } from './audit-model.js';
import { MAX_ITEMS, summaryModel, type DecisionItem, type SummaryModel } from './summary-model.js';

function decisions(title: string, items: DecisionItem[], empty: string): string {
  if (items.length === 0) return `<h3>${e(title)}</h3><p class="small">${e(empty)}</p>`;
  const shown = items.slice(0, MAX_ITEMS);
  const more = items.length - shown.length;
  return `<h3>${e(title)} (${items.length})</h3>
<table><thead><tr><th>Posted</th><th>Platform</th><th>Concern</th><th>Why (your note)</th><th>Checked</th></tr></thead><tbody>
${shown.map((i) => `<tr><td>${e(i.date)}</td><td>${e(i.platform)}</td><td>${e(i.topic)}</td><td>${e(i.note) || '<span class="small">No note</span>'}</td><td class="small">${e(i.verified)}</td></tr>`).join('\n')}
</tbody></table>${more > 0 ? `<p class="small">…and ${more} more, listed in the checklist.</p>` : ''}`;
}

function body(m: SummaryModel): string {
  const t = m.totals;
  return `<h1>Review of my social media against GMC guidance</h1>
<p class="meta">${m.fullName ? `${e(m.fullName)} · ` : ''}Generated ${e(m.generatedAt.slice(0, 10))} with Hindsight · Guidance: ${e(m.edition)}</p>

<h2>What I reviewed</h2>
<p>${t.posts} posts${m.period ? ` written between ${e(m.period.first)} and ${e(m.period.last)}` : ''}, from ${m.archives.length} archive(s) downloaded from the platforms and read on my own computer.</p>
<table><thead><tr><th>Platform</th><th>Account</th><th class="num">Posts</th><th>First post</th><th>Last post</th></tr></thead><tbody>
${m.accounts.map((a) => `<tr><td>${e(a.platformLabel)}</td><td>${e(a.handle)}</td><td class="num">${a.posts}</td><td>${e(a.first?.slice(0, 10) ?? '')}</td><td>${e(a.last?.slice(0, 10) ?? '')}</td></tr>`).join('\n')}
</tbody></table>
<table><thead><tr><th>Archive</th><th>Platform</th><th>Account</th><th>Dated</th></tr></thead><tbody>
${m.archives.map((a) => `<tr><td>${e(a.file)}</td><td>${e(a.platform)}</td><td>${e(a.handle)}</td><td>${e(a.date)}</td></tr>`).join('\n')}
</tbody></table>

<h2>What was flagged</h2>
<p>${t.findings} finding(s): ${t.removed} to remove, ${t.edited} to edit, ${t.kept} kept after review, ${t.open} not yet decided.</p>
<table><thead><tr><th>Guidance</th><th class="num">Findings</th><th class="num">High</th><th class="num">Removed</th><th class="num">Edited</th><th class="num">Kept</th><th class="num">Open</th></tr></thead><tbody>
${m.byGuidance.map((g) => `<tr><td><strong>${e(g.heading)}</strong>${g.refs ? ` <span class="small">(${e(g.refs)})</span>` : ''}<div class="small">${e(g.paraphrase)}</div></td><td class="num">${g.findings}</td><td class="num">${g.high}</td><td class="num">${g.removed}</td><td class="num">${g.edited}</td><td class="num">${g.kept}</td><td class="num">${g.open}</td></tr>`).join('\n')}
</tbody></table>

<h2>What I did, and why</h2>
${decisions('Removed', m.removed, 'Nothing was marked for removal.')}
${decisions('Edited', m.edited, 'Nothing was marked for editing.')}
${decisions('Kept after review', m.kept, 'Nothing was kept after review.')}

<h2>What is verified</h2>
<p>Hindsight checks a decision when a newer archive of the same account is imported: a removed post must be gone from it (or listed as deleted), an edited post must no longer be flagged.</p>
<ul>
<li>${t.verifiedRemoved} removal(s) confirmed by a newer archive.</li>
<li>${t.verifiedEdited} edit(s) confirmed by a newer archive.</li>
<li>${t.awaiting} decision(s) awaiting a newer archive.</li>
</ul>

<h2>Reflection</h2>
<p>Questions to think about before appraisal:</p>
<ul class="prompts">
${m.prompts.map((p) => `<li>${e(p)}</li>`).join('\n')}
</ul>

<footer>This summary contains no post text and no patient details. It was produced on my own computer by Hindsight; nothing was uploaded.</footer>`;
}

/** The appraisal summary as a standalone HTML page; the app prints this to PDF (printToPDF). */
export function renderSummaryHtml(input: ReportInput, options: ReportOptions = {}): string {
  return htmlPage('Social media review: appraisal summary', body(summaryModel(input, options)));
}
