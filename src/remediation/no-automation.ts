/**
 * Why Hindsight shows the steps but never takes them: shown in the UI beside every "remove" and
 * written into every checklist and bulk-deletion export, so the doctor reads it where they act.
 */
export const NO_AUTOMATION_STATEMENT =
  'Hindsight never asks for your password and never signs in to, scrapes or automates any platform on your behalf. ' +
  "The platforms' terms of service forbid automated access by third-party tools, and accounts driven that way risk being locked or suspended. " +
  'Above all, your credentials never leave your hands: you delete or edit each post yourself, on the platform\'s own site or app, and Hindsight checks the result against a newer archive you import.';
