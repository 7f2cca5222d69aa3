import { PLATFORM_LABELS, type Platform, type ReviewStatus, type Severity } from '../../src/model';

const nf = new Intl.NumberFormat('en-GB');
export const num = (n: number): string => nf.format(n);

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

export function platformLabel(p: Platform | string): string {
  return PLATFORM_LABELS[p as Platform] ?? p;
}

const dateFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dateTimeFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export function shortDate(iso: string | null | undefined): string {
  if (!iso) return 'no date';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateFmt.format(d);
}

export function dateTime(iso: string | null | undefined): string {
  if (!iso) return 'no date';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${dateTimeFmt.format(d)} UTC`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) (v /= 1024), i++;
  return `${v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** "about 3 minutes left", from the byte rate so far; null until the estimate means something. */
export function timeLeft(bytesRead: number, bytesTotal: number, elapsedMs: number): string | null {
  if (bytesTotal <= 0 || bytesRead <= 0 || elapsedMs < 1000) return null;
  if (bytesRead >= bytesTotal) return 'finishing';
  const msLeft = ((bytesTotal - bytesRead) * elapsedMs) / bytesRead;
  const s = Math.ceil(msLeft / 1000);
  if (s < 10) return 'a few seconds left';
  if (s < 60) return `about ${Math.ceil(s / 10) * 10} seconds left`;
  const m = Math.round(s / 60);
  if (m < 60) return `about ${m} minute${m === 1 ? '' : 's'} left`;
  const h = Math.floor(m / 60);
  const rm = m % 60;
  return `about ${h} hour${h === 1 ? '' : 's'}${rm ? ` ${rm} min` : ''} left`;
}

export const SEVERITY_LABEL: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const STATUS_LABEL: Record<ReviewStatus, string> = {
  open: 'To review',
  keep: 'Keep',
  remove: 'Remove',
  edit: 'Edit',
  done: 'Done',
  'verified-removed': 'Removed (checked)',
};

export const SEVERITIES: Severity[] = ['high', 'medium', 'low'];
export const STATUSES: ReviewStatus[] = ['open', 'keep', 'remove', 'edit', 'done', 'verified-removed'];
export const PLATFORMS: Platform[] = ['twitter', 'facebook', 'linkedin'];

export function excerpt(text: string | null | undefined, max = 160): string {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
