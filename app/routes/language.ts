import { redirect } from "react-router";
import { languageCookie } from "~/i18n/locale.server";
import { isLocale } from "~/i18n/resources";
import type { Route } from "./+types/language";

/** The footer's language button: remembers the choice in a cookie and goes back to the same page. */
export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const next = String(form.get("next") ?? "/");
  const safeNext = next.startsWith("/") && !next.startsWith("//") ? next : "/";
  if (!isLocale(lang)) return redirect(safeNext);
  return redirect(safeNext, { headers: { "Set-Cookie": languageCookie(lang) } });
}
