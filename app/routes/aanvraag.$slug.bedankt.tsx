import { Link } from "react-router";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { findPublicCentre } from "~/modules/requests/public-form.server";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/aanvraag.$slug.bedankt";

export const handle: RouteHandle = { i18n: ["requests"], hydrate: false };

/** Shown after the public form was sent. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  return { centreName: centre.name, slug: centre.slug };
}

export default function Thanks({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  return (
    <Shell centre={{ name: loaderData.centreName, slug: loaderData.slug }} narrow>
      <div className="page--narrow">
        <PageTitle>{t("public.thanksTitle")}</PageTitle>
        <p className="utrecht-paragraph" role="status">
          {t("public.thanksText")}
        </p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/aanvraag/${loaderData.slug}`}>
            {t("public.thanksBack")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
