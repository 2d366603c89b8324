import { Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { centreBrand } from "~/modules/centres/brand.server";
import { collectOwnData } from "~/modules/privacy/person-data.server";
import { PageHeading, Section } from "~/ui/page";
import { Holding } from "./+privacy/holding";
import type { Route } from "./+types/_app.account_.data";

export const handle: RouteHandle = {
  i18n: ["privacy", "audit", "policy", "advice", "intervisie"],
  hydrate: false,
};

/** Mijn gegevens: everything Tandem holds about the signed-in person in this centre (AVG, right of access). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const data = await collectOwnData(viewer.db, viewer);
  const brand = await viewer.run((tx) => centreBrand(tx, viewer.centreId));
  return {
    data,
    je: viewer.role !== "client_contact" && viewer.role !== "funder",
    centreEmail: brand?.email ?? null,
  };
}

export default function MyData({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("privacy");
  const { data, je, centreEmail } = loaderData;
  return (
    <>
      <PageHeading
        title={t("data.title")}
        lead={t(je ? "data.leadJe" : "data.lead", { centre: data.centre })}
        actions={
          <a className="utrecht-button utrecht-button--secondary-action" href="/account/data.json" download>
            {t("data.download")}
          </a>
        }
      />
      <p className="utrecht-paragraph muted">{t("data.downloadHint")}</p>
      {data.groups.length === 0 ? <p className="utrecht-paragraph">{t("data.none")}</p> : null}
      {data.groups.map((group) => (
        <Section key={group.group} title={t(`groups.${group.group}`)} id={`group-${group.group}`}>
          {group.holdings
            .filter((h) => h.rows.length > 0)
            .map((h) => (
              <Holding key={h.key} holdingKey={h.key} rows={h.rows} values={h.values} />
            ))}
        </Section>
      ))}
      <p className="utrecht-paragraph">
        {centreEmail
          ? t("data.question", { centre: data.centre, email: centreEmail })
          : t("data.questionNoEmail", { centre: data.centre })}{" "}
        <Link className="utrecht-link" to="/account">
          {t("common:nav.account")}
        </Link>
      </p>
    </>
  );
}
