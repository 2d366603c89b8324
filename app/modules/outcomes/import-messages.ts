import { outcomes as nl } from "~/i18n/nl/outcomes";
import type { RowError } from "./import-rows";

/** A row error as a Dutch sentence ("Rij 7: start_date is geen datum (gebruik 2025-09-01).") for the CLI. */
export function rowErrorText(error: RowError): string {
  return nl.import.problems[error.problem]
    .replaceAll("{{row}}", String(error.row))
    .replaceAll("{{column}}", error.column);
}
