import PDFDocument from 'pdfkit';
import { toWinAnsi } from './winansi.js';

/**
 * A calm A4 document in pdfkit's built-in fonts (no font files, no network): Times for reading,
 * Helvetica for headings and tables, page numbers in the footer.
 */
export const FONT = { body: 'Times-Roman', italic: 'Times-Italic', bold: 'Times-Bold', sans: 'Helvetica', sansBold: 'Helvetica-Bold' } as const;
const INK = '#1d2125';
const MUTED = '#56606b';
const ACCENT = '#17324d';
const RULE = '#c9d1d9';

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'left' | 'right';
}

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(
    title: string,
    private readonly footer: string,
    generatedAt: Date,
  ) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: 56, bottom: 64, left: 56, right: 56 },
      bufferPages: true,
      info: { Title: toWinAnsi(title), Creator: 'Hindsight', Producer: 'Hindsight', CreationDate: generatedAt },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.fillColor(INK);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Start a new page when fewer than `height` points are left. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, meta: string): void {
    this.doc.font(FONT.sansBold).fontSize(20).fillColor(ACCENT).text(toWinAnsi(text), { width: this.width });
    this.doc.moveDown(0.3).font(FONT.sans).fontSize(9.5).fillColor(MUTED).text(toWinAnsi(meta), { width: this.width });
    this.doc.fillColor(INK).moveDown(1);
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 13.5 : 11;
    // Keep a heading with at least a few lines of what follows it.
    this.ensure(level === 1 ? 90 : 60);
    this.doc.moveDown(level === 1 ? 0.9 : 0.5);
    const x = this.doc.page.margins.left;
    this.doc.font(FONT.sansBold).fontSize(size).fillColor(ACCENT).text(toWinAnsi(text), x, this.doc.y, { width: this.width });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc.moveTo(x, y).lineTo(x + this.width, y).lineWidth(0.6).strokeColor(RULE).stroke();
      this.doc.y = y + 6;
    } else this.doc.moveDown(0.25);
    this.doc.fillColor(INK);
  }

  paragraph(text: string, opts: { size?: number; color?: string; font?: string; indent?: number } = {}): void {
    const x = this.doc.page.margins.left + (opts.indent ?? 0);
    this.doc
      .font(opts.font ?? FONT.body)
      .fontSize(opts.size ?? 10.5)
      .fillColor(opts.color ?? INK)
      .text(toWinAnsi(text), x, this.doc.y, { width: this.width - (opts.indent ?? 0), lineGap: 1.5 });
    this.doc.moveDown(0.45).fillColor(INK);
  }

  small(text: string): void {
    this.paragraph(text, { size: 9, color: MUTED, font: FONT.sans });
  }

  /** A box with a coloured left rule: the warning and the no-automation statement. */
  callout(text: string, tone: 'note' | 'warning'): void {
    const x = this.doc.page.margins.left;
    const size = 9.5;
    const font = tone === 'warning' ? FONT.sansBold : FONT.sans;
    const t = toWinAnsi(text);
    this.doc.font(font).fontSize(size);
    const h = this.doc.heightOfString(t, { width: this.width - 20 }) + 12;
    this.ensure(h + 6);
    const y = this.doc.y;
    this.doc.rect(x, y, this.width, h).fill(tone === 'warning' ? '#fbeaea' : '#f4f6f8');
    this.doc.rect(x, y, 2.5, h).fill(tone === 'warning' ? '#b33a3a' : '#8aa0b5');
    this.doc.fillColor(tone === 'warning' ? '#7a1f1f' : '#3d4650').font(font).fontSize(size).text(t, x + 12, y + 6, { width: this.width - 20 });
    this.doc.fillColor(INK);
    this.doc.x = x;
    this.doc.y = y + h + 8;
  }

  bullets(items: string[], numbered = false): void {
    items.forEach((item, i) => {
      const x = this.doc.page.margins.left;
      const mark = numbered ? `${i + 1}.` : '•';
      this.doc.font(FONT.body).fontSize(10.5);
      const t = toWinAnsi(item);
      this.ensure(this.doc.heightOfString(t, { width: this.width - 16 }) + 4);
      const y = this.doc.y;
      this.doc.fillColor(MUTED).text(mark, x + 2, y, { width: 14 });
      this.doc.fillColor(INK).text(t, x + 16, y, { width: this.width - 16, lineGap: 1.5 });
      this.doc.moveDown(0.3);
    });
    this.doc.x = this.doc.page.margins.left;
  }

  /** A simple ruled table; the header repeats on every page the table runs onto. */
  table(columns: Column[], rows: string[][]): void {
    const x0 = this.doc.page.margins.left;
    const total = columns.reduce((n, c) => n + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const pad = 4;
    const size = 8.8;
    const measure = (cells: string[], font: string): number => {
      this.doc.font(font).fontSize(size);
      return Math.max(...cells.map((c, i) => this.doc.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad;
    };
    const draw = (cells: string[], font: string, color: string, h: number, rule: { w: number; c: string }): void => {
      const y = this.doc.y;
      let x = x0;
      this.doc.font(font).fontSize(size).fillColor(color);
      cells.forEach((c, i) => {
        this.doc.text(c, x + pad, y + pad, { width: widths[i]! - 2 * pad, align: columns[i]!.align ?? 'left' });
        x += widths[i]!;
      });
      this.doc.moveTo(x0, y + h).lineTo(x0 + this.width, y + h).lineWidth(rule.w).strokeColor(rule.c).stroke();
      this.doc.x = x0;
      this.doc.y = y + h;
    };
    const header = columns.map((c) => toWinAnsi(c.header));
    const headerHeight = measure(header, FONT.sansBold);
    const drawHeader = (): void => draw(header, FONT.sansBold, '#3d4650', headerHeight, { w: 0.9, c: '#8aa0b5' });
    const firstRow = rows[0] ? measure(rows[0].map(toWinAnsi), FONT.sans) : 0;
    this.ensure(headerHeight + firstRow);
    drawHeader();
    for (const raw of rows) {
      const cells = raw.map(toWinAnsi);
      const h = measure(cells, FONT.sans);
      if (this.doc.y + h > this.bottom) {
        this.doc.addPage();
        drawHeader();
      }
      draw(cells, FONT.sans, INK, h, { w: 0.4, c: RULE });
    }
    this.doc.fillColor(INK).moveDown(0.8);
  }

  /** Footer on every page ("Page n of N"), then the finished file. */
  async finish(): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { left, right, bottom } = this.doc.page.margins;
      // Writing inside the bottom margin would make pdfkit start a new page; lift the margin meanwhile.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - 40;
      const w = this.doc.page.width - left - right;
      this.doc.font(FONT.sans).fontSize(8).fillColor(MUTED);
      this.doc.text(toWinAnsi(this.footer), left, y, { width: w, align: 'left', lineBreak: false });
      this.doc.text(`Page ${i - range.start + 1} of ${range.count}`, left, y, { width: w, align: 'right', lineBreak: false });
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    return this.done;
  }
}
