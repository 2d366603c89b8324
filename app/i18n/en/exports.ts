import type { exportsTexts as nl } from "../nl/exports";
import type { Shape } from "./common";

export const exportsTexts = {
  title: "Export",
  intro: "Download your centre's data as a file for Excel. Every download is written to the audit log.",
  privacy: "Private notes about experts are never part of an export.",
  caption: "Files to download",
  what: "What",
  contents: "What is in it",
  download: "Download",
  pool: "Pool",
  poolContents: "Experts with status, themes, forms of work, areas and certificate date.",
  requests: "Requests",
  requestsContents: "Requests with number, client, form of work, status, dates, experts and hours.",
  xlsx: "{{what}} as Excel file (.xlsx)",
  csv: "{{what}} as CSV file (.csv)",
} satisfies Shape<typeof nl>;
