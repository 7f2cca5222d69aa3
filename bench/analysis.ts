/**
 * Analysis throughput: every pass over 100k generated posts of mixed, realistic text (ordinary
 * posts, patient stories, company mentions, some photos and geotags), measured after one warm-up
 * pass so the lazy city index and JIT are not counted; the median of three passes. Printed by
 * `npm run bench`, never asserted.
 */
import { analyse } from '../src/analysis/run.js';
import type { PostInput } from '../src/analysis/types.js';
import { DEFAULT_SETTINGS, type Account } from '../src/model.js';
import { INTEREST_NEGATIVE, INTEREST_POSITIVE } from '../eval/dataset/interest.js';
import { ordinaryPosts } from '../eval/dataset/ordinary.js';
import { PATIENT_NEGATIVE, PATIENT_POSITIVE } from '../eval/dataset/patient.js';
import { makeAccount, makeMedia, makePost } from '../eval/records.js';

export async function benchAnalysis(n = 100_000): Promise<{ postsPerSecond: number; posts: number }> {
  const ordinary = ordinaryPosts(5_000, 1234);
  const special = [...PATIENT_POSITIVE, ...PATIENT_NEGATIVE, ...INTEREST_POSITIVE, ...INTEREST_NEGATIVE];
  const account: Account = makeAccount('bench_doc', 'Dr Bench Mark', 'Consultant physician. #medtwitter');
  const posts: PostInput[] = [];
  for (let i = 0; i < n; i++) {
    // Roughly what a doctor's archive looks like: mostly ordinary, a few stories and mentions.
    const text = i % 10 === 0 ? special[i % special.length] : ordinary[i % ordinary.length];
    const post = makePost(text, { nativeId: String(i) });
    if (i % 200 === 0) post.geo = { lat: 51.5 + (i % 50) / 100, lon: -0.1 - (i % 70) / 100, placeName: null, precision: 'exact', source: 'coordinates' };
    const media = i % 25 === 0 ? [makeMedia({ postNativeId: String(i), gpsLat: i % 50 === 0 ? 53.8 : null, gpsLon: i % 50 === 0 ? -1.55 : null })] : [];
    posts.push({ post, media, account });
  }
  const ctx = { settings: DEFAULT_SETTINGS };
  analyse({ accounts: [account], posts: posts.slice(0, 5_000), looseMedia: [] }, ctx);
  // The median of three timed passes: a shared machine varies by a fifth from one pass to the next.
  const seconds: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const findings = analyse({ accounts: [account], posts, looseMedia: [] }, ctx);
    seconds.push((performance.now() - t0) / 1000);
    if (findings.length === 0) throw new Error('benchmark produced no findings: the passes are not running');
  }
  const median = seconds.sort((a, b) => a - b)[1]!;
  return { postsPerSecond: Math.round(n / median), posts: n };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchAnalysis().then((r) => console.log(`analysis: ${r.posts} posts, ${r.postsPerSecond.toLocaleString('en-GB')} posts/s`));
}
