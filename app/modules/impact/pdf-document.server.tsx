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
      const width = (i: number) => `${(block.widths[i] / total) * 100}%`;
      return (
        <View style={[styles.table, { fontSize: block.size }]}>
          <View style={styles.headerRow} fixed>
            {block.headers.map((header, i) => (
              <Text key={`h${i}-${header}`} style={[styles.cell, styles.bold, { width: width(i) }]}>
                {header}
              </Text>
            ))}
          </View>
          {block.rows.map((row, r) => (
            <View key={`r${r}-${row[0]}`} style={styles.row} wrap={false}>
              {row.map((cell, i) => (
                <Text key={`c${i}-${cell}`} style={[styles.cell, { width: width(i) }]}>
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    }
  }
}
