import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { agendaIcs } from "~/modules/assignments/agenda.server";
import type { Route } from "./+types/agenda.$assignmentId.ics";

/** The calendar file of the expert's own confirmed inzet ("Zet in mijn agenda"). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const ics = await scope.run((tx) => agendaIcs(tx, scope, uuidParam(params.assignmentId)));
  return new Response(ics.text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="inzet-${ics.number}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
