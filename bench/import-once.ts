/**
 * One timed import in its own process, so its peak RSS is the import's alone.
 * Prints one JSON line: { ms, maxRssMb, posts, media }.
 */
import { createHindsight } from '../src/service.js';

const [archive, dbPath, analyse] = process.argv.slice(2);
if (!archive || !dbPath) throw new Error('usage: import-once <archive> <db> [analyse]');
const hs = createHindsight({ dbPath, analyseAfterImport: analyse === 'analyse' });
const t0 = performance.now();
const result = await hs.importArchive(archive);
const ms = performance.now() - t0;
if (!result.ok) {
  console.error(result.error);
  process.exit(1);
}
hs.close();
console.log(
  JSON.stringify({
    ms,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    posts: result.value.archive.counts.posts,
    media: result.value.archive.counts.media,
  }),
);
