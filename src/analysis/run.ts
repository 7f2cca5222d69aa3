import type { Finding } from '../model.js';
import { PASSES } from './registry.js';
import type { AnalysisInput, AnalysisPass, PassContext } from './types.js';

/** Run every pass over the workspace's records. Pure: the caller persists the findings. */
export function analyse(input: AnalysisInput, ctx: PassContext, passes: readonly AnalysisPass[] = PASSES): Finding[] {
  const findings: Finding[] = [];
  for (const account of input.accounts) {
    for (const pass of passes) if (pass.account) findings.push(...pass.account(account, ctx));
  }
  for (const item of input.posts) {
    for (const pass of passes) {
      if (pass.post) findings.push(...pass.post(item, ctx));
      if (pass.media) for (const m of item.media) findings.push(...pass.media(m, item.post, ctx));
    }
  }
  for (const m of input.looseMedia) {
    for (const pass of passes) if (pass.media) findings.push(...pass.media(m, null, ctx));
  }
  return findings;
}
