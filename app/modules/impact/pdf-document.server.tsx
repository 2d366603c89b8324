import { Document, Page, renderToBuffer, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { ReactElement } from "react";

/**
 * A report as a list of blocks (headings, paragraphs, tables), rendered to PDF with @react-pdf/renderer.
 * The report code says what goes in; this file says how it looks (A4, Helvetica, tables that wrap).
 */
type Block =
  | { kind: "heading"; text: string; size: number }
  | { kind: "paragraph"; text: string; size: number; indent: number }
  | { kind: "table"; headers: string[]; rows: string[][]; widths: number[]; size: number };

const styles = StyleSheet.create({
  page: { padding: 48, fontFamily: "Helvetica", fontSize: 10.5, lineHeight: 1.35 },
  heading: { fontFamily: "Helvetica-Bold", marginTop: 10, marginBottom: 4 },
  paragraph: { marginBottom: 4 },
  table: { marginBottom: 8 },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#999999", paddingVertical: 2 },
  headerRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#000000", paddingVertical: 2 },
  cell: { paddingRight: 6 },
  bold: { fontFamily: "Helvetica-Bold" },
});

export class PdfDocument {
  private readonly blocks: Block[] = [];

  constructor(private readonly title: string) {}

  heading(text: string, size = 14) {
    this.blocks.push({ kind: "heading", text, size });
  }

  paragraph(text: string, size = 10.5, indent = 0) {
    this.blocks.push({ kind: "paragraph", text, size, indent });
  }

  table(headers: string[], rows: string[][], widths: number[], size = 10) {
    this.blocks.push({ kind: "table", headers, rows, widths, size });
  }

  /** The finished file. */
  toBuffer(): Promise<Buffer> {
    return renderToBuffer(this.element());
  }

  private element(): ReactElement<React.ComponentProps<typeof Document>> {
    return (
      <Document title={this.title} creator="Tandem" producer="Tandem" language="nl">
        <Page size="A4" style={styles.page} wrap>
          {this.blocks.map((block, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks never move; the order is the document
            <BlockView key={index} block={block} />
          ))}
        </Page>
      </Document>
    );
  }
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading":
      return <Text style={[styles.heading, { fontSize: block.size }]}>{block.text}</Text>;
    case "paragraph":
      return (
        <Text style={[styles.paragraph, { fontSize: block.size, marginLeft: block.indent }]}>
          {block.text}
        </Text>
      );
    case "table": {
      const total = block.widths.reduce((a, b) => a + b, 0);
      const width = (column: number) => `${(block.widths[column] / total) * 100}%`;
      // a static document: every cell's place is its key
      const cells = (row: string[], line: number) =>
        row.map((text, column) => ({ text, column, id: `${line}:${column}` }));
      const rows = block.rows.map((row, line) => ({ id: `row-${line}`, cells: cells(row, line + 1) }));
      return (
        <View style={[styles.table, { fontSize: block.size }]}>
          <View style={styles.headerRow} fixed>
            {cells(block.headers, 0).map((cell) => (
              <Text key={cell.id} style={[styles.cell, styles.bold, { width: width(cell.column) }]}>
                {cell.text}
              </Text>
            ))}
          </View>
          {rows.map((row) => (
            <View key={row.id} style={styles.row} wrap={false}>
              {row.cells.map((cell) => (
                <Text key={cell.id} style={[styles.cell, { width: width(cell.column) }]}>
                  {cell.text}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    }
  }
}
