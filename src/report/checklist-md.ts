import { isAllowedExternalUrl } from '../security/allowed-hosts.js';
import type { AuditDocument, AuditFinding } from './audit-model.js';
import { EDITION_LABELS } from './guidance-text.js';
import { day, guidanceHeading, passLabel, platformLabel, statusLabel, verifiedLabel } from './labels.js';

/** Markdown table cells: no pipes, no line breaks, no raw HTML a viewer might render (`<` is enough). */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s*\n\s*/g, ' ');
}

function link(f: AuditFinding): string {
  return f.url && isAllowedExternalUrl(f.url) ? `[open](${f.url})` : '';
}

/** The checklist as Markdown: summary line, the statement, a table, then a to-do list with steps. */
export function renderChecklistMd(doc: AuditDocument): string {
  const lines = ['# Hindsight checklist', ''];
  if (doc.warning) lines.push(`> **${doc.warning}**`, '');
  lines.push(
    `Generated ${day(doc.generatedAt)} · ${doc.archives.length} archive(s), ${doc.posts} posts, ${doc.findings.length} findings · guidance: ${EDITION_LABELS[doc.edition as '2013' | '2024'] ?? doc.edition}.`,
    '',
    `_${doc.statement}_`,
    '',
    '| Date | Platform | Finding | Guidance | Decision | Note | Verified | Link | Excerpt |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const f of doc.findings) {
    const cells = [
      day(f.createdAt),
      platformLabel(f.platform),
      `${passLabel(f.pass)} (${f.rule}, ${f.severity})`,
      guidanceHeading(f),
      statusLabel(f.status),
      f.note,
      verifiedLabel(f),
      link(f),
      f.excerpt,
    ];
    lines.push(`| ${cells.map(cell).join(' | ')} |`);
  }
  const todo = doc.findings.filter((f) => f.steps);
  if (todo.length) {
    lines.push('', '## To do on the platforms', '');
    for (const f of todo) {
      const s = f.steps!;
      lines.push(`- [ ] **${cell(s.title)}**: ${cell(`${day(f.createdAt)} ${platformLabel(f.platform)}`)}${s.url ? ` ([open](${s.url}))` : ''}`);
      for (const step of s.steps) lines.push(`  1. ${cell(step)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
