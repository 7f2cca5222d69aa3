/**
 * `npm run eval`: writes the labelled set as real-format archives (X, Facebook, LinkedIn), imports
 * them through the real service, runs the analysis and prints precision, recall and F1 per pass,
 * plus false flags per 1,000 ordinary posts. `--verbose` lists every miss and false flag.
 *
 * Five blind pairs (eval/dataset/blind.ts, blind2.ts ... blind5.ts) were written by people who never
 * saw the detectors. Each dev half is for finding failure classes, so its misses and false flags are
 * always listed; each test half is the honest final measure, so only its aggregate figures are ever
 * printed, never its texts, and only with `--blind-test`, so that a tuning loop does not read them
 * by accident.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHindsight } from '../src/service.js';
import type { Platform } from '../src/model.js';
import { writeFacebookArchive, writeLinkedInArchive, writeTwitterArchive, type ArchivePost } from './archives.js';
import { ACCOUNTS, type LabelledAccount } from './dataset/accounts.js';
import { geoCases } from './dataset/geo.js';
import { composedInterest, INTEREST_NEGATIVE, INTEREST_POSITIVE } from './dataset/interest.js';
import { HELDOUT_ACCOUNTS, HELDOUT_POSTS } from './dataset/heldout.js';
import type { BlindPost } from './dataset/blind.js';
import { BLIND_PAIRS } from './dataset/blind-sets.js';
import { ordinaryPosts } from './dataset/ordinary.js';
import { composedPatientNegatives, composedPatientPositives, PATIENT_NEGATIVE, PATIENT_POSITIVE } from './dataset/patient.js';

type PassId = 'patient' | 'interest' | 'geotag';

/**
 * Ordinary posts written by us (not by the blind authors) that sit close to the detectors' cues:
 * people in cafés and shops near work, colleagues, family and pets next to hospital words, prices
 * and brands in ordinary life. None should be flagged.
 */
const ORDINARY_HARD: string[] = [
  'The woman at the sandwich shop by the hospital remembered my order again. Small joys after a night shift.',
  'Bloke at the petrol station near the ward car park wished me luck for my exams. People are nice.',
  'The barista in the hospital canteen drew a heart in my latte after nights. Marry me.',
  'Our cat knocked my stethoscope off the table this morning and looked me dead in the eye.',
  'My sister is starting as an F1 in August, so proud of her. Ward life awaits!',
  'Colleague brought in cake for the whole ward today. The consultant had three slices.',
  'Took the dog to the vet, £90 for a nail trim. Wrong career choice clearly.',
  'Dad asked me to look at his knee over Sunday lunch. Told him to ring his own GP.',
  'Lady at the bus stop outside the hospital was singing Abba at 7am. Made my morning.',
  'New coffee machine in the doctors mess. Rota is still a mess though.',
  'Our new kitchen is finally done, £12,000 later. Book a viewing of my sofa anytime.',
  'Private swimming lessons for the kids start Saturday, £15 a session. Worth every penny.',
  'Thanks to the hospital League of Friends for the new staff room sofas!',
  'Love my new running shoes, bought them in the sale. Marathon training starts now.',
  'The Plant Doctor down the road saved my dying fern. Highly recommend!',
  'My husband made me a cup of tea when I got home from a long day in clinic. Keeper.',
  'Free pizza at teaching today, the FY1s descended like seagulls.',
  'Booked flights to Lisbon for our anniversary, business class on points. Treat!',
  'My nan, 94, still beats everyone at Scrabble. Visiting her in the care home this weekend.',
  'Waitress at the café near the GP surgery told me her life story while I waited for my toastie.',
];
interface Labelled extends ArchivePost {
  platform: Platform;
  labels: Set<PassId>;
  /** Which pass's set it was written for (a hard negative of that pass when unlabelled). */
  written: PassId;
}


interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const verbose = process.argv.includes('--verbose');
/** Blind test is the honest final measure: its figures are printed only when asked for, so tuning never peeks. */
const blindTestRun = process.argv.includes('--blind-test');
const PLATFORMS: Platform[] = ['twitter', 'facebook', 'linkedin'];

function norm(s: string): string {
  return s.replace(/\s*https:\/\/t\.co\/\S+$/u, '').replace(/\s+/g, ' ').trim();
}

function buildLabelled(): Labelled[] {
  const out: Labelled[] = [];
  const seen = new Set<string>();
  const add = (l: Labelled): void => {
    const k = norm(l.text);
    if (seen.has(k)) return;
    seen.add(k);
    out.push(l);
  };
  const pos = [...PATIENT_POSITIVE, ...composedPatientPositives(70)];
  pos.forEach((text, i) => {
    const platform = PLATFORMS[i % 3];
    // Some stories carry a photo (no GPS): a quasi-identifier for patient, and a geotag negative.
    const photo = platform === 'twitter' && i % 4 === 0 ? {} : undefined;
    add({ platform, text, photo, labels: new Set(['patient']), written: 'patient' });
  });
  [...PATIENT_NEGATIVE, ...composedPatientNegatives(40)].forEach((text, i) => add({ platform: PLATFORMS[i % 3], text, labels: new Set(), written: 'patient' }));
  INTEREST_POSITIVE.forEach((text, i) => add({ platform: PLATFORMS[(i + 1) % 3], text, labels: new Set(['interest']), written: 'interest' }));
  // Written as an interest negative, but it does mention one patient's care: a (low) patient finding is right.
  const alsoPatient = new Set(["Thanks to the Boots pharmacist who spotted my patient's interaction."]);
  INTEREST_NEGATIVE.forEach((text, i) => add({ platform: PLATFORMS[(i + 2) % 3], text, labels: new Set(alsoPatient.has(text) ? ['patient'] : []), written: 'interest' }));
  composedInterest(40).forEach(({ text, flag }, i) => add({ platform: PLATFORMS[i % 3], text, labels: new Set(flag ? ['interest'] : []), written: 'interest' }));
  for (const g of geoCases()) add({ ...g, labels: new Set(g.geotag ? ['geotag'] : []), written: 'geotag' });
  return out;
}

/** A blind post labels exactly one pass: the pass it was written for, true or false. */
function blindLabelled(posts: BlindPost[]): Labelled[] {
  return posts.map((b) => {
    const written: PassId = b.interest !== undefined ? 'interest' : 'patient';
    return { platform: b.platform, text: b.text, labels: new Set<PassId>(b[written] ? [written] : []), written };
  });
}

/**
 * Blind posts go into their own archives, one per platform, written by a named doctor whose
 * profile declares nothing: the labels are about the text, so the host account must not decide.
 */
/** LinkedIn names its archive owner by first and last name only, so each blind host needs its own surname. */
const HOST_SURNAME: Record<string, string> = {
  dev: 'Ellis', test: 'Ellison', dev2: 'Elliston', test2: 'Ellisford', dev3: 'Ellisworth', test3: 'Ellisham',
  dev4: 'Ellisby', test4: 'Ellismore', dev5: 'Ellisden', test5: 'Elliswick', dev6: 'Ellisgate', test6: 'Ellisholm', dev7: 'Ellisvale', test7: 'Elliscroft', dev8: 'Ellistree', test8: 'Ellisbrook', dev9: 'Ellismead', test9: 'Ellisford9', dev10: 'Ellisgrove', test10: 'Ellisport',
  dev11: 'Ellisfield', test11: 'Ellisheath', dev12: 'Ellisthorpe', test12: 'Elliswood', dev13: 'Ellisbury', test13: 'Ellisdale', dev14: 'Ellisford', test14: 'Ellisgate', dev15: 'Ellishall', test15: 'Ellisholm',
  dev16: 'Elliscote', test16: 'Ellislea', dev17: 'Ellisridge', test17: 'Ellisbank',
  dev18: 'Ellisfold', test18: 'Ellisgarth', dev19: 'Ellishurst', test19: 'Ellisland', dev20: 'Ellismoor', test20: 'Ellisnook',
  dev21: 'Ellispark', test21: 'Ellisquay', dev22: 'Ellisrow', test22: 'Ellisstead', dev23: 'Ellistown', test23: 'Elliswell',
};



function blindHosts(tag: string): Map<Platform, LabelledAccount> {
  return new Map<Platform, LabelledAccount>([
    ['twitter', { platform: 'twitter', handle: `blind_${tag}_x`, displayName: 'Dr Morgan Ellis', bio: 'Doctor in the NHS.', anonymousDoctor: false }],
    ['facebook', { platform: 'facebook', handle: `blind.${tag}.fb`, displayName: 'Morgan Ellis', bio: '', first: 'Morgan', last: 'Ellis', anonymousDoctor: false }],
    ['linkedin', { platform: 'linkedin', handle: `blind-${tag}-li`, displayName: 'Morgan Ellis', bio: 'Doctor', first: 'Morgan', last: HOST_SURNAME[tag], anonymousDoctor: false }],
  ]);
}

function handleOf(a: LabelledAccount): string {
  return a.platform === 'linkedin' ? [a.first, a.last].filter(Boolean).join(' ').trim() : a.handle;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-eval-'));
  const labelled = buildLabelled();
  const byPlatform = new Map<Platform, LabelledAccount[]>();
  for (const a of ACCOUNTS) byPlatform.set(a.platform, [...(byPlatform.get(a.platform) ?? []), a]);
  const assigned = new Map<LabelledAccount, ArchivePost[]>(ACCOUNTS.map((a) => [a, []]));
  const counters = new Map<Platform, number>();
  for (const l of labelled) {
    const accts = byPlatform.get(l.platform)!;
    const n = counters.get(l.platform) ?? 0;
    counters.set(l.platform, n + 1);
    assigned.get(accts[n % accts.length])!.push(l);
  }

  // The ordinary set lives in its own archives, written by named doctors on every platform.
  const heldout: Labelled[] = HELDOUT_POSTS.map((h, i) => ({
    platform: PLATFORMS[i % 3],
    text: h.text,
    labels: new Set<PassId>([...(h.patient ? (['patient'] as const) : []), ...(h.interest ? (['interest'] as const) : [])]),
    written: h.interest !== undefined ? 'interest' : 'patient',
  }));
  for (const [i, h] of heldout.entries()) {
    const accts = byPlatform.get(h.platform)!;
    assigned.get(accts[i % accts.length])!.push(h);
  }
  for (const a of HELDOUT_ACCOUNTS) assigned.set(a, []);
  const blindRuns = BLIND_PAIRS.map((pair) => ({ pair, dev: blindLabelled(pair.dev.posts), test: blindLabelled(pair.test.posts) }));
  for (const { pair, dev, test } of blindRuns) {
    for (const [tag, set, accounts] of [[`dev${pair.tag}`, dev, pair.dev.accounts], [`test${pair.tag}`, test, pair.test.accounts]] as const) {
      const hosts = blindHosts(tag);
      for (const h of hosts.values()) assigned.set(h, []);
      for (const b of set) assigned.get(hosts.get(b.platform)!)!.push(b);
      for (const a of accounts) assigned.set(a, []);
    }
  }
  // Hard negatives of our own: everyday posts that put people, places and work words side by side.
  const ordinary = [...ordinaryPosts(2000), ...ORDINARY_HARD];
  const ordinaryAccounts: LabelledAccount[] = [
    { platform: 'twitter', handle: 'ordinary_x1', displayName: 'Dr Helen Morris', bio: 'Acute physician, Sheffield.', anonymousDoctor: false },
    { platform: 'twitter', handle: 'ordinary_x2', displayName: 'Kwame Mensah', bio: 'GP trainee. #medtwitter', anonymousDoctor: false },
    { platform: 'facebook', handle: 'ordinary.fb', displayName: 'Laura Byrne', bio: '', first: 'Laura', last: 'Byrne', anonymousDoctor: false },
    { platform: 'linkedin', handle: 'ordinary-li', displayName: 'Ravi Shah', bio: 'Consultant Geriatrician', first: 'Ravi', last: 'Shah', anonymousDoctor: false },
  ];
  const ordinaryAssigned = new Map<LabelledAccount, ArchivePost[]>(ordinaryAccounts.map((a) => [a, []]));
  ordinary.forEach((text, i) => ordinaryAssigned.get(ordinaryAccounts[i % ordinaryAccounts.length])!.push({ text }));

  const archives: string[] = [];
  let k = 0;
  for (const [acct, posts] of [...assigned, ...ordinaryAssigned]) {
    const file = join(dir, `${acct.platform}-${k++}.zip`);
    if (acct.platform === 'twitter') archives.push(await writeTwitterArchive(file, acct, posts));
    else if (acct.platform === 'facebook') archives.push(await writeFacebookArchive(file, acct, posts));
    else archives.push(await writeLinkedInArchive(file, acct, posts));
  }

  const hs = createHindsight({ dbPath: join(dir, 'eval.db'), analyseAfterImport: false });
  try {
    for (const a of archives) {
      const r = await hs.importArchive(a);
      if (!r.ok) throw new Error(`import of ${a} failed: ${r.error}`);
    }
    hs.setSettings({ fullName: '', declaredInterests: [], sensitivePlaces: [], edition: '2013' });
    const t0 = performance.now();
    const summary = hs.analyse();
    const ms = performance.now() - t0;
    const findings = hs.queryFindings({});

    const predicted = new Map<string, Set<string>>();
    for (const f of findings) {
      const key = f.subjectType === 'account' ? `${f.platform}|@${f.account}` : `${f.platform}|${norm(f.text ?? '')}`;
      const s = predicted.get(key) ?? new Set();
      s.add(f.pass);
      predicted.set(key, s);
    }

    console.log(`Hindsight eval: ${labelled.length} labelled posts, ${ACCOUNTS.length} labelled accounts, ${ordinary.length} ordinary posts, ${archives.length} archives (${summary.posts} posts imported, analysis ${ms.toFixed(0)} ms).`);
    const hardNeg = labelled.filter((l) => l.labels.size === 0).length + ACCOUNTS.filter((a) => !a.anonymousDoctor).length;
    console.log(`Hard negatives: ${hardNeg} of ${labelled.length + ACCOUNTS.length} labelled items.\n`);
    console.log('pass        TP   FP   FN   precision  recall  F1');

    const printRow = (pass: string, { tp, fp, fn }: Counts): void => {
      const p = tp + fp ? tp / (tp + fp) : 1;
      const r = tp + fn ? tp / (tp + fn) : 1;
      const f1 = p + r ? (2 * p * r) / (p + r) : 0;
      console.log(`${pass.padEnd(10)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}   ${p.toFixed(3).padStart(8)}  ${r.toFixed(3).padStart(6)}  ${f1.toFixed(3)}`);
    };
    /** Counts of every blind test half, per pass, for the pooled line. */
    const pooled = new Map<string, Counts>();
    let pooling = false;
    /** `show`: list misses and false flags (never for blind test, whose texts stay unseen). */
    const report = (pass: string, items: { key: string; expected: boolean; label: string }[], show = verbose): void => {
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const it of items) {
        const got = predicted.get(it.key)?.has(pass) ?? false;
        if (got && it.expected) c.tp++;
        else if (got) (c.fp++, show && console.log(`  FP ${pass}: ${it.label}`));
        else if (it.expected) (c.fn++, show && console.log(`  FN ${pass}: ${it.label}`));
      }
      printRow(pass, c);
      if (pooling) {
        const sum = pooled.get(pass) ?? { tp: 0, fp: 0, fn: 0 };
        pooled.set(pass, { tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn });
      }
    };
    for (const pass of ['patient', 'interest', 'geotag'] as const) {
      report(pass, labelled.map((l) => ({ key: `${l.platform}|${norm(l.text)}`, expected: l.labels.has(pass), label: `[${l.platform}] ${l.text}` })));
    }
    report('anonymity', ACCOUNTS.map((a) => ({ key: `${a.platform}|@${handleOf(a)}`, expected: a.anonymousDoctor, label: `[${a.platform}] @${a.handle} "${a.displayName}" ${a.bio}` })));

    console.log(`\nHeld out (written after tuning; first measured untouched, then used once to fix failure classes): ${heldout.length} posts, ${HELDOUT_ACCOUNTS.length} accounts`);
    for (const pass of ['patient', 'interest'] as const) {
      report(pass, heldout.filter((h) => h.written === pass).map((l) => ({ key: `${l.platform}|${norm(l.text)}`, expected: l.labels.has(pass), label: `[${l.platform}] ${l.text}` })));
    }
    report('anonymity', HELDOUT_ACCOUNTS.map((a) => ({ key: `${a.platform}|@${handleOf(a)}`, expected: a.anonymousDoctor, label: `@${a.handle} "${a.displayName}" ${a.bio}` })));

    const blindAccounts = (accts: LabelledAccount[], show: boolean): void =>
      report('anonymity', accts.map((a) => ({ key: `${a.platform}|@${handleOf(a)}`, expected: a.anonymousDoctor, label: `[${a.platform}] @${a.handle} "${a.displayName}" ${a.bio}` })), show);
    const blindPosts = (set: Labelled[], show: boolean): void => {
      for (const pass of ['patient', 'interest'] as const) {
        report(pass, set.filter((b) => b.written === pass).map((l) => ({ key: `${l.platform}|${norm(l.text)}`, expected: l.labels.has(pass), label: `[${l.platform}] ${l.text}` })), show);
      }
    };
    for (const { pair, dev } of blindRuns) {
      console.log(`\nBlind${pair.tag} dev (${pair.about}; used to find failure classes): ${dev.length} posts, ${pair.dev.accounts.length} accounts`);
      blindPosts(dev, true);
      blindAccounts(pair.dev.accounts, true);
    }
    if (blindTestRun) {
      pooling = true;
      for (const { pair, test } of blindRuns) {
        console.log(`\nBlind${pair.tag} test (never read; figures only): ${test.length} posts, ${pair.test.accounts.length} accounts`);
        blindPosts(test, false);
        blindAccounts(pair.test.accounts, false);
      }
      pooling = false;
      console.log(`\nAll ${blindRuns.length} blind test halves pooled:`);
      for (const [pass, c] of pooled) printRow(pass, c);
    } else {
      console.log(`\nBlind test halves: ${blindRuns.map(({ pair, test }) => `blind${pair.tag} ${test.length} posts, ${pair.test.accounts.length} accounts`).join('; ')};`);
      console.log('figures withheld (npm run eval -- --blind-test, once, at the end).');
    }

    const ordinarySet = new Set(ordinary.map(norm));
    let flagged = 0;
    for (const f of findings) {
      if (f.subjectType === 'account' || !ordinarySet.has(norm(f.text ?? ''))) continue;
      flagged++;
      if (verbose) console.log(`  ordinary flagged by ${f.pass}: ${f.text}`);
    }
    console.log(`\nFalse flags on ordinary posts: ${flagged} in ${ordinary.length} = ${((flagged * 1000) / ordinary.length).toFixed(1)} per 1,000 (target <= 5).`);
    const unmatched = findings.filter((f) => f.subjectType !== 'account' && !predicted.has(`${f.platform}|${norm(f.text ?? '')}`));
    if (unmatched.length) console.log(`Findings whose post text could not be matched: ${unmatched.length}`);
  } finally {
    hs.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
