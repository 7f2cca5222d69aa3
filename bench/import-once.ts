/**
 * Timed imports in a process of their own, so peak RSS is the import's alone. The archive is
 * imported twice into fresh workspaces: the first run is what a user meets on a freshly started
 * process (module compilation and JIT warm-up included), the second what every later import costs.
 * Prints one JSON line: { coldMs, warmMs, coldCpuMs, warmCpuMs, checkpointMs, maxRssMb (of the first import), posts, media }.
 */
import { rmSync } from 'node:fs';
import { createHindsight } from '../src/service.js';

const [archive, dbPath, analyse] = process.argv.slice(2);
if (!archive || !dbPath) throw new Error('usage: import-once <archive> <db> [analyse]');

async function timedImport(db: string): Promise<{ ms: number; cpuMs: number; closeMs: number; posts: number; media: number }> {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const hs = createHindsight({ dbPath: db, analyseAfterImport: analyse === 'analyse' });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await hs.importArchive(archive!);
  const ms = performance.now() - t0;
  // CPU time (main thread and libuv pool together) is steadier than wall time on a shared machine.
  const c1 = process.cpuUsage(c0);
  const cpuMs = (c1.user + c1.system) / 1000;
  // Closing checkpoints the WAL: the copy into the database file that the app does once idle.
  const t1 = performance.now();
  hs.close();
  const closeMs = performance.now() - t1;
  if (!result.ok) {
    console.error(result.error);
    process.exit(1);
  }
  return { ms, cpuMs, closeMs, posts: result.value.archive.counts.posts, media: result.value.archive.counts.media };
}

const cold = await timedImport(dbPath);
// Peak RSS of one import: read before the second run can add its own garbage.
const maxRssMb = process.resourceUsage().maxRSS / 1024;
const warm = await timedImport(`${dbPath}.warm`);
console.log(
  JSON.stringify({
    coldMs: cold.ms,
    warmMs: warm.ms,
    coldCpuMs: cold.cpuMs,
    warmCpuMs: warm.cpuMs,
    checkpointMs: warm.closeMs,
    maxRssMb,
    posts: cold.posts,
    media: cold.media,
  }),
);
