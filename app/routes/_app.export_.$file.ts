import { AppError } from "~/lib/errors";
import { download } from "~/lib/headers.server";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { exportFile } from "~/modules/exports/export-file.server";
import type { ExportFormat, ExportKind } from "~/modules/exports/table";
import type { Route } from "./+types/_app.export_.$file";

/** The export file itself (pool.xlsx, requests.csv, …). Each download is audited by the module. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "export:use");
  const match = params.file.match(/^(pool|requests)\.(xlsx|csv)$/);
  if (!match) throw new AppError("NOT_FOUND");
  const file = await scope.run((tx) =>
    exportFile(tx, scope, { what: match[1] as ExportKind, format: match[2] as ExportFormat }),
  );
  return download(new Uint8Array(file.body), file);
}
