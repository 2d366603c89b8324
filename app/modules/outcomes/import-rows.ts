/**
 * A trainee import checked row by row (columns in import-columns.ts). Row numbers are the
 * spreadsheet's: the header is row 1, the first trainee row 2.
 */
import { z } from "zod";
import type { OutcomeKind, Situation } from "~/db/values";
import { hasHiddenCharacters } from "~/lib/names";
import { provinces } from "~/modules/grants/values";
import {
  columnKey,
  columnOf,
  dutchName,
  type ImportColumn,
  importColumns,
  requiredColumns,
} from "./import-columns";

const situationWords: Record<string, Situation> = {
  "langdurig werkloos": "long_term_unemployed",
  werkloos: "unemployed",
  werkend: "working",
  anders: "other",
};

const outcomeWords: Record<string, OutcomeKind> = {
  "betaald werk": "paid_job",
  vrijwilligerswerk: "volunteer",
  werkzoekend: "job_seeking",
  "ander pad": "other_path",
};

/** What can be wrong with a cell: an i18n key in "outcomes:import.problems". */
export type ImportProblem =
  | "missing_column"
  | "required"
  | "not_date"
  | "end_before_start"
  | "not_yes_no"
  | "not_situation"
  | "not_outcome"
  | "outcome_date_required"
  | "not_rung"
  | "not_province"
  | "too_long"
  | "hidden_characters"
  | "duplicate_id"
  | "duplicate_column";

/**
 * A problem in one cell. `label` is the column as the file spells it ("Voornaam", "first_name"), or,
 * for a missing column, its name in the language the file's other headers use; `other` names the
 * second column of a problem about two ("einddatum ligt voor startdatum").
 */
export type RowError = {
  row: number;
  column: ImportColumn;
  problem: ImportProblem;
  label: string;
  other?: string;
};

export type ImportRow = {
  row: number;
  cohort: string;
  externalId: string;
  firstName: string;
  lastName: string;
  province: string | null;
  startsOn: string;
  endsOn: string;
  certified: boolean;
  situationBefore: Situation | null;
  outcome: OutcomeKind | null;
  outcomeOn: string | null;
  ladderIntake: number | null;
  ladderLatest: number | null;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validDate(value: string): boolean {
  if (!isoDate.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A date cell: ISO as asked, also 1-9-2025 / 01-09-2025 as people type them in the Netherlands. */
export function normaliseDate(value: string): string {
  const dutch = value.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
  if (dutch) return `${dutch[3]}-${dutch[2].padStart(2, "0")}-${dutch[1].padStart(2, "0")}`;
  return value;
}

const word = (map: Record<string, string>) => (value: string) => map[value.toLowerCase()] !== undefined;

const text = (max: number) => z.string().max(max, "too_long");
const requiredText = (max: number) => text(max).min(1, "required");
const date = z.string().min(1, "required").transform(normaliseDate).refine(validDate, "not_date");
const optionalDate = z
  .string()
  .transform(normaliseDate)
  .refine((v) => v === "" || validDate(v), "not_date");
const rung = z.string().refine((v) => v === "" || /^[1-6]$/.test(v), "not_rung");

/** One row; messages are ImportProblem codes. */
const rowSchema = z
  .object({
    cohort: requiredText(120),
    external_id: requiredText(60),
    first_name: requiredText(100).refine((v) => !hasHiddenCharacters(v), "hidden_characters"),
    last_name: requiredText(100).refine((v) => !hasHiddenCharacters(v), "hidden_characters"),
    province: z
      .string()
      .refine((v) => v === "" || provinces.some((p) => p.toLowerCase() === v.toLowerCase()), "not_province"),
    start_date: date,
    end_date: date,
    certified: z
      .string()
      .min(1, "required")
      .refine((v) => ["ja", "nee"].includes(v.toLowerCase()), "not_yes_no"),
    situation_before: z.string().refine((v) => v === "" || word(situationWords)(v), "not_situation"),
    outcome: z.string().refine((v) => v === "" || word(outcomeWords)(v), "not_outcome"),
    outcome_date: optionalDate,
    ladder_intake: rung,
    ladder_latest: rung,
  })
  .superRefine((row, ctx) => {
    if (validDate(row.start_date) && validDate(row.end_date) && row.end_date < row.start_date) {
      ctx.addIssue({ code: "custom", path: ["end_date"], message: "end_before_start" });
    }
    if (row.outcome !== "" && row.outcome_date === "") {
      ctx.addIssue({ code: "custom", path: ["outcome_date"], message: "outcome_date_required" });
    }
  });

function toImportRow(row: number, v: z.output<typeof rowSchema>): ImportRow {
  const province = provinces.find((p) => p.toLowerCase() === v.province.toLowerCase()) ?? null;
  return {
    row,
    cohort: v.cohort,
    externalId: v.external_id,
    firstName: v.first_name,
    lastName: v.last_name,
    province,
    startsOn: v.start_date,
    endsOn: v.end_date,
    certified: v.certified.toLowerCase() === "ja",
    situationBefore: situationWords[v.situation_before.toLowerCase()] ?? null,
    outcome: outcomeWords[v.outcome.toLowerCase()] ?? null,
    outcomeOn: v.outcome_date || null,
    ladderIntake: v.ladder_intake ? Number(v.ladder_intake) : null,
    ladderLatest: v.ladder_latest ? Number(v.ladder_latest) : null,
  };
}

export type CheckedRows = { rows: ImportRow[]; errors: RowError[]; total: number };

/** Which header cell holds which column; a column named twice (also in two languages) is an error. */
function resolveHeader(header: string[], headerRow: number) {
  const labels = new Map<ImportColumn, string>();
  const errors: RowError[] = [];
  for (const name of header) {
    const column = columnOf(name.trim());
    if (!column) continue;
    if (labels.has(column)) {
      errors.push({
        row: headerRow,
        column,
        problem: "duplicate_column",
        label: name.trim(),
        other: labels.get(column),
      });
    } else labels.set(column, name.trim());
  }
  // A missing column is named as the rest of the file names its columns: English when every
  // known header is the English code name, Dutch otherwise (and for an empty header).
  const english =
    labels.size > 0 && [...labels].every(([column, label]) => columnKey(label) === columnKey(column));
  const missing = requiredColumns
    .filter((c) => !labels.has(c))
    .map(
      (column): RowError => ({
        row: headerRow,
        column,
        problem: "missing_column",
        label: english ? column : dutchName(column),
      }),
    );
  return { labels, errors: [...errors, ...missing] };
}

/**
 * Checks every row of a table (records keyed by the header as the file spells it). Missing or
 * doubled columns are reported once, on the header's row. A repeated external id is wrong on its
 * second row. Messages name the columns as the file does.
 */
export function checkRows(header: string[], records: Record<string, string>[], headerRow = 1): CheckedRows {
  const { labels, errors: headerErrors } = resolveHeader(header, headerRow);
  if (headerErrors.length > 0) return { rows: [], errors: headerErrors, total: records.length };
  const label = (column: ImportColumn) => labels.get(column) ?? dutchName(column);
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const seen = new Set<string>();
  const others: Partial<Record<ImportProblem, ImportColumn>> = {
    end_before_start: "start_date",
    outcome_date_required: "outcome",
  };
  records.forEach((record, index) => {
    const rowNumber = headerRow + index + 1;
    if (Object.values(record).every((v) => v.trim() === "")) return;
    const cells = Object.fromEntries(
      importColumns.map((c) => [c, (labels.has(c) ? (record[label(c)] ?? "") : "").trim()]),
    );
    const parsed = rowSchema.safeParse(cells);
    if (!parsed.success) {
      const found = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0]) as ImportColumn;
        if (found.has(column)) continue;
        found.add(column);
        const problem = issue.message as ImportProblem;
        const other = others[problem];
        errors.push({
          row: rowNumber,
          column,
          problem,
          label: label(column),
          ...(other ? { other: label(other) } : {}),
        });
      }
      return;
    }
    const key = parsed.data.external_id.toLowerCase();
    if (seen.has(key)) {
      errors.push({
        row: rowNumber,
        column: "external_id",
        problem: "duplicate_id",
        label: label("external_id"),
      });
      return;
    }
    seen.add(key);
    rows.push(toImportRow(rowNumber, parsed.data));
  });
  return { rows, errors, total: records.length };
}
