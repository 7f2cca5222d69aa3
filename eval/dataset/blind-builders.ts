/**
 * Builders shared by every blind set (eval/dataset/blind*.ts): one labelled post or account per call,
 * so the sets read as lists of texts and labels.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';

export type Plat = BlindPost['platform'];
export const P = (text: string, patient: boolean, platform: Plat = 'twitter'): BlindPost => ({ text, patient, platform });
export const I = (text: string, interest: boolean, platform: Plat = 'twitter'): BlindPost => ({ text, interest, platform });

export const PY = (text: string, platform?: Plat): BlindPost => P(text, true, platform);
export const PN = (text: string, platform?: Plat): BlindPost => P(text, false, platform);
export const IY = (text: string, platform?: Plat): BlindPost => I(text, true, platform);
export const IN = (text: string, platform?: Plat): BlindPost => I(text, false, platform);

export const X = (handle: string, displayName: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'twitter', handle, displayName, bio, anonymousDoctor });
export const FB = (handle: string, first: string, last: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'facebook', handle, displayName: [first, last].filter(Boolean).join(' '), bio, first, last, anonymousDoctor });
export const LI = (handle: string, first: string, last: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'linkedin', handle, displayName: [first, last].filter(Boolean).join(' '), bio, first, last, anonymousDoctor });
