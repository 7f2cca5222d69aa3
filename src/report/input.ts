import { verificationDates } from '../remediation/verify.js';
import { queryFindings } from '../store/findings-query.js';
import type { Workspace } from '../store/workspace.js';
import type { AccountRange, ReportInput } from './audit-model.js';

/** Read everything a report needs from the workspace (one place for the service and the CLI). */
export function collectReportInput(ws: Workspace): ReportInput {
  const accounts = ws.db
    .prepare(
      `SELECT platform, account AS handle, count(*) AS posts, min(created_at) AS first, max(created_at) AS last
       FROM posts GROUP BY platform, account ORDER BY platform, account`,
    )
    .all() as AccountRange[];
  return {
    archives: ws.listArchives().map(({ skippedDetail: _skipped, ...a }) => a),
    posts: ws.countPosts(),
    findings: queryFindings(ws.db, {}),
    settings: ws.getSettings(),
    verifiedAt: verificationDates(ws.db),
    accounts,
  };
}
