import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { findPublicCentre } from "~/modules/requests/public-form.server";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { Shell } from "~/ui/shell";
import type { Route } from "./+types/aanvraag.$slug.bedankt";

export const handle: RouteHandle = { i18n: ["requests"], hydrate: false };

/** Shown after the public form was sent. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  return { brand: await publicCentreBrand(db, centre.slug), centreName: centre.name, slug: centre.slug };
}

export default function Thanks({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName, slug: loaderData.slug }} narrow>
      <div className="page--narrow">
        <PageHeading title={t("public.thanksTitle")} />
        <Notice kind="success">
          <p className="utrecht-paragraph">{t("public.thanksText")}</p>
        </Notice>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`/aanvraag/${loaderData.slug}`}>
            {t("public.thanksBack")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
