import { outcomes as nl } from "~/i18n/nl/outcomes";
import type { RowError } from "./import-rows";

/** A row error as a Dutch sentence ("Rij 7: startdatum is geen datum …") for the CLI; columns as the file names them. */
export function rowErrorText(error: RowError): string {
  return nl.import.problems[error.problem]
    .replaceAll("{{row}}", String(error.row))
    .replaceAll("{{column}}", error.label)
    .replaceAll("{{other}}", error.other ?? "");
}
