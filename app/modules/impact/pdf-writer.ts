/**
 * A small PDF writer for text reports: A4 pages, headings, wrapped paragraphs and simple tables in
 * the standard Helvetica fonts (WinAnsi encoding, so Dutch letters, € and curly quotes work).
 * `@react-pdf/renderer` is not installed in this project; this covers what a grant report needs and
 * its text can be read back by any PDF reader (and by `pdftotext` in the tests).
 */
const PAGE = { width: 595, height: 842, margin: 50 };

/** Unicode characters outside Latin-1 that Windows-1252 (WinAnsi) has. */
const winAnsiExtra: Record<string, number> = {
  "€": 0x80,
  "‚": 0x82,
  "„": 0x84,
  "…": 0x85,
  "‘": 0x91,
  "’": 0x92,
  "“": 0x93,
  "”": 0x94,
  "•": 0x95,
  "–": 0x96,
  "—": 0x97,
};

/** A text as a PDF string literal in WinAnsi: ASCII as is, other bytes as octal escapes. */
export function pdfString(text: string): string {
  let out = "(";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 63;
    const byte = winAnsiExtra[char] ?? (code >= 32 && code <= 255 && (code < 127 || code >= 160) ? code : 63);
    if (byte === 40 || byte === 41 || byte === 92) out += `\\${String.fromCharCode(byte)}`;
    else if (byte < 128) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, "0")}`;
  }
  return `${out})`;
}

/** Rough width of a text in Helvetica (points): enough to wrap and to keep table columns apart. */
export function textWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const char of text) {
    if ("il.,:;'|!".includes(char)) units += 0.28;
    else if ("fjrt() -".includes(char)) units += 0.36;
    else if ("mwMW".includes(char)) units += 0.86;
    else if (char >= "A" && char <= "Z") units += 0.68;
    else if (char >= "0" && char <= "9") units += 0.56;
    else units += 0.54;
  }
  return units * size * (bold ? 1.06 : 1);
}

function fitWidth(text: string, width: number, size: number, bold: boolean): string {
  if (textWidth(text, size, bold) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size, bold) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export function wrap(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (line && textWidth(next, size, bold) > width) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(fitWidth(line, width, size, bold));
  }
  return lines;
}

export class PdfDocument {
  private pages: string[][] = [[]];
  private y = PAGE.height - PAGE.margin;
  readonly contentWidth = PAGE.width - 2 * PAGE.margin;

  constructor(private readonly title: string) {}

  private get ops() {
    return this.pages[this.pages.length - 1];
  }

  private room(height: number) {
    if (this.y - height < PAGE.margin) {
      this.pages.push([]);
      this.y = PAGE.height - PAGE.margin;
    }
  }

  private text(text: string, x: number, size: number, bold: boolean) {
    this.ops.push(
      `BT /${bold ? "F2" : "F1"} ${size} Tf ${x.toFixed(1)} ${this.y.toFixed(1)} Td ${pdfString(text)} Tj ET`,
    );
  }

  heading(text: string, size = 14) {
    this.room(size * 2.4);
    this.y -= size * 0.8;
    for (const line of wrap(text, this.contentWidth, size, true)) {
      this.room(size * 1.3);
      this.y -= size * 1.2;
      this.text(line, PAGE.margin, size, true);
    }
    this.y -= size * 0.3;
  }

  paragraph(text: string, size = 10.5, indent = 0) {
    for (const line of wrap(text, this.contentWidth - indent, size)) {
      this.room(size * 1.5);
      this.y -= size * 1.4;
      this.text(line, PAGE.margin + indent, size, false);
    }
    this.y -= size * 0.4;
  }

  /** A table: bold header row, one line per row; cells too long for their column end in "…". */
  table(headers: string[], rows: string[][], widths: number[], size = 10) {
    const total = widths.reduce((a, b) => a + b, 0);
    const columns = widths.map((w) => (w / total) * this.contentWidth);
    const line = (cells: string[], bold: boolean) => {
      this.room(size * 1.7);
      this.y -= size * 1.5;
      let x = PAGE.margin;
      cells.forEach((cell, i) => {
        this.text(fitWidth(cell, columns[i] - 6, size, bold), x, size, bold);
        x += columns[i];
      });
    };
    line(headers, true);
    this.ops.push(
      `0.5 w ${PAGE.margin} ${(this.y - 4).toFixed(1)} m ${PAGE.margin + this.contentWidth} ${(this.y - 4).toFixed(1)} l S`,
    );
    this.y -= 2;
    for (const row of rows) line(row, false);
    this.y -= size * 0.6;
  }

  /** The finished file. */
  toBuffer(): Buffer {
    const objects: string[] = [];
    const pageIds = this.pages.map((_, i) => 5 + i * 2);
    objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
    objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>";
    this.pages.forEach((ops, i) => {
      const stream = ops.join("\n");
      objects[pageIds[i]] =
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i] + 1} 0 R >>`;
      objects[pageIds[i] + 1] =
        `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`;
    });
    const infoId = objects.length;
    objects[infoId] = `<< /Title ${pdfString(this.title)} /Producer (Tandem) >>`;
    let body = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    const offsets: number[] = [];
    for (let id = 1; id < objects.length; id++) {
      offsets[id] = Buffer.byteLength(body, "latin1");
      body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
    }
    const xref = Buffer.byteLength(body, "latin1");
    body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
    for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
    body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(body, "latin1");
  }
}
