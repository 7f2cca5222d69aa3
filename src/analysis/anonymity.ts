/**
 * `anonymity`: an account that presents as a doctor (title, degree, grade, specialty or
 * #medtwitter in its handle, display name or bio) without naming the person (GMC 2013 paras
 * 17-18; 2024: say who you are, SM 9). Nurses, students, paramedics, vets, dentists, patients,
 * organisations and non-medical doctorates do not present as doctors.
 */
import type { Account, EvidenceSpan, Finding } from '../model.js';
import { subjectKey } from '../model.js';
import { guidanceFor } from './guidance.js';
import { anyOf, ANONYMITY_LEXICON as L, GIVEN_NAMES } from './lexicon.js';
import { hits, spansOf, tidySpans } from './spans.js';
import type { AnalysisPass, PassContext } from './types.js';

export const ANONYMITY_PASS_VERSION = 3;

const STRONG = anyOf(L.strong, 'gi');
const STRONG_CS = anyOf(L.strongCaseSensitive, 'g');
const WEAK = anyOf(L.weak, 'gi');
const CONTEXT = anyOf(L.medicalContext, 'gi');
const BARE_ROLE = anyOf(L.bareRole, 'gi');
const EXCLUDE = anyOf(L.exclusions, 'gi');
const OVERRIDE = anyOf(L.strongOverridesExclusion, 'g');
const SPECIALIST_OVERRIDE = anyOf(L.specialistOverridesExclusion, 'gi');
const SPEC = [...L.specialties].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const GRADE = [...L.grades].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
/**
 * A specialty next to a grade, in either order and with "&"/"and" pairs: "Obstetrics & gynaecology
 * registrar", "ST4 general surgery", "consultant in palliative medicine", "emergency medicine doc".
 */
const SPECIALTY_GRADE = new RegExp(
  `\\b(?:(?:${SPEC})(?:\\s*(?:&|and|/)\\s*(?:${SPEC}))?\\s+(?:${GRADE})|(?:${GRADE})\\s+(?:in\\s+|of\\s+)?(?:${SPEC}))\\b`,
  'gi',
);
/** A research doctorate with no medical claim but the title: "Dr Chris, PhD in medieval history". */
const RESEARCH_DOCTORATE = /\b(?:ph\.?d|dphil|scd|edd|dsc|dba)\b/i;
const TITLE_ONLY = /^(?:dr\.?|doctor)\s*\w*$/i;
const ORG = anyOf(L.organisation, 'g');
const ORG_BIO = anyOf(L.organisationBioCaseSensitive, 'g');
const HANDLE = anyOf(L.handle, 'i');
const TITLES = new Set(L.titles);
/** "I am Tomasz Kowalczyk", "Name: Aoife Ní Bhriain": a bio that introduces the person names them. */
const SELF_INTRO = new RegExp(L.selfIntroduction, 'u');
/**
 * One capitalised name word, including the shapes a plain "Capital then lower case" test misses:
 * double-barrelled ("Hughes-Fenwick"), Mac/Mc/O' ("MacKenzie", "McDonald", "O'Brien") and accented
 * Gaelic or Slavic forms ("Ní", "Bhriain", "Łukasz").
 */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}'’]+)*|(?:Mac|Mc|O['’]|D['’]|Fitz)\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*)$/u;
const PSEUDO = new Set(L.pseudonymWords.split(/\s+/));
/** Grades, specialties and role words: never a surname when they follow a first name. */
const ROLE_WORDS = new Set([...L.grades, ...L.specialties, 'doc', 'docs', 'doctor', 'dr', 'medic', 'md', 'gp', 'nurse', 'surgeon', 'physician', 'anaesthetist', 'mum', 'dad', 'mummy', 'daddy'].filter((w) => !w.includes(' ')));

interface Field {
  name: 'handle' | 'displayName' | 'bio';
  text: string;
}

/** Split "DrJaneSmith" / "dr_jane_smith" / "TheTiredGP" into words for the handle checks. */
function handleWords(handle: string): string {
  return handle
    .replace(/^@/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_.\d]+/g, ' ')
    .trim();
}

/** Does this text carry a first and last name? Titles and post-nominals are ignored. */
function hasPersonName(text: string, lenient: boolean): boolean {
  const tokens = text
    .replace(/[^\p{L}\p{M}'’ -]+/gu, ' | ')
    .split(/\s+/)
    .filter(Boolean);
  let run: string[] = [];
  const check = (): boolean => {
    const words = run.filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    run = [];
    for (let i = 0; i + 1 < words.length; i++) {
      const first = words[i].toLowerCase();
      const last = words[i + 1].toLowerCase().replace(/['’]s$/, '');
      if (last.length < 2) continue;
      // A given name followed by a surname that happens to be a word ("Sarah Walker", "Tom Fox") is
      // still a name; a given name followed by a role ("Jo Medic", "Sam Reg") is not.
      if (GIVEN_NAMES.has(first) && !ROLE_WORDS.has(last)) return true;
      if (PSEUDO.has(last) || PSEUDO.has(first)) continue;
      // Display names are a name slot: two unusual capitalised words there are very likely a name.
      if (lenient && first.length > 1 && !GIVEN_NAMES.has(last)) return true;
    }
    return false;
  };
  for (const t of tokens) {
    // A capitalised word (not all caps: "MRCP", "NHS") continues a name; anything else ends it.
    if (NAME_WORD.test(t) || /^\p{Lu}\.?$/u.test(t)) {
      if (/^\p{Lu}\.?$/u.test(t)) continue; // middle initials ("Jane A. Smith") do not break a name
      run.push(t);
    } else if (check()) return true;
  }
  return check();
}

/** A lower-case display name made of a given name and a surname-like word ("james okafor 🩺"). */
function lowerCaseName(display: string): boolean {
  const words = display.replace(/[^\p{L}\p{M}'’ -]+/gu, ' ').trim().split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 3 || words.some((w) => /\p{Lu}/u.test(w))) return false;
  const [first, ...rest] = words;
  return GIVEN_NAMES.has(first) && rest.every((w) => w.length > 1 && !ROLE_WORDS.has(w) && !PSEUDO.has(w) && !GIVEN_NAMES.has(w));
}

function namesThePerson(account: Account, fullName: string): boolean {
  const full = fullName.trim().toLowerCase().replace(/\s+/g, ' ');
  if (full.split(' ').length >= 2) {
    const hay = `${account.displayName ?? ''} ${account.bio ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
    if (hay.includes(full)) return true;
    const compact = full.replace(/[^a-z]/g, '');
    if (account.handle.toLowerCase().replace(/[^a-z]/g, '').includes(compact)) return true;
  }
  if (account.displayName && hasPersonName(account.displayName, true)) return true;
  // "james okafor": a display name typed in lower case is still a name when it starts with a given name.
  if (account.displayName && lowerCaseName(account.displayName)) return true;
  const intro = account.bio ? SELF_INTRO.exec(account.bio) : null;
  if (intro && intro[1].toLowerCase().split(/\s+/).every((w) => !ROLE_WORDS.has(w) && !PSEUDO.has(w))) return true;
  // "DrSarahPatelGP": a handle that spells a given name and a surname names the person too.
  if (hasPersonName(handleWords(account.handle), false)) return true;
  if (account.bio && hasPersonName(account.bio, false)) return true;
  return false;
}

function claimSpans(fields: Field[]): { spans: EvidenceSpan[]; strong: boolean } {
  const spans: EvidenceSpan[] = [];
  let strong = false;
  for (const f of fields) {
    const s = [...spansOf(STRONG, f.text, 'doctor-claim', f.name), ...spansOf(STRONG_CS, f.text, 'doctor-claim', f.name)];
    if (s.length) strong = true;
    spans.push(...s);
    const combo = spansOf(SPECIALTY_GRADE, f.text, 'doctor-claim', f.name);
    if (combo.length) (spans.push(...combo), (strong = true));
    const weak = spansOf(WEAK, f.text, 'doctor-claim', f.name);
    spans.push(...weak);
    // "Consultant" and "registrar" alone are jobs in many trades; they need a medical context.
    const bare = spansOf(BARE_ROLE, f.text, 'doctor-claim', f.name);
    if (bare.length && fields.some((g) => hits(CONTEXT, g.text))) (spans.push(...bare), (strong = true));
  }
  return { spans, strong };
}

export function anonymityFindings(account: Account, ctx: PassContext): Finding[] {
  const handleText = handleWords(account.handle);
  const fields: Field[] = [
    { name: 'handle', text: handleText },
    { name: 'displayName', text: account.displayName ?? '' },
    { name: 'bio', text: [account.bio, account.extra?.headline].filter(Boolean).join(' | ') },
  ].filter((f): f is Field => f.text.length > 0) as Field[];

  const claimed = claimSpans(fields);
  const strongText = claimed.strong;
  // Handle offsets refer to our split form ("Dr Grumpy"), so point at the whole handle instead.
  const spans = claimed.spans.map((s) => (s.field === 'handle' ? { ...s, start: 0, end: account.handle.length, text: account.handle } : s));
  const handleClaim = HANDLE.test(account.handle.replace(/^@/, ''));
  if (handleClaim) spans.push({ start: 0, end: account.handle.length, kind: 'doctor-claim', text: account.handle, field: 'handle' });
  if (spans.length === 0) return [];

  const all = fields.map((f) => f.text).join(' | ');
  const strong = strongText || handleClaim;
  // Roles that are not doctors win, unless a medical degree, grade or "GP" says otherwise.
  if (hits(EXCLUDE, all) && !hits(OVERRIDE, all) && !hits(SPECIALIST_OVERRIDE, all)) return [];
  // "Dr" and a PhD, and nothing medical besides: a research doctorate.
  if (hits(RESEARCH_DOCTORATE, all) && !hits(OVERRIDE, all) && spans.every((s) => TITLE_ONLY.test(s.text.trim()) || s.field === 'handle')) return [];
  if (!strong && !spans.some((s) => s.field !== 'handle')) return [];
  const display = account.displayName ?? '';
  if (hits(ORG, display) || hits(ORG_BIO, account.bio ?? '') || /\b(?:official account|we are|our team|our patients)\b/i.test(account.bio ?? '')) return [];
  if (namesThePerson(account, ctx.settings.fullName)) return [];

  const g = guidanceFor('anonymity', ctx.settings.edition);
  const explanation =
    ctx.settings.edition === '2024'
      ? 'This profile presents you as a doctor but does not say who you are; when you comment on health as a medical professional, readers should usually be able to tell who is speaking.'
      : 'This profile presents you as a doctor but does not give your name; the guidance asks doctors who identify as doctors in public to give their name too.';
  return [
    {
      pass: 'anonymity',
      rule: 'anonymous-doctor',
      severity: strong ? 'medium' : 'low',
      subjectType: 'account',
      subjectKey: subjectKey('account', account.platform, account.handle),
      evidence: tidySpans(spans),
      explanation,
      guidance: g.refs,
      passVersion: ANONYMITY_PASS_VERSION,
    },
  ];
}

export const anonymityPass: AnalysisPass = {
  id: 'anonymity',
  version: ANONYMITY_PASS_VERSION,
  account: anonymityFindings,
};
