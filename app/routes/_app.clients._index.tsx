import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { cleanText } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listClients } from "~/modules/clients/queries.server";
import { DataTable } from "~/ui/data-table";
import { SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.clients._index";

export const handle: RouteHandle = { i18n: ["clients"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:read");
  const search = cleanText(url.searchParams.get("search") ?? "", 100);
  return {
    search,
    canWrite: can(scope.role, "clients:write"),
    rows: await scope.run((tx) => listClients(tx, scope, { search })),
  };
}

export default function Clients({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("clients");
  const { rows, search, canWrite } = loaderData;
  const add = canWrite ? (
    <Link className="utrecht-button utrecht-button--primary-action" to="/clients/new">
      {t("list.new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={add} />
      <PageNotice />
      <search>
        <Form method="get" className="filters" aria-label={t("list.filters")}>
          <TextField name="search" type="search" label={t("list.search")} state={{ values: { search } }} />
          <div className="actions">
            <SubmitButton>{t("common:actions.search")}</SubmitButton>
            {search ? (
              <Link className="utrecht-link" to="/clients">
                {t("list.clear")}
              </Link>
            ) : null}
          </div>
        </Form>
      </search>
      <Section title={t("list.results")} id="results">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          rows={rows}
          rowKey={(c) => c.id}
          empty={
            search ? (
              <EmptyState
                title={t("list.noneFound")}
                action={
                  <Link className="utrecht-link" to="/clients">
                    {t("list.clear")}
                  </Link>
                }
              />
            ) : (
              // the button to add a client is in the heading above: one "add" per page
              <EmptyState title={t("list.empty")}>{canWrite ? t("list.emptyBody") : null}</EmptyState>
            )
          }
          columns={[
            {
              key: "name",
              header: t("list.name"),
              rowHeader: true,
              cell: (c) => (
                <Link className="utrecht-link" to={`/clients/${c.id}`}>
                  {c.name}
                </Link>
              ),
            },
            { key: "sector", header: t("list.sector"), cell: (c) => t(`sectors.${c.sector}`) },
            { key: "area", header: t("list.area"), cell: (c) => c.area ?? "" },
            { key: "requests", header: t("list.requests"), numeric: true, cell: (c) => c.requestCount },
          ]}
        />
      </Section>
    </>
  );
}
