import type { FindingView, RemediationKind, RemediationSteps } from '../api.js';
import { PLATFORM_LABELS, type Platform } from '../model.js';
import { isAllowedExternalUrl } from '../security/allowed-hosts.js';
import { remediationKind, type RemediationAction } from './kinds.js';
import { NO_AUTOMATION_STATEMENT } from './no-automation.js';
import { CAMERA_LOCATION_OFF, FALLBACK_STEPS, LOCATION_PREVENTION, STEP_TABLE, type StepKey } from './step-table.js';

export type { RemediationSteps } from '../api.js';

/** The account's own profile page, for fixes that are about the profile rather than a post. */
function profileUrl(platform: Platform, handle: string | null): string | null {
  switch (platform) {
    case 'twitter':
      return handle && /^[A-Za-z0-9_]{1,15}$/.test(handle) ? `https://x.com/${handle}` : null;
    case 'facebook':
      // facebook.com/me opens the signed-in user's own profile, whatever its vanity name.
      return 'https://www.facebook.com/me';
    case 'linkedin':
      return 'https://www.linkedin.com/in/me/';
  }
}

function actionFor(f: FindingView, kind: RemediationKind): RemediationAction {
  if (kind === 'account') return 'fix';
  return f.status === 'edit' ? 'edit' : 'remove';
}

function accountLabel(f: FindingView): string {
  if (!f.account) return 'your account';
  return f.platform === 'twitter' ? `@${f.account.replace(/^@/, '')}` : f.account;
}

/**
 * The exact steps for acting on one finding on its platform. An anonymity finding is fixed on the
 * profile, not by deleting a post; a geotag finding also gets the settings that stop it recurring.
 */
export function stepsFor(f: FindingView): RemediationSteps {
  const kind = remediationKind(f);
  const action = actionFor(f, kind);
  const entry = STEP_TABLE[`${f.platform}:${kind}:${action}` as StepKey] ?? FALLBACK_STEPS[action];
  const who = accountLabel(f);
  const steps = entry.steps.map((s) => s.replaceAll('{account}', who));
  if (f.pass === 'geotag') {
    steps.push(...LOCATION_PREVENTION[f.platform]);
    if (kind === 'photo' || f.evidence.some((e) => e.kind === 'gps' || e.field === 'exif')) steps.push(CAMERA_LOCATION_OFF);
  }
  const candidate = kind === 'account' ? profileUrl(f.platform, f.account) : f.url;
  return {
    title: entry.title === FALLBACK_STEPS[action].title ? `${entry.title} (${PLATFORM_LABELS[f.platform]})` : entry.title,
    steps,
    url: candidate && isAllowedExternalUrl(candidate) ? candidate : null,
    kind,
    action,
    noAutomation: NO_AUTOMATION_STATEMENT,
  };
}
