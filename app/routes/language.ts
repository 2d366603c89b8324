import { redirect } from "react-router";
import { languageCookie } from "~/i18n/locale.server";
import { isLocale } from "~/i18n/resources";
import { readForm } from "~/lib/body.server";
import { safeNext } from "~/lib/redirects";
import type { Route } from "./+types/language";

/** The footer's language button: remembers the choice in a cookie and goes back to the same page. */
export async function action({ request }: Route.ActionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  const next = form.get("next");
  const to = safeNext(typeof next === "string" ? next : null, "/");
  if (!isLocale(lang)) return redirect(to);
  return redirect(to, { headers: { "Set-Cookie": languageCookie(lang) } });
}
