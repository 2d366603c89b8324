import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { processingActivities } from "~/modules/privacy/register";
import { retentionOf } from "~/modules/privacy/retention.server";
import { Link } from "~/ui/link";
import { Facts, PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.privacy_.register";

export const handle: RouteHandle = { i18n: ["privacy"], hydrate: false };

/** The processing register (AVG art. 30) for the centre's admins, with the centre's own retention periods. */
export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "centre:manage");
  return { centre: scope.centreName, periods: await scope.run((tx) => retentionOf(tx)) };
}

export default function ProcessingRegister({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("privacy");
  const { centre, periods } = loaderData;
  const fields = ["purpose", "people", "data", "basis", "retention", "access"] as const;
  return (
    <>
      <PageHeading
        title={t("register.title")}
        lead={t("register.lead", { centre })}
        back={{ to: "/privacy", label: t("erase.title") }}
      />
      {processingActivities.map((activity) => (
        <Section key={activity.key} title={t(`register.names.${activity.key}`)} id={activity.key} level={2}>
          <Facts
            items={fields.map((field) => ({
              key: field,
              label: t(`register.${field}`),
              value: (
                <>
                  {t(`register.activities.${activity.key}.${field}`)}
                  {field === "retention"
                    ? activity.retention.map((kind) => (
                        <span key={kind}>
                          {" "}
                          {t("register.setting", {
                            months: periods[kind],
                            kind: t(`retention.kinds.${kind}.short`),
                          })}
                        </span>
                      ))
                    : null}
                </>
              ),
            }))}
          />
          {activity.special ? <p className="utrecht-paragraph muted">{t("register.special")}</p> : null}
        </Section>
      ))}
      <Section title={t("register.processorsTitle")} id="processors">
        <ul className="utrecht-unordered-list">
          <li>{t("register.processors.hosting")}</li>
          <li>{t("register.processors.mail")}</li>
          <li>{t("register.processors.none")}</li>
        </ul>
      </Section>
      <Section title={t("register.rightsTitle")} id="rights">
        <p className="utrecht-paragraph">{t("register.rights")}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/privacy#retention">
            {t("retention.title")}
          </Link>
        </p>
      </Section>
    </>
  );
}
