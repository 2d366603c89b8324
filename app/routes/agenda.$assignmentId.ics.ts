import { download } from "~/lib/headers.server";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { agendaIcs } from "~/modules/assignments/agenda.server";
import type { Route } from "./+types/agenda.$assignmentId.ics";

/** The calendar file of the expert's own confirmed inzet ("Zet in mijn agenda"). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const ics = await scope.run((tx) => agendaIcs(tx, scope, uuidParam(params.assignmentId)));
  return download(ics.text, {
    contentType: "text/calendar; charset=utf-8",
    filename: `inzet-${ics.number}.ics`,
  });
}
