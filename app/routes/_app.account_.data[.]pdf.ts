import { localeOf } from "~/i18n/locale.server";
import { download } from "~/lib/headers.server";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { personDataPdf } from "~/modules/privacy/data-pdf.server";
import { collectOwnData } from "~/modules/privacy/person-data.server";
import type { Route } from "./+types/_app.account_.data[.]pdf";

/** Mijn gegevens as a PDF to read or print: the same records as the page. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const data = await collectOwnData(viewer.db, viewer, { download: true });
  const body = await personDataPdf(data, localeOf(request));
  return download(new Uint8Array(body), {
    contentType: "application/pdf",
    filename: `mijn-gegevens-${data.exportedAt.slice(0, 10)}.pdf`,
  });
}
