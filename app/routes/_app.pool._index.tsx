import { Form } from "react-router";
import { expertStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { sections } from "~/modules/accounts/navigation";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { filtersFrom, type PoolFilters } from "~/modules/pool/input";
import { poolChoices } from "~/modules/pool/lists.server";
import { listExperts } from "~/modules/pool/queries.server";
import { weekdays } from "~/modules/pool/rules";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import { SectionNav } from "~/ui/section-nav";
import { expertTone } from "./+pool/status-tone";
import type { Route } from "./+types/_app.pool._index";

export const handle: RouteHandle = { i18n: ["pool"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:read");
  const filters = filtersFrom(url);
  return scope.run(async (tx) => {
    // One query at a time: they share the transaction's connection (issue 14.16).
    const result = await listExperts(tx, scope, filters);
    const choices = await poolChoices(tx);
    return { filters, ...result, ...choices, canWrite: can(scope.role, "pool:write") };
  });
}

function pageLink(filters: PoolFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (key !== "page" && value !== undefined && value !== "") params.set(key, String(value));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/pool?${query}` : "/pool";
}

export default function Pool({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("pool");
  const { filters, rows, total, page, pages } = loaderData;
  const values = Object.fromEntries(
    Object.entries(filters)
      .filter(([k]) => k !== "page")
      .map(([k, v]) => [k, v === undefined ? "" : String(v)]),
  );
  const shown = { values };
  const filtered = Object.values(values).some((v) => v !== "");
  return (
    <>
      <PageHeading
        title={t("title")}
        lead={t("intro")}
        actions={
          loaderData.canWrite ? (
            <Link className="utrecht-button utrecht-button--primary-action" to="/pool/new">
              {t("add")}
            </Link>
          ) : null
        }
      />
      <SectionNav labelKey="nav.pool" parts={sections.pool} />
      <PageNotice />
      <search>
        <Form method="get" className="filters" aria-label={t("search.filters")}>
          <TextField name="q" type="search" label={t("search.label")} state={shown} />
          <SelectField
            name="status"
            label={t("search.status")}
            state={shown}
            emptyLabel={t("search.all")}
            options={expertStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
          <SelectField
            name="theme"
            label={t("search.theme")}
            state={shown}
            emptyLabel={t("search.all")}
            options={loaderData.themes}
          />
          <SelectField
            name="workForm"
            label={t("search.workForm")}
            state={shown}
            emptyLabel={t("search.all")}
            options={loaderData.workForms}
          />
          <SelectField
            name="area"
            label={t("search.area")}
            state={shown}
            emptyLabel={t("search.all")}
            options={loaderData.areas}
          />
          <SelectField
            name="weekday"
            label={t("search.weekday")}
            state={shown}
            emptyLabel={t("search.all")}
            options={weekdays.map((d) => ({ value: String(d), label: t(`weekday.${d}`) }))}
          />
          <div className="actions">
            <SubmitButton>{t("search.submit")}</SubmitButton>
            <Link className="utrecht-link" to="/pool">
              {t("search.clear")}
            </Link>
          </div>
        </Form>
      </search>
      <Section title={t("results")} id="results">
        <p className="utrecht-paragraph" role="status">
          {t("count", { count: total })}
        </p>
        <DataTable
          caption={t("table.caption", { page, pages })}
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          empty={
            filtered ? (
              <EmptyState
                title={t("none")}
                action={
                  <Link className="utrecht-link" to="/pool">
                    {t("search.clear")}
                  </Link>
                }
              />
            ) : (
              // the button to add someone is in the heading above: one "add" per page
              <EmptyState title={t("empty.title")}>{loaderData.canWrite ? t("empty.body") : null}</EmptyState>
            )
          }
          columns={[
            {
              key: "name",
              header: t("table.name"),
              rowHeader: true,
              cell: (r) => (
                <Link className="utrecht-link" to={`/pool/${r.id}`}>
                  {r.name}
                </Link>
              ),
            },
            {
              key: "status",
              header: t("table.status"),
              cell: (r) => <StatusBadge tone={expertTone(r.status)}>{t(`status.${r.status}`)}</StatusBadge>,
            },
            { key: "themes", header: t("table.themes"), cell: (r) => r.themes.join(", ") },
            { key: "homeArea", header: t("table.homeArea"), cell: (r) => r.homeArea ?? "" },
            {
              key: "online",
              header: t("table.online"),
              cell: (r) => (r.acceptsOnline ? t("common:yes") : t("common:no")),
            },
          ]}
        />
        <Pagination page={page} pages={pages} hrefFor={(n) => pageLink(filters, n)} />
      </Section>
    </>
  );
}
