import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { traineeStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { formatDate } from "~/lib/dates";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listCohorts } from "~/modules/training/cohorts.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.training._index";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => ({
    cohorts: await listCohorts(tx, scope),
    canWrite: can(scope.role, "training:write"),
  }));
}

export default function Training({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("training");
  const { cohorts } = loaderData;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      {loaderData.canWrite ? (
        <p className="actions">
          <Link className="utrecht-button utrecht-button--primary-action" to="/training/new">
            {t("add")}
          </Link>
          <Link className="utrecht-link" to="/training/import">
            {t("importLink")}
          </Link>
        </p>
      ) : null}
      {cohorts.length === 0 ? (
        <p className="utrecht-paragraph">{t("none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.name")}</th>
                <th scope="col">{t("list.kind")}</th>
                <th scope="col">{t("list.partner")}</th>
                <th scope="col">{t("list.dates")}</th>
                <th scope="col">{t("list.trainees")}</th>
              </tr>
            </thead>
            <tbody>
              {cohorts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link className="utrecht-link" to={`/training/${c.id}`}>
                      {c.name}
                    </Link>
                  </th>
                  <td>{t(`kind.${c.kind}`)}</td>
                  <td>{c.trainingPartner}</td>
                  <td>
                    {t("list.dateRange", {
                      from: formatDate(c.startsOn, i18n.language),
                      to: formatDate(c.endsOn, i18n.language),
                    })}
                  </td>
                  <td>
                    <ul>
                      {traineeStatuses.map((s) => (
                        <li key={s}>
                          {t(`status.${s}`)}: {c.counts[s]}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
