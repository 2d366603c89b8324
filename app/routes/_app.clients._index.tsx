import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { cleanText } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listClients } from "~/modules/clients/queries.server";
import { SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.clients._index";

export const handle: RouteHandle = { i18n: ["clients"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:read");
  const search = cleanText(new URL(request.url).searchParams.get("search") ?? "", 100);
  return {
    search,
    canWrite: can(scope.role, "clients:write"),
    rows: await scope.run((tx) => listClients(tx, scope, { search })),
  };
}

export default function Clients({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("clients");
  const { rows, search, canWrite } = loaderData;
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      {canWrite ? (
        <p className="actions">
          <Link className="utrecht-button utrecht-button--primary-action" to="/clients/new">
            {t("list.new")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filters" role="search">
        <TextField name="search" type="search" label={t("list.search")} state={{ values: { search } }} />
        <div className="actions">
          <SubmitButton>{t("common:actions.search")}</SubmitButton>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("list.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.name")}</th>
                <th scope="col">{t("list.sector")}</th>
                <th scope="col">{t("list.area")}</th>
                <th scope="col">{t("list.requests")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link className="utrecht-link" to={`/clients/${c.id}`}>
                      {c.name}
                    </Link>
                  </td>
                  <td>{t(`sectors.${c.sector}`)}</td>
                  <td>{c.area ?? ""}</td>
                  <td>{c.requestCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
