import { redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import { languageCookie } from "~/i18n/locale.server";
import { isLocale } from "~/i18n/resources";
import { readForm } from "~/lib/body.server";
import { safeNext } from "~/lib/redirects";
import { setPreferredLocale } from "~/modules/accounts/preferences.server";
import { getViewer } from "~/modules/accounts/viewer.server";
import type { Route } from "./+types/language";

/**
 * The footer's language button: remembers the choice in a cookie (and, signed in, on the login, so
 * mail comes in that language too) and goes back to the same page.
 */
export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  const next = form.get("next");
  const to = safeNext(typeof next === "string" ? next : null, "/");
  if (!isLocale(lang)) return redirect(to);
  const { db } = await getDatabase();
  const viewer = await getViewer(request, db);
  if (viewer) await setPreferredLocale(db, viewer.userId, lang);
  return redirect(to, { headers: { "Set-Cookie": languageCookie(lang) } });
}
