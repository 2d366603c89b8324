/**
 * The columns of a trainee import (public/templates/trainees.csv), checked row by row. Row numbers
 * are the spreadsheet's: the header is row 1, the first trainee row 2. The code names are English;
 * a file may use the Dutch names of the template (voornaam, startdatum …) or the English ones.
 */
export const importColumns = [
  "cohort",
  "external_id",
  "first_name",
  "last_name",
  "province",
  "start_date",
  "end_date",
  "certified",
  "situation_before",
  "outcome",
  "outcome_date",
  "ladder_intake",
  "ladder_latest",
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** The names a file may use for each column: the Dutch one (the template's) first, then others. */
export const columnNames: Record<ImportColumn, readonly string[]> = {
  cohort: ["cohort", "groep", "opleidingsgroep"],
  external_id: ["extern_id", "externe_id", "external_id"],
  first_name: ["voornaam", "first_name"],
  last_name: ["achternaam", "last_name"],
  province: ["provincie", "province"],
  start_date: ["startdatum", "begindatum", "start_date"],
  end_date: ["einddatum", "end_date"],
  certified: ["gecertificeerd", "certified"],
  situation_before: ["situatie_voor", "situation_before"],
  outcome: ["uitkomst", "outcome"],
  outcome_date: ["uitkomst_datum", "outcome_date"],
  ladder_intake: ["ladder_intake"],
  ladder_latest: ["ladder_laatste", "ladder_latest"],
};

/** "Start datum", "start_date" and "STARTDATUM" are one name: case, spaces, _ and - do not count. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}

const columnByKey = new Map<string, ImportColumn>(
  importColumns.flatMap((column) => columnNames[column].map((name) => [columnKey(name), column] as const)),
);

/** The import column a header cell names, or null for a column Tandem does not read. */
export function columnOf(headerName: string): ImportColumn | null {
  return columnByKey.get(columnKey(headerName)) ?? null;
}

/** The Dutch template name of a column: "voornaam" for first_name. */
export const dutchName = (column: ImportColumn) => columnNames[column][0];

export const requiredColumns: ImportColumn[] = [
  "cohort",
  "external_id",
  "first_name",
  "last_name",
  "start_date",
  "end_date",
  "certified",
];
