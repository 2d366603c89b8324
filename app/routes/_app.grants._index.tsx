import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formatDate } from "~/lib/dates";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listGrants } from "~/modules/grants/queries.server";
import { PageTitle } from "~/ui/shell";
import { formatEuros } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants._index";

export const handle: RouteHandle = { i18n: ["grants"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "grants:manage");
  return { rows: await scope.run((tx) => listGrants(tx, scope)) };
}

export default function Grants({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("grants");
  const { rows } = loaderData;
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <p className="utrecht-paragraph">{t("list.intro")}</p>
      <p className="actions">
        <Link className="utrecht-button utrecht-button--primary-action" to="/grants/new">
          {t("list.new")}
        </Link>
        <Link className="utrecht-link" to="/impact">
          {t("list.impactLink")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("list.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.name")}</th>
                <th scope="col">{t("list.funder")}</th>
                <th scope="col">{t("list.amount")}</th>
                <th scope="col">{t("list.period")}</th>
                <th scope="col">{t("list.province")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.id}>
                  <td>
                    <Link className="utrecht-link" to={`/grants/${g.id}`}>
                      {g.name}
                    </Link>
                  </td>
                  <td>{g.funderName}</td>
                  <td>{formatEuros(g.amountCents, i18n.language)}</td>
                  <td>
                    {t("detail.period", {
                      from: formatDate(g.startsOn, i18n.language),
                      to: formatDate(g.endsOn, i18n.language),
                    })}
                  </td>
                  <td>{g.province ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
