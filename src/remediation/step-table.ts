/**
 * The steps a doctor follows on each platform, as data: one entry per platform + kind + action.
 * Menu names follow the platforms' web apps as of 2025; when a platform renames a menu, only this
 * table changes. `{account}` is replaced by the handle the post was written from.
 *
 * Hindsight never performs these steps itself (see NO_AUTOMATION_STATEMENT): the doctor does,
 * signed in on the platform's own site.
 */
import type { Platform } from '../model.js';
import type { RemediationAction, RemediationKind } from './kinds.js';

export interface StepEntry {
  title: string;
  steps: readonly string[];
}

export type StepKey = `${Platform}:${RemediationKind}:${RemediationAction}`;

const TICK = 'Your decision is already saved in Hindsight; importing a newer archive of this account later confirms it is done.';

// X has no edit for most accounts (and edits only within an hour for the rest), so "edit" means
// delete and, if still wanted, post again without the flagged detail.
const X_DELETE = [
  'Open the post on X (linked here) while signed in as {account}.',
  'Select the ••• (More) menu at the top right of the post.',
  'Choose Delete, then Delete again to confirm.',
  TICK,
];
const X_EDIT = [
  'Open the post on X (linked here) while signed in as {account}.',
  'X does not let you change an old post: select ••• (More) > Delete and confirm.',
  'If you still want to say it, write a new post without the flagged detail.',
  TICK,
];

export const STEP_TABLE: Readonly<Partial<Record<StepKey, StepEntry>>> = {
  'twitter:tweet:remove': { title: 'Delete this post on X', steps: X_DELETE },
  'twitter:tweet:edit': { title: 'Replace this post on X', steps: X_EDIT },
  'twitter:reply:remove': { title: 'Delete this reply on X', steps: X_DELETE },
  'twitter:reply:edit': { title: 'Replace this reply on X', steps: X_EDIT },
  'twitter:quote:remove': {
    title: 'Delete this quote post on X',
    steps: [...X_DELETE.slice(0, 3), 'Deleting your quote leaves the original post untouched.', TICK],
  },
  'twitter:quote:edit': { title: 'Replace this quote post on X', steps: X_EDIT },
  'twitter:retweet:remove': {
    title: 'Undo this repost on X',
    steps: [
      'Open the post you reposted (linked here) while signed in as {account}.',
      'Select the Repost icon under the post (it shows green while you are reposting it).',
      'Choose Undo repost.',
      TICK,
    ],
  },
  'twitter:retweet:edit': {
    title: 'Undo this repost on X',
    steps: ['A repost cannot be edited. Open the post you reposted (linked here).', 'Select the green Repost icon and choose Undo repost.', TICK],
  },
  'twitter:photo:remove': {
    title: 'Delete the post this photo belongs to on X',
    steps: ['X cannot remove a photo from a post on its own: the whole post has to go.', ...X_DELETE],
  },
  'twitter:photo:edit': {
    title: 'Replace the post this photo belongs to on X',
    steps: ['X cannot remove a photo from a post on its own.', ...X_EDIT],
  },
  'twitter:account:fix': {
    title: 'Name yourself on your X profile, or close the account',
    steps: [
      'Sign in as {account} and go to your profile > Edit profile.',
      'Put your full name (as on the medical register) in Name, then Save.',
      'If you would rather not be named: stop presenting as a doctor on this account, or close it under Settings and privacy > Your account > Deactivate your account.',
      'Importing a newer archive re-checks the profile.',
    ],
  },

  'facebook:post:remove': {
    title: 'Delete this post on Facebook',
    steps: [
      'Open the post on Facebook (linked here) while signed in.',
      'Select ••• at the top right of the post.',
      'Choose Move to trash (older posts: Delete), then confirm.',
      'Facebook keeps trashed posts for 30 days; to delete it at once, empty Activity log > Trash.',
      TICK,
    ],
  },
  'facebook:post:edit': {
    title: 'Edit this post on Facebook',
    steps: [
      'Open the post on Facebook (linked here) while signed in.',
      'Select ••• > Edit post, remove the flagged words, then Save.',
      'Anyone who can see the post can also see its edit history: if the detail must not be seen at all, delete the post instead.',
      TICK,
    ],
  },
  'facebook:check-in:remove': {
    title: 'Delete this check-in on Facebook',
    steps: [
      'Open the check-in on Facebook (linked here) while signed in.',
      'Select ••• > Move to trash (older posts: Delete), then confirm.',
      'Empty Activity log > Trash to delete it at once rather than after 30 days.',
      TICK,
    ],
  },
  'facebook:check-in:edit': {
    title: 'Remove the place from this check-in on Facebook',
    steps: [
      'Open the post on Facebook (linked here) while signed in.',
      'Select ••• > Edit post, then the × beside the place name to remove the location, and Save.',
      TICK,
    ],
  },
  'facebook:photo:remove': {
    title: 'Delete this photo on Facebook',
    steps: [
      'Open the photo on Facebook (linked here, or find it under Profile > Photos) while signed in.',
      'Select ••• (Options) at the top right of the photo.',
      'Choose Delete photo, then confirm.',
      TICK,
    ],
  },
  'facebook:photo:edit': {
    title: 'Delete or replace this photo on Facebook',
    steps: [
      'Facebook cannot strip the location or other details out of an uploaded photo.',
      'Open the photo (linked here), select ••• (Options) > Delete photo and confirm.',
      'If you still want to share it, upload a copy with location turned off (see below) and nothing identifying in the frame.',
      TICK,
    ],
  },
  'facebook:comment:remove': {
    title: 'Delete this comment on Facebook',
    steps: [
      'Open the post the comment is on (linked here) while signed in.',
      'Point at your comment (in the app: press and hold it) and select •••.',
      'Choose Delete, then confirm.',
      TICK,
    ],
  },
  'facebook:comment:edit': {
    title: 'Edit this comment on Facebook',
    steps: [
      'Open the post the comment is on (linked here) while signed in.',
      'Point at your comment (in the app: press and hold it) and select ••• > Edit.',
      'Remove the flagged words and press Enter to save. Edited comments show that they were edited.',
      TICK,
    ],
  },
  'facebook:account:fix': {
    title: 'Name yourself on your Facebook profile, or close the account',
    steps: [
      'Go to Settings & privacy > Settings > Accounts Centre > Profiles > your profile > Name.',
      'Use your full name, then Review change and Save.',
      'If you would rather not be named: stop presenting as a doctor on this profile, or close it under Accounts Centre > Personal details > Account ownership and control > Deactivation or deletion.',
      'Importing a newer archive re-checks the profile.',
    ],
  },

  'linkedin:share:remove': {
    title: 'Delete this post on LinkedIn',
    steps: [
      'Open the post on LinkedIn (linked here) while signed in.',
      'Select ••• (More) at the top right of the post.',
      'Choose Delete post, then Delete to confirm.',
      TICK,
    ],
  },
  'linkedin:share:edit': {
    title: 'Edit this post on LinkedIn',
    steps: [
      'Open the post on LinkedIn (linked here) while signed in.',
      'Select ••• (More) > Edit post, remove the flagged words, then Save.',
      'LinkedIn marks the post "Edited"; if the detail must not be seen at all, delete the post instead.',
      TICK,
    ],
  },
  'linkedin:comment:remove': {
    title: 'Delete this comment on LinkedIn',
    steps: ['Open the post the comment is on (linked here) while signed in.', 'Select ••• on your comment > Delete, then confirm.', TICK],
  },
  'linkedin:comment:edit': {
    title: 'Edit this comment on LinkedIn',
    steps: ['Open the post the comment is on (linked here) while signed in.', 'Select ••• on your comment > Edit, remove the flagged words, then Save changes.', TICK],
  },
  'linkedin:article:remove': {
    title: 'Delete this article on LinkedIn',
    steps: ['Open the article on LinkedIn (linked here) while signed in.', 'Select Edit article, then Manage > Delete, and confirm.', TICK],
  },
  'linkedin:article:edit': {
    title: 'Edit this article on LinkedIn',
    steps: ['Open the article on LinkedIn (linked here) while signed in.', 'Select Edit article, remove the flagged words, then Republish (or Save).', TICK],
  },
  'linkedin:photo:remove': {
    title: 'Delete the post this photo belongs to on LinkedIn',
    steps: ['LinkedIn cannot remove a photo from a published post on its own.', 'Open the post (linked here), select ••• (More) > Delete post, then confirm.', TICK],
  },
  'linkedin:photo:edit': {
    title: 'Delete the post this photo belongs to on LinkedIn',
    steps: ['LinkedIn cannot swap the photo of a published post.', 'Open the post (linked here), select ••• (More) > Delete post, then confirm; post again without the photo if you wish.', TICK],
  },
  'linkedin:account:fix': {
    title: 'Check your name on LinkedIn, or close the account',
    steps: [
      'Select Me > View profile, then the pencil beside your name.',
      'Give your full first and last name, then Save.',
      'If you would rather not be named: close the account under Me > Settings & Privacy > Account preferences > Account management > Close account.',
      'Importing a newer archive re-checks the profile.',
    ],
  },
};

/** Used when a platform has no entry for a kind (private messages, unusual exports). */
export const FALLBACK_STEPS: Record<RemediationAction, StepEntry> = {
  remove: {
    title: 'Delete this item on the platform',
    steps: ['Open the item on the platform (linked here, if there is a link) while signed in as {account}.', 'Use its ••• menu to delete it, then confirm.', TICK],
  },
  edit: {
    title: 'Edit this item on the platform',
    steps: ['Open the item on the platform (linked here, if there is a link) while signed in as {account}.', 'Use its ••• menu to edit it and remove the flagged words; where it cannot be edited, delete it.', TICK],
  },
  fix: {
    title: 'Name yourself on this profile, or close the account',
    steps: ['Add your full name to the profile, or close the account.', 'Importing a newer archive re-checks the profile.'],
  },
};

/** Settings that stop location being attached again (the second half of every geotag fix). */
export const LOCATION_PREVENTION: Record<Platform, readonly string[]> = {
  twitter: [
    'Stop it happening again on X: Settings and privacy > Privacy and safety > Location information: turn off "Add location information to your posts", and choose "Remove all location information attached to your posts".',
  ],
  facebook: [
    'Stop it happening again on Facebook: do not add a place or check in when posting, and in the app turn off Settings & privacy > Settings > Location > Location Services and Location History.',
  ],
  linkedin: ['Stop it happening again on LinkedIn: do not tag a location when posting photos.'],
};

/** The phone camera writes GPS into every photo unless told not to, whichever platform follows. */
export const CAMERA_LOCATION_OFF =
  'Turn off your phone camera\'s location: iPhone: Settings > Privacy & Security > Location Services > Camera > Never; Android: Camera app > Settings > Location tags (or Save location) off.';
