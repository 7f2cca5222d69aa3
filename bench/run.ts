/**
 * `npm run bench`: import speed and memory measured against a baseline run in the same process
 * tree on the same archive (`unzip -p`, which inflates every entry and does nothing else), and
 * analysis throughput. Figures are printed, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { benchAnalysis } from './analysis.js';
import { generateLargeFacebook } from './generate-facebook.js';
import { generateLargeX } from './generate-x.js';

const CACHE = '.cache/bench';
mkdirSync(CACHE, { recursive: true });

function timeBaseline(archive: string): number {
  const t0 = performance.now();
  const r = spawnSync('unzip', ['-p', archive], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('unzip -p failed; install unzip to run the baseline');
  return performance.now() - t0;
}

function timeImport(archive: string): { coldMs: number; warmMs: number; maxRssMb: number; posts: number; media: number } {
  const db = join(CACHE, 'bench-workspace.db');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import-once.ts', archive, db], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`import failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function mb(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

async function benchArchive(label: string, archive: string): Promise<void> {
  // Warm the page cache once so neither side pays for the first disk read.
  timeBaseline(archive);
  const baseline = timeBaseline(archive);
  const imp = timeImport(archive);
  console.log(`\n${label}: ${mb(statSync(archive).size)}, ${imp.posts} posts, ${imp.media} media`);
  console.log(`  unzip -p (baseline)   ${(baseline / 1000).toFixed(2)} s`);
  console.log(`  Hindsight import, first in a fresh process  ${(imp.coldMs / 1000).toFixed(2)} s   ratio ${(imp.coldMs / baseline).toFixed(2)} (target <= 2.0)`);
  console.log(`  Hindsight import, warm process              ${(imp.warmMs / 1000).toFixed(2)} s   ratio ${(imp.warmMs / baseline).toFixed(2)}`);
  console.log(`  peak RSS of import    ${imp.maxRssMb.toFixed(0)} MB (target < 400 MB)`);
}

async function main(): Promise<void> {
  const x = join(CACHE, 'x-large.zip');
  if (!existsSync(x)) {
    console.log('Generating the X benchmark archive once (cached in .cache/bench)...');
    await generateLargeX(x);
  }
  await benchArchive('X/Twitter 2022+ archive', x);

  const fb = join(CACHE, 'facebook-photos.zip');
  if (!existsSync(fb)) {
    console.log('Generating the Facebook benchmark archive once...');
    await generateLargeFacebook(fb);
  }
  await benchArchive('Facebook 2024 archive', fb);

  const r = await benchAnalysis();
  console.log(`\nAnalysis, all passes: ${r.posts} posts at ${Math.round(r.postsPerSecond).toLocaleString('en-GB')} posts/s (target >= 20,000)`);
}

await main();
