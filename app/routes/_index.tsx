import { redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import { getViewer } from "~/modules/accounts/viewer.server";
import { needsSetup } from "~/modules/centres/create-centre.server";
import type { Route } from "./+types/_index";

/** The front door: setup on a new installation, the start page when signed in, else the login page. */
export async function loader({ request }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  if (await needsSetup(db)) throw redirect("/setup");
  const viewer = await getViewer(request, db);
  throw redirect(viewer ? "/start" : "/login");
}
