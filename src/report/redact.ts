/**
 * Masks patient details in text an appraiser may see (DESIGN.md invariant 5). Two sources of
 * truth: the evidence spans the patient pass found (by kind), and patterns for what a pass can
 * miss (ages, dates, times, capitalised names, wards and beds, hospitals, numbers, handles).
 * Errs towards masking too much: a masked word costs the reader little, a leaked name costs a patient.
 */
import { GIVEN_NAMES } from '../analysis/lexicon.js';
import type { EvidenceSpan } from '../model.js';

interface Range {
  start: number;
  end: number;
  label: string;
}

/** Span kinds that say "this is about a patient" without identifying anyone; everything else is masked. */
// "sex" (he, her, daughter) is left readable: with name, age, date and place masked it identifies no one.
const SAFE_KINDS = new Set(['patient-reference', 'clinical', 'care-context', 'clinical-context', 'trigger', 'setting', 'sex']);

export function labelForKind(kind: string, text = ''): string {
  const k = kind.toLowerCase();
  // The patient pass reports dates and times as one kind, "date-time"; the words tell which.
  if (k === 'date-time') return /\d[:.]\d{2}\b|\d\s*(?:am|pm)\b/i.test(text) ? 'time' : 'date';
  if (/hospital|facility|institution/.test(k)) return 'hospital';
  if (/ward|bed|bay/.test(k)) return 'ward';
  if (/age/.test(k)) return 'age';
  if (/date|day/.test(k)) return 'date';
  if (/time/.test(k)) return 'time';
  if (/place|location|city|town|gps|geo/.test(k)) return 'place';
  if (/name|person|relative/.test(k)) return 'name';
  return 'detail';
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const CAP = "[A-Z][A-Za-z'’.-]*";

/** In priority order: where matches overlap, the earlier label wins. */
const PATTERNS: readonly { label: string; re: RegExp }[] = [
  { label: 'hospital', re: new RegExp(`\\b(?:${CAP}\\s+){1,4}(?:Hospital|Infirmary|Hospice|Clinic|Medical Centre|Health Centre|Surgery|Practice|Trust)\\b`, 'g') },
  { label: 'hospital', re: /\b(?:St\.?|Saint)\s+[A-Z][A-Za-z'’]+(?:'s|’s)?/g },
  { label: 'ward', re: new RegExp(`\\b${CAP}\\s+(?:Ward|Unit)\\b`, 'g') },
  { label: 'ward', re: /\b(?:ward|bed|bay|room|cubicle|theatre|resus|side room|majors|minors|cubicle)\s*(?:no\.?\s*|number\s*)?[A-Z]?\d{1,3}[A-Z]?\b/gi },
  { label: 'name', re: /\b(?:Mr|Mrs|Ms|Miss|Mx|Master|Dr|Prof|Sister|Nurse|Auntie|Uncle|Grandma|Grandad)\.?\s+[A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+)?/g },
  { label: 'age', re: /\b\d{1,3}\s*(?:-|\s)?(?:years?|yrs?|months?|weeks?|days?)(?:\s*-\s*|\s+)old\b/gi },
  { label: 'age', re: /\b[a-z]+(?:-[a-z]+)?[-\s](?:year|month|week|day)s?[-\s]old\b/gi },
  { label: 'age', re: /\b\d{1,3}\s*(?:yo|y\/o|y\.o\.?|yrs?|yr old)\b/gi },
  { label: 'age', re: /\baged?\s+\d{1,3}\b/gi },
  { label: 'age', re: /\b\d{1,3}\s?[MF]\b/g },
  { label: 'age', re: /\b(?:(?:his|her|their)\s+)?(?:early|mid|late)?[-\s]?\d0s\b/gi },
  { label: 'age', re: /\b(?:teen(?:age[rd]?)?|octogenarian|nonagenarian|centenarian)\b/gi },
  { label: 'date', re: /\b\d{4}-\d{2}-\d{2}\b/g },
  { label: 'date', re: /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g },
  { label: 'date', re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b\\.?(?:,?\\s+\\d{4})?`, 'gi') },
  { label: 'date', re: new RegExp(`\\b${MONTH}\\b\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?`, 'g') },
  { label: 'date', re: /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s)?\b/gi },
  { label: 'date', re: /\b(?:yesterday|today|tonight|tomorrow|last (?:night|week|month|year)|this (?:morning|afternoon|evening)|Christmas(?: Day| Eve)?|Boxing Day|New Year'?s?(?: Day| Eve)?|Easter)\b/gi },
  { label: 'time', re: /\b\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|hrs?|h)\b)?/gi },
  { label: 'time', re: /\b\d{1,2}\s*(?:am|pm)\b/gi },
  { label: 'time', re: /\b\d{4}\s*(?:hrs?|h)\b/gi },
  { label: 'place', re: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g },
  { label: 'number', re: /\b\d[\d\s-]{5,}\d\b/g },
  { label: 'handle', re: /@[A-Za-z0-9_]{1,30}/g },
  { label: 'number', re: /\b\d{2,}\b/g },
];

/**
 * Capitalised words that are not names: sentence starters, pronouns, clinical words. Any other
 * capitalised word is treated as a possible name or place, even at the start of a sentence.
 */
const COMMON = new Set(
  `a about after again all also always am amazing an and another any anyone are as at awful back bad be been before being best
  bless but busy by can can't cannot could covid did didn't do does doing don't during each even ever every everyone feeling
  few first for from funny getting get glad good got great had happy has have having he her here hers him his honestly hope
  how however i i'd i'll i'm i've if in is it it's its just kind last learned lesson lessons let let's long lovely made make
  many may me more most much must my never new next nice night no not note nothing now of oh ok okay on once one only or
  other our out over patient patients please poor proud quick quite rather really reminder remember rt sad said same saw see
  seen shall she shift should so some someone something sometimes still such sure thank thanks that that's the their them
  then there there's these they they're this those though through to too told took tough very was wasn't we we're well were
  what what's when where which while who why will with without wonderful would wow yes yet you you're your
  doctor doctors consultant registrar junior nurse nurses gp hospital ward a&e ed icu itu nhs
  morning evening afternoon day week weekend shift on-call oncall clinic surgery today
  removed remove deleted delete edited edit kept keep done fixed changed consent consented agreed discussed identifiable
  recognised recognized recognisable details detail too bed home off back`.split(/\s+/),
);

function capitalisedRanges(text: string): Range[] {
  const out: Range[] = [];
  const re = /\b[A-Z][a-z'’]+(?:[-\s][A-Z][a-z'’]+)*\b/g;
  for (const m of text.matchAll(re)) {
    const words = m[0].split(/[-\s]/);
    if (words.every((w) => COMMON.has(w.toLowerCase().replace(/’/g, "'")))) continue;
    // A lone capitalised word opening a sentence that reads as a verb or adverb ("Admitted",
    // "Humbling", "Honestly") is grammar, not a name; names there are still masked.
    const sentenceStart = /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, m.index));
    const word = words[0]!;
    if (sentenceStart && words.length === 1 && /^[A-Z][a-z]{3,}(?:ed|ing|ly|ful)$/.test(word) && !GIVEN_NAMES.has(word.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, label: 'name' });
  }
  return out;
}

/** Add a range, merging with any it overlaps (the first label stays). */
function add(ranges: Range[], r: Range): void {
  if (r.end <= r.start) return;
  for (const x of ranges) {
    if (r.start < x.end && x.start < r.end) {
      x.start = Math.min(x.start, r.start);
      x.end = Math.max(x.end, r.end);
      return;
    }
  }
  ranges.push({ ...r });
}

function normalise(ranges: Range[]): Range[] {
  // Merging can make earlier ranges overlap later ones; one sorted sweep settles it.
  const sorted = ranges.sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Masks from the evidence: the span itself, and every other place its words appear. */
function spanRanges(text: string, spans: readonly EvidenceSpan[]): Range[] {
  const out: Range[] = [];
  for (const s of spans) {
    if (SAFE_KINDS.has(s.kind)) continue;
    const label = labelForKind(s.kind, s.text);
    const onText = (s.field ?? 'text') === 'text' || s.field === 'bio';
    if (onText && s.start >= 0 && s.end <= text.length && text.slice(s.start, s.end) === s.text) {
      out.push({ start: s.start, end: s.end, label });
    }
    const needle = s.text.trim();
    if (needle.length >= 2) {
      for (const m of text.matchAll(new RegExp(escapeRegExp(needle), 'gi'))) out.push({ start: m.index, end: m.index + m[0].length, label });
    }
  }
  return out;
}

/** Mask patient details in `text`, using the finding's evidence spans and the patterns. */
export function redactPatientText(text: string, spans: readonly EvidenceSpan[] = []): string {
  const ranges: Range[] = [];
  for (const r of spanRanges(text, spans)) add(ranges, r);
  for (const { label, re } of PATTERNS) {
    for (const m of text.matchAll(re)) add(ranges, { start: m.index, end: m.index + m[0].length, label });
  }
  for (const r of capitalisedRanges(text)) add(ranges, r);
  let out = '';
  let at = 0;
  for (const r of normalise(ranges)) {
    out += `${text.slice(at, r.start)}[${r.label}]`;
    at = r.end;
  }
  return out + text.slice(at);
}

/** An evidence span as exports show it: offsets kept (they refer to the original), words masked. */
export function redactSpan(span: EvidenceSpan): EvidenceSpan {
  return SAFE_KINDS.has(span.kind) ? { ...span, text: redactPatientText(span.text) } : { ...span, text: `[${labelForKind(span.kind, span.text)}]` };
}

export const PATIENT_DETAILS_WARNING =
  'WARNING: this export shows patient details unredacted (--show-patient-details). Do not share it, and delete it when you no longer need it.';
