import { data } from "react-router";
import { getDatabase } from "~/db/client.server";
import { slugParam } from "~/lib/params";
import { centreLogo } from "~/modules/centres/brand.server";
import type { Route } from "./+types/centre-logo.$slug";

/** A centre's logo (shown in its pages' header). The URL carries a version, so it may be cached long. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const logo = await centreLogo(db, slugParam(params.slug));
  if (!logo) throw data(null, { status: 404 });
  return new Response(new Uint8Array(logo.body), {
    headers: {
      "Content-Type": logo.type,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
