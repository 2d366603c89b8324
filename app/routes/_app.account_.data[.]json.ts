import { requireViewer } from "~/modules/accounts/viewer.server";
import { collectOwnData } from "~/modules/privacy/person-data.server";
import type { Route } from "./+types/_app.account_.data[.]json";

/** Mijn gegevens as a file: the same object the page shows, for another program (AVG, data portability). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const data = await collectOwnData(viewer.db, viewer, { download: true });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
