/**
 * `anonymity`: an account that presents as a doctor (title, degree, grade, specialty or
 * #medtwitter in its handle, display name or bio) without naming the person (GMC 2013 paras
 * 17-18; 2024: say who you are, SM 9). Nurses, students, paramedics, vets, dentists, physician
 * associates, patients, organisations (agencies, podcasts, journals), performers and non-medical
 * doctorates do not present as doctors.
 */
import type { Account, EvidenceSpan, Finding } from '../model.js';
import { subjectKey } from '../model.js';
import { guidanceFor } from './guidance.js';
import { anyOf, ANONYMITY_LEXICON as L, englishWords, GIVEN_NAMES } from './lexicon.js';
import { knownTownNames } from './nearest-town.js';
import { hits, spansOf, tidySpans } from './spans.js';
import type { AnalysisPass, PassContext } from './types.js';

export const ANONYMITY_PASS_VERSION = 11;

const STRONG = anyOf(L.strong, 'gi');
const STRONG_CS = anyOf(L.strongCaseSensitive, 'g');
const WEAK = anyOf(L.weak, 'gi');
const CONTEXT = anyOf(L.medicalContext, 'gi');
const BARE_ROLE = anyOf(L.bareRole, 'gi');
const EXCLUDE = anyOf(L.exclusions, 'gi');
/** The doctor is someone else ("proud mum of a junior doctor") or explicitly not the account holder ("not a medical doctor"): no degree or grade overrides this. */
const NOT_SELF = anyOf(L.notSelf, 'gi');
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
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}'’]+(?:[-'’]\p{Lu}[\p{Ll}\p{M}'’]+)*|(?:Mac|Mc|O['’]|D['’]|Fitz|Nic|Mhic|Ní|Ni)\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*)$/u;
const PSEUDO = new Set(L.pseudonymWords.split(/\s+/));
/** Grades, specialties and role words: never a surname when they follow a first name. */
// "fy", "ct", "pgy": grades whose number the handle split dropped ("rosie.fy1" is "rosie fy").
const ROLE_WORDS = new Set([...L.grades, ...L.specialties, 'doc', 'docs', 'doctor', 'dr', 'medic', 'md', 'gp', 'nurse', 'surgeon', 'physician', 'anaesthetist', 'mum', 'dad', 'mummy', 'daddy', 'gas', 'gasman', 'gasdoc', 'fy', 'ct', 'pgy', 'imt', 'acf', ...L.foreignDoctorWords].filter((w) => !w.includes(' ')));
/** Words for a doctor that are family names too ("Hakeem", "Tabib", "Doctor"). */
const SURNAME_ROLES = new Set(L.roleWordsThatAreSurnames);
/** A business or organisation speaking of itself ("our team", "by doctors, for doctors", "question banks, mocks & courses"). */
const ORG_VOICE = /\b(?:official account|we are|our team|our patients|by doctors,? for doctors|question banks?|mock exams?|revision courses?|our courses)\b/i;
/** "Not my real name, obvs", "the name's a joke": the profile says its name is made up, so it names nobody. */
const MADE_UP_NAME = /\bnot (?:my|our|a) real name\b|\bnot (?:really )?my name\b|\bpseudonym(?:ous)?\b|\balter ego\b|\bname['’]?s (?:a|just a) (?:joke|pun)\b|\b(?:fake|made[- ]up) name\b/i;

/** Lower-case surname particles that belong inside a name: "Ahmed bin Rashid", "Sanne van der Berg", "Aoife ní Bhriain". */
const PARTICLES = new Set(L.nameParticles);
/** Capitals that are not surnames ("NHS Dave", "ICU Sam"). */
const ACRONYMS = new Set(['NHS', 'ICU', 'ITU', 'HDU', 'CCU', 'GMC', 'BMA', 'RCP', 'RCS', 'RCGP', 'MBBS', 'MRCP', 'MRCS', 'FRCS', 'FRCA', 'FRCP', 'MRCGP', 'PHD', 'DPHIL', 'MSC', 'BSC', 'MBA', 'UK', 'USA', 'NYC', 'ENT', 'OBGYN', 'PGY', 'SHO', 'SPR', 'STR', 'RMO', 'NCHD', 'PICU', 'NICU', 'ACCS', 'IMT', 'CMT', 'GPST', 'FOAMED', 'MED', 'DOC', 'THE']);
/** Everyday words that can follow a title without being a name ("Dr No Name", "Dr Who Knows"). */
const COMMON_WORDS = new Set(['the', 'and', 'not', 'who', 'what', 'how', 'why', 'one', 'two', 'all', 'any', 'our', 'your', 'his', 'her', 'name', 'know', 'knows', 'says', 'said', 'here', 'there', 'out', 'off', 'for', 'with', 'will', 'can', 'may']);
/** Short forms doctors use for their specialty or work in a persona ("Histo Hermit", "Gas Girl", "Obs Owl"). */
const JARGON = new Set(L.personaJargon);

/** An everyday word or a specialty short form: the stuff of personas, not of surnames. */
function personaWord(w: string): boolean {
  return englishWords().has(w) || JARGON.has(w) || PSEUDO.has(w) || ROLE_WORDS.has(w);
}

/**
 * "thesurgeon", "nightshift", "thegp": the rest of a handle after a given name splits into two or
 * more everyday words (or is a role), so it is a nickname; "okafor" and "smith" (one word) are surnames.
 */
function nicknameRest(rest: string): boolean {
  if (ROLE_WORDS.has(rest) || PSEUDO.has(rest)) return true;
  const n = rest.length;
  // parts[i]: the fewest words that spell rest.slice(0, i), or Infinity.
  const parts: number[] = [0, ...Array<number>(n).fill(Infinity)];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 20); j < i; j++) {
      const w = rest.slice(j, i);
      const ok = (w.length >= 3 && (englishWords().has(w) || PSEUDO.has(w))) || ROLE_WORDS.has(w) || w === 'uk';
      if (ok && parts[j]! + 1 < parts[i]!) parts[i] = parts[j]! + 1;
    }
  }
  return parts[n]! >= 2 && parts[n]! !== Infinity;
}

/** Does `h` start with a specialty short form or role longer than `n` letters ("anaes..." past "ana")? Everyday words are not enough: "marksmith" starts with "marks". */
function startsWithLongerWord(h: string, n: number): boolean {
  for (let k = Math.min(h.length, 16); k > n; k--) if (JARGON.has(h.slice(0, k)) || ROLE_WORDS.has(h.slice(0, k))) return true;
  return false;
}

/** Alliterative nicknames are an adjective and a first name ("Sleepy Sarah", "Grumpy Greg"), not a surname-first name. */
const ADJECTIVE_SHAPE = /(?:y|ing|ed|ful|less|ish|ous|ive|al)$/;

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

/** Marks an initial that was written with its full stop ("A."), which the tokenizer otherwise drops. */
const INITIAL_MARK = '\uE000';
const INITIAL = /^\p{Lu}\uE000?$/u;

/** Does this text carry a first and last name? Titles and post-nominals are ignored. */
function hasPersonName(text: string, lenient: boolean, titleRule = true): boolean {
  const tokens = text
    .replace(/\b(Dr|Prof|Mr|Mrs|Ms|Mx|Miss)\.(?=\s)/g, '$1') // "Dr. A. Okonkwo-Bello": a title's full stop does not end the name
    .replace(/(?<!\p{L})(\p{Lu})\.(?=\s*\p{Lu})/gu, `$1${INITIAL_MARK} `) // "J. R. Okafor": keep initials (marked, so "A." is one) in the run
    .replace(/[^\p{L}\p{M}'’ \uE000-]+/gu, ' | ')
    .split(/\s+/)
    .filter(Boolean);
  let run: string[] = [];
  let initials = 0;
  /** "Holloway J": a surname then an initial, the way rotas write names ("Amir H." is a first name kept short). */
  let trailingInitial = false;
  const check = (): boolean => {
    const titled = run.length > 0 && TITLES.has(run[0].toLowerCase().replace(/\.$/, ''));
    const words = run.filter((w) => !TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    const hadInitials = initials;
    const trailing = trailingInitial;
    run = [];
    initials = 0;
    trailingInitial = false;
    const plausible = (w: string): boolean => w.length > 1 && !PSEUDO.has(w) && !ROLE_WORDS.has(w);
    const lw = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
    // "J. R. Okafor", "Dr R. Menon": initials and a surname name the person in a display name.
    if (lenient && lw.length === 1 && plausible(lw[0]) && (hadInitials || (trailing && !GIVEN_NAMES.has(lw[0])))) return true;
    // "Dr Catriona MacLeod" in a bio: a title before two name words is a name, whatever the first name.
    if (titleRule && titled && lw.length >= 2 && lw.slice(0, 2).every((w) => plausible(w) && w.length > 2 && !COMMON_WORDS.has(w))) return true;
    // "Aoife Ní Bhriain", "Sanne Van Der Berg": a capitalised particle between two name words.
    for (let i = 1; i + 1 < lw.length; i++) {
      if (PARTICLES.has(lw[i]) && plausible(lw[i - 1]) && plausible(lw[i + 1]) && !personaWord(lw[i - 1]) && !personaWord(lw[i + 1])) return true;
    }
    // "Menon Rahul": a surname first, then a given name, in the display name slot.
    if (lenient && lw.length === 2 && GIVEN_NAMES.has(lw[1]) && !GIVEN_NAMES.has(lw[0]) && plausible(lw[0]) && !ADJECTIVE_SHAPE.test(lw[0])) return true;
    for (let i = 0; i + 1 < words.length; i++) {
      const first = words[i].toLowerCase();
      const last = words[i + 1].toLowerCase().replace(/['’]s$/, '');
      if (last.length < 2) continue;
      // A given name followed by a surname that happens to be a word ("Sarah Walker", "Tom Fox") is
      // still a name; a given name followed by a role ("Jo Medic", "Sam Reg") is not.
      if (GIVEN_NAMES.has(first) && !ROLE_WORDS.has(last)) return true;
      if (PSEUDO.has(last) || PSEUDO.has(first)) continue;
      // Display names are a name slot: two unusual capitalised words there are very likely a name.
      // ...unless both are everyday words or specialty short forms ("Histo Hermit", "Sleepy Gas").
      // Nor is a word followed by a role ("Tommo Doc", "El Médico"), unless the role is a surname too ("Ahmed Hakeem").
      const roleLast = ROLE_WORDS.has(last) && !SURNAME_ROLES.has(last);
      if (lenient && first.length > 1 && !GIVEN_NAMES.has(last) && !ROLE_WORDS.has(first) && !roleLast && !(personaWord(first) && personaWord(last))) return true;
    }
    return false;
  };
  // "PATEL Ravi", "Ravi PATEL": a surname in capitals next to a given name, as on rotas and badges.
  if (lenient) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!/^\p{Lu}{3,}$/u.test(t) || ROLE_WORDS.has(t.toLowerCase()) || ACRONYMS.has(t)) continue;
      const next = tokens[i + 1]?.toLowerCase();
      const prev = tokens[i - 1]?.toLowerCase();
      // "WANG Lei": a capitalised neighbour that is no everyday word is a given name from beyond our list.
      const nameLike = (w: string | undefined, raw: string | undefined): boolean =>
        !!w && (GIVEN_NAMES.has(w) || (!!raw && NAME_WORD.test(raw) && !personaWord(w) && !englishWords().has(t.toLowerCase())));
      if (nameLike(next, tokens[i + 1]) || nameLike(prev, tokens[i - 1])) tokens[i] = t[0] + t.slice(1).toLowerCase();
    }
  }
  for (const t of tokens) {
    // A capitalised word (not all caps: "MRCP", "NHS") continues a name; anything else ends it.
    if (NAME_WORD.test(t) || INITIAL.test(t)) {
      // Initials ("Jane A. Smith", "J. R. Okafor") do not break a name; "A" and "I" are words, not initials, unless written "A.".
      if (INITIAL.test(t)) {
        if (run.length === 0 || TITLES.has(run[run.length - 1].toLowerCase().replace(/\.$/, ''))) {
          if (t.endsWith(INITIAL_MARK) || !/^[AIO]$/.test(t)) initials++;
        } else if (!/^[AIO]$/.test(t)) trailingInitial = true;
        continue;
      }
      run.push(t);
    } else if (run.length > 0 && PARTICLES.has(t.toLowerCase())) {
      continue; // "bin", "van der", "de": particles sit inside a name
    } else if (check()) return true;
  }
  return check();
}

/** A grade whose number was split off ("rosie.st2" reads "rosie st"): not a two-letter surname like "li" or "ng". */
const GRADE_STEM = /^(?:st|fy|ct|py|pgy|f)$/;

/** A lower-case display name made of a given name and a surname-like word ("james okafor 🩺"). */
function lowerCaseName(display: string): boolean {
  const words = display.replace(/[^\p{L}\p{M}'’ -]+/gu, ' ').trim().split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase()));
  if (words.length < 2 || words.length > 3 || words.some((w) => /\p{Lu}/u.test(w))) return false;
  const [first, ...rest] = words;
  if (GIVEN_NAMES.has(first) && rest.every((w) => w.length > 1 && !GRADE_STEM.test(w) && !ROLE_WORDS.has(w) && !PSEUDO.has(w) && !GIVEN_NAMES.has(w) && !HANDLE.test(w) && !prefixedWord(w))) return true;
  // "karthikeyan subramaniam": a given name beyond our list, when no word is an everyday word, role,
  // specialty short form or place ("gpst kent" is a trainee in Kent). Handles get the same test.
  const towns = knownTownNames();
  return words.every((w) => w.length >= 4 && !personaWord(w) && !prefixedWord(w) && !HANDLE.test(w) && !towns.has(w[0]!.toUpperCase() + w.slice(1)));
}

/** "exarmy", "supermum", "ultrarunner": a prefix on an everyday word is a persona, not a surname. */
function prefixedWord(w: string): boolean {
  const m = /^(?:ex|non|semi|super|ultra|mega|anti|part|full)(?=[a-z]{3,}$)/.exec(w);
  return m !== null && personaWord(w.slice(m[0].length));
}

/** Letters only, lower case: "Aung Kyaw Moe" and "@aungkyawmoe_" compare equal. */
function compact(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
}

/**
 * A handle that spells the person's name: a capitalised run in the display name or bio written out
 * ("Aung Kyaw Moe" for @aungkyawmoe_), or a common given name followed by a surname-like
 * remainder (@drjamesokonkwo).
 */
function handleSpellsName(account: Account): boolean {
  const h = compact(account.handle).replace(/^(?:dr|doc|doctor|prof)(?=[a-z]{5})/, '');
  if (h.length < 6) return false;
  const text = `${account.displayName ?? ''} | ${account.bio ?? ''}`;
  const runs = text.match(/\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu) ?? [];
  for (const r of runs) {
    const words = r.split(/\s+/).filter((w) => !TITLES.has(w.toLowerCase()));
    if (words.length < 2 || words.some((w) => PSEUDO.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()))) continue;
    // "Histo Hermit" for @histohermit: a persona spelt out is still a persona.
    if (words.every((w) => personaWord(w.toLowerCase()))) continue;
    const c = compact(words.join(''));
    if (c.length >= 7 && h.includes(c)) return true;
  }
  // The longest given name the handle starts with decides ("tommo" in @tommoexarmy, not "tom").
  for (let i = Math.min(12, h.length - 4); i >= 3; i--) {
    const given = h.slice(0, i);
    if (!GIVEN_NAMES.has(given)) continue;
    // "ana" in @anaesth_owl or "Anaesthetic Registrar": the handle starts with a longer word, not a name.
    if (startsWithLongerWord(h, given.length)) return false;
    const rest = h.slice(given.length);
    if (rest.length < 4 || PSEUDO.has(rest) || ROLE_WORDS.has(rest) || HANDLE.test(rest) || GIVEN_NAMES.has(rest)) return false;
    // "jamesthesurgeon", "sarahnightshift", "rosiethegp", "tommoexarmy": a role or ordinary words in the remainder make a nickname.
    if (nicknameRest(rest) || prefixedWord(rest)) return false;
    return ![...ROLE_WORDS].some((w) => w.length >= 2 && rest.endsWith(w) && /^(?:the|a|our|ur|yr|your)?$/.test(rest.slice(0, -w.length)));
  }
  return false;
}

/** "lindiwe_dlamini" with "lindiwe dlamini" typed in the bio: handle words repeated as words of the profile. */
function handleWordsInProfile(account: Account): boolean {
  const words = handleWords(account.handle).toLowerCase().split(/\s+/).filter((w) => !TITLES.has(w));
  if (words.length < 2 || words.length > 3 || words.some((w) => w.length < 3 || ROLE_WORDS.has(w) || PSEUDO.has(w) || HANDLE.test(w))) return false;
  if (words.every(personaWord)) return false;
  const profile = ` ${`${account.displayName ?? ''} ${account.bio ?? ''}`.toLowerCase().replace(/[^\p{L}\p{M}'’-]+/gu, ' ')} `;
  return profile.includes(` ${words.join(' ')} `);
}

/** "Dr Aung" with "Aung Kyaw Moe" in the bio: the display name's word, written out in full in the bio. */
function bioCompletesDisplayName(account: Account): boolean {
  const words = (account.displayName ?? '').split(/\s+/).filter((w) => NAME_WORD.test(w) && !TITLES.has(w.toLowerCase()) && !PSEUDO.has(w.toLowerCase()) && !ROLE_WORDS.has(w.toLowerCase()));
  const bio = account.bio ?? '';
  for (const w of words) {
    const re = new RegExp(`(?:^|[^\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)`, 'u');
    const m = re.exec(bio);
    if (m && !PSEUDO.has(m[1].toLowerCase()) && !ROLE_WORDS.has(m[1].toLowerCase()) && !TITLES.has(m[1].toLowerCase())) return true;
  }
  return false;
}

/** A quotation and its author ("Listen to your patient..." — William Osler) name someone else. */
const QUOTATION = /["“][^"”]{3,}["”]\s*(?:[—–-]\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?/gu;

function namesThePerson(profile: Account, fullName: string): boolean {
  const account = profile.bio ? { ...profile, bio: profile.bio.replace(QUOTATION, ' | ') } : profile;
  const full = fullName.trim().toLowerCase().replace(/\s+/g, ' ');
  if (full.split(' ').length >= 2) {
    const hay = `${account.displayName ?? ''} ${account.bio ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
    if (hay.includes(full)) return true;
    const compact = full.replace(/[^a-z]/g, '');
    if (account.handle.toLowerCase().replace(/[^a-z]/g, '').includes(compact)) return true;
  }
  // A profile that says its name is made up names nobody, unless it also introduces the real one ("real name: ...").
  if (MADE_UP_NAME.test(account.bio ?? '')) return account.bio ? SELF_INTRO.test(account.bio) : false;
  if (account.displayName && hasPersonName(account.displayName, true)) return true;
  // "james okafor": a display name typed in lower case is still a name when it starts with a given name.
  if (account.displayName && lowerCaseName(account.displayName)) return true;
  const intro = account.bio ? SELF_INTRO.exec(account.bio) : null;
  if (intro && intro[1].toLowerCase().split(/\s+/).every((w) => !ROLE_WORDS.has(w) && !PSEUDO.has(w))) return true;
  // "DrSarahPatelGP": a handle that spells a given name and a surname names the person too.
  // Handles are run together ("DrNoName"), so a title there is no sign of what follows being a name.
  if (hasPersonName(handleWords(account.handle), false, false)) return true;
  // "james_okonkwo": a lower-case handle of a given name and a surname.
  if (lowerCaseName(handleWords(account.handle))) return true;
  if (handleSpellsName(account) || bioCompletesDisplayName(account) || handleWordsInProfile(account)) return true;
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
  if (hits(NOT_SELF, all)) return [];
  // Roles that are not doctors win, unless a medical degree, grade or "GP" says otherwise.
  if (hits(EXCLUDE, all) && !hits(OVERRIDE, all) && !hits(SPECIALIST_OVERRIDE, all)) return [];
  // "Dr" and a PhD, and nothing medical besides: a research doctorate.
  if (hits(RESEARCH_DOCTORATE, all) && !hits(OVERRIDE, all) && spans.every((s) => TITLE_ONLY.test(s.text.trim()) || s.field === 'handle')) return [];
  if (!strong && !spans.some((s) => s.field !== 'handle')) return [];
  const display = account.displayName ?? '';
  if (hits(ORG, display) || hits(ORG_BIO, account.bio ?? '') || ORG_VOICE.test(account.bio ?? '')) return [];
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
