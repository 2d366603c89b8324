import { data } from "react-router";
import { isLocale, type Namespace, resources } from "~/i18n/resources";
import { textsFile } from "~/i18n/texts-files";
import type { Route } from "./+types/texts.$lng.$file";

/**
 * One namespace's texts as a script (app/i18n/texts-files.ts): `/texts/nl/requests.<version>.js`. The
 * current version is cached for a year; an older one (a page from before an update) gets today's texts,
 * not cached.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const { lng } = params;
  const [, ns, version] = params.file.match(/^([a-z]+)\.([0-9a-z]+)\.js$/) ?? [];
  if (!isLocale(lng) || !ns || !Object.hasOwn(resources[lng], ns)) throw data(null, { status: 404 });
  const file = textsFile(lng, ns, resources[lng][ns as Namespace]);
  return new Response(file.body, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": version === file.version ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
