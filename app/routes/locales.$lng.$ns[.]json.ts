import { data } from "react-router";
import { isLocale, type Namespace, resources } from "~/i18n/resources";
import type { Route } from "./+types/locales.$lng.$ns[.]json";

/** One namespace of texts in one language, for a page the browser moves to (see app/i18n/i18n.client.ts). */
export async function loader({ params }: Route.LoaderArgs) {
  const { lng, ns } = params;
  if (!isLocale(lng) || !Object.hasOwn(resources[lng], ns)) throw data(null, { status: 404 });
  return Response.json(resources[lng][ns as Namespace], {
    headers: { "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" },
  });
}
