import { localeOf } from "~/i18n/locale.server";
import { download } from "~/lib/headers.server";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { grantReport } from "~/modules/impact/report.server";
import { reportPdf } from "~/modules/impact/report-files.server";
import type { Route } from "./+types/_app.grants.$grantId.report[.]pdf";

/** The grant report as .pdf, from live data: staff, and the grant's own funders (small groups hidden). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "impact:read");
  const report = await scope.run((tx) => grantReport(tx, scope, uuidParam(params.grantId)));
  const file = await reportPdf(report, localeOf(request));
  return download(new Uint8Array(file.body), file);
}
