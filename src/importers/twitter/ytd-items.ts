import type { ArchiveSource } from '../source.js';
import type { ImportContext } from '../types.js';
import { malformed, unwrapJs } from './ytd.js';

/** Why a data file could not be read as a list; the caller names the file. */
export class NotAListError extends Error {
  constructor(readonly what: 'the JSON is malformed' | 'expected a list of records') {
    super(what);
  }
}

const BRACE_OPEN = 0x7b;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Longer than any real record: a piece that grows past this is not being split where records end. */
const MAX_PIECE_BYTES = 1 << 20;
/** The wrapper (`window.YTD.tweets.part0 = [`) is a few dozen bytes; a head this long is not one. */
const MAX_HEAD_BYTES = 1 << 20;

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === NEWLINE || b === 0x0d || b === 0x09;
}

function skipSpace(data: Buffer, pos: number): number {
  while (pos < data.length && isSpace(data[pos])) pos++;
  return pos;
}

function parseList(text: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotAListError('the JSON is malformed');
  }
  if (!Array.isArray(value)) throw new NotAListError('expected a list of records');
  return value;
}

type Phase = 'head' | 'items' | 'after' | 'whole' | 'tail';

/**
 * The items of an X data file (`window.YTD.tweets.part0 = [ {...}, {...} ]`), parsed one record at
 * a time as the inflated bytes arrive.
 *
 * Why: parsing a 40 MB tweets.js whole means a 40 MB buffer, a 40 MB string and a tree of a few
 * hundred MB that the collector copies as it survives, all in fresh memory. Records parsed one by
 * one live and die in the young generation, and inflation runs on another thread meanwhile.
 *
 * How: X pretty-prints its files, so a record ends with a closing brace at the start of a line,
 * indented as the line that opened it (`\n  }` or, in 2019-style files, `\n}`). A raw newline can
 * never be inside a JSON string, so that sequence only occurs between tokens. A piece that parses
 * on its own is exactly one record (a JSON value is self-delimiting); one that does not is joined
 * with the next, so an odd file costs time, never correctness. A file that is not pretty-printed,
 * or whose records are not objects, is parsed whole at the end as before.
 */
export class YtdItemReader {
  private phase: Phase = 'head';
  private carry: Buffer | null = null;
  /** Where to look for the next record end inside `carry`, after a piece that did not parse. */
  private searchFrom = 0;
  private delimiter: Buffer = Buffer.from('\n}');
  /** After `[` or `,` a record comes next; after a record, `,` or `]`. */
  private expectValue = true;
  /** Bytes kept for a final whole parse (the file's own head, or the rest after an odd record). */
  private held: Buffer[] = [];
  /** The record `recordEnd` just parsed. */
  private record: unknown;
  private work: Buffer = Buffer.alloc(0);

  /** The records completed by this chunk, in order. */
  push(chunk: Buffer): unknown[] {
    if (this.phase === 'whole' || this.phase === 'tail') {
      this.held.push(chunk);
      return [];
    }
    const data = this.carry ? this.join(this.carry, chunk) : chunk;
    this.carry = null;
    if (this.phase === 'after') {
      this.checkAfter(data, 0);
      return [];
    }
    if (this.phase === 'head') {
      const start = this.readHead(data);
      if (start < 0) return [];
      return this.readItems(data, start);
    }
    return this.readItems(data, 0);
  }

  /**
   * The unfinished record and the new chunk as one buffer. One buffer is reused for the whole file:
   * a fresh one per chunk would be fresh memory for every chunk, and that first touch costs more
   * than the copy. Anything kept past the next chunk is copied out (`keep`).
   */
  private join(carry: Buffer, chunk: Buffer): Buffer {
    const length = carry.length + chunk.length;
    if (this.work.length < length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(length, this.work.length * 2));
      carry.copy(bigger, 0);
      this.work = bigger;
    } else if (carry.buffer !== this.work.buffer || carry.byteOffset !== this.work.byteOffset) {
      // The carry may lie inside the work buffer already; copy handles the overlap.
      carry.copy(this.work, 0);
    }
    chunk.copy(this.work, carry.length);
    return this.work.subarray(0, length);
  }

  /** The records still pending once the file has ended. */
  end(): unknown[] {
    const rest = this.carry;
    this.carry = null;
    switch (this.phase) {
      case 'after':
        return [];
      case 'head':
      case 'whole':
        return parseList(unwrapJs(Buffer.concat(rest ? [...this.held, rest] : this.held).toString('utf8')));
      case 'items':
      case 'tail': {
        // The records not split off (an unterminated last one, or everything after an odd one).
        const bytes = Buffer.concat(rest ? [...this.held, rest] : this.held);
        if (bytes.length === 0) throw new NotAListError('the JSON is malformed');
        let text = bytes.toString('utf8').trimEnd();
        if (text.endsWith(';')) text = text.slice(0, -1);
        return parseList(`[${text}`);
      }
    }
  }

  /** Find the array's start; returns where the first record begins, or -1 while more is needed. */
  private readHead(data: Buffer): number {
    let pos = data.subarray(0, 3).equals(BOM) ? 3 : 0;
    pos = skipSpace(data, pos);
    if (pos === data.length) return this.needMoreHead(data);
    if (data[pos] !== BRACKET_OPEN) {
      // A bare object, or the assignment wrapper: the array starts after the first `=`.
      if (data[pos] === BRACE_OPEN) return this.wholeFrom(data);
      const eq = data.indexOf(EQUALS, pos);
      if (eq < 0) return this.needMoreHead(data);
      pos = skipSpace(data, eq + 1);
      if (pos === data.length) return this.needMoreHead(data);
      if (data[pos] !== BRACKET_OPEN) return this.wholeFrom(data);
    }
    const first = skipSpace(data, pos + 1);
    if (first === data.length) return this.needMoreHead(data);
    if (data[first] === BRACKET_CLOSE) {
      this.phase = 'after';
      this.checkAfter(data, first + 1);
      return -1;
    }
    if (data[first] !== BRACE_OPEN) return this.wholeFrom(data);
    // The record closes at the indentation of the line its opening brace is on.
    const lineStart = data.lastIndexOf(NEWLINE, first) + 1;
    let indentEnd = lineStart;
    while (indentEnd < first && (data[indentEnd] === 0x20 || data[indentEnd] === 0x09)) indentEnd++;
    this.delimiter = Buffer.concat([Buffer.from('\n'), data.subarray(lineStart, indentEnd), Buffer.from('}')]);
    this.phase = 'items';
    return first;
  }

  private needMoreHead(data: Buffer): number {
    if (data.length > MAX_HEAD_BYTES) return this.wholeFrom(data);
    this.carry = data;
    return -1;
  }

  private wholeFrom(data: Buffer): number {
    this.phase = 'whole';
    this.held = [Buffer.from(data)];
    return -1;
  }

  private readItems(data: Buffer, from: number): unknown[] {
    const items: unknown[] = [];
    let pos = from;
    for (;;) {
      pos = skipSpace(data, pos);
      if (pos === data.length) return items;
      const b = data[pos];
      if (!this.expectValue) {
        if (b === COMMA) {
          this.expectValue = true;
          pos++;
          continue;
        }
        if (b === BRACKET_CLOSE) {
          this.phase = 'after';
          this.checkAfter(data, pos + 1);
          return items;
        }
        throw new NotAListError('the JSON is malformed');
      }
      if (b !== BRACE_OPEN) {
        // Not an object record: leave the rest to one parse at the end, which also reports errors.
        this.toTail(data, pos);
        return items;
      }
      const end = this.recordEnd(data, pos);
      if (end < 0) return items;
      items.push(this.record);
      this.record = undefined;
      this.expectValue = false;
      pos = end;
    }
  }

  /** The end of the record starting at `pos` (its value in `record`), or -1 when it continues in the next chunk. */
  private recordEnd(data: Buffer, pos: number): number {
    let from = pos + this.searchFrom;
    this.searchFrom = 0;
    for (;;) {
      const at = data.indexOf(this.delimiter, from);
      if (at < 0) {
        const rest = data.subarray(pos);
        if (rest.length > MAX_PIECE_BYTES) this.toTail(data, pos);
        else {
          this.carry = rest;
          // Resume the search just before the chunk's end: a record end may straddle it.
          this.searchFrom = Math.max(0, rest.length - this.delimiter.length + 1);
        }
        return -1;
      }
      const end = at + this.delimiter.length;
      if (this.parses(data, pos, end)) return end;
      if (end - pos > MAX_PIECE_BYTES) {
        this.toTail(data, pos);
        return -1;
      }
      from = end;
    }
  }

  /** Parse a piece into `record`; false when it is not a whole record. */
  private parses(data: Buffer, start: number, end: number): boolean {
    // Cheap pre-check: a whole record is followed by `,` or `]` (after spaces), or by the chunk's end.
    const next = skipSpace(data, end);
    if (next < data.length && data[next] !== COMMA && data[next] !== BRACKET_CLOSE) return false;
    try {
      this.record = JSON.parse(data.toString('utf8', start, end));
      return true;
    } catch {
      return false;
    }
  }

  private toTail(data: Buffer, pos: number): void {
    this.phase = 'tail';
    this.held = [Buffer.from(data.subarray(pos))];
    this.carry = null;
    this.searchFrom = 0;
  }

  /** After the closing `]` only spaces and a `;` may follow. */
  private checkAfter(data: Buffer, pos: number): void {
    for (let i = pos; i < data.length; i++) {
      if (!isSpace(data[i]) && data[i] !== SEMICOLON) throw new NotAListError('the JSON is malformed');
    }
  }
}

/**
 * Stream the records of a wrapped X data file in batches (one per inflated chunk): a batch, not a
 * promise per record, keeps the async overhead off tens of thousands of tweets.
 */
export async function* streamJsList(source: ArchiveSource, path: string, ctx: ImportContext): AsyncGenerator<unknown[]> {
  const size = source.entries.find((e) => e.path === path)?.size ?? 0;
  ctx.onEntry(path, size);
  const reader = new YtdItemReader();
  const stream = await source.open(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const items = reader.push(chunk);
      if (items.length > 0) yield items;
    }
    const rest = reader.end();
    if (rest.length > 0) yield rest;
  } catch (err) {
    if (err instanceof NotAListError) throw malformed(path, source.name, err.what);
    throw err;
  } finally {
    stream.destroy();
  }
}
