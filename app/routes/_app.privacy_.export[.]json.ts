import { data, redirect } from "react-router";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { parseForm } from "~/lib/forms.server";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { exportInput } from "~/modules/privacy/input";
import { collectPersonDataAsStaff } from "~/modules/privacy/person-data.server";
import type { Route } from "./+types/_app.privacy_.export[.]json";

/**
 * A person's data as a file, for a coordinator (the export form on /privacy posts here, so the address
 * never stands in a URL or a log). A wrong or unknown address sends the coordinator back to the form.
 */
/** Opened as a link: the form is on /privacy. */
export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "privacy:manage");
  return redirect("/privacy");
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "privacy:manage");
  const parsed = parseForm(await readForm(request), exportInput);
  if (!parsed.ok) throw data({ code: "INVALID", messageKey: "privacy:erase.errors.email" }, { status: 400 });
  try {
    const person = await collectPersonDataAsStaff(scope.db, scope, parsed.value.email);
    return new Response(JSON.stringify(person, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="gegevens-${person.exportedAt.slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw data({ code: "NOT_FOUND", messageKey: "privacy:erase.errors.unknown" }, { status: 404 });
    throw error;
  }
}
