import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { expertStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { filtersFrom, type PoolFilters } from "~/modules/pool/input";
import { listAreas, listThemes, listWorkForms } from "~/modules/pool/lists.server";
import { listExperts } from "~/modules/pool/queries.server";
import { weekdays } from "~/modules/pool/rules";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.pool._index";

export const handle: RouteHandle = { i18n: ["pool"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:read");
  const filters = filtersFrom(new URL(request.url));
  return scope.run(async (tx) => {
    // One query at a time: they share the transaction's connection (issue 14.16).
    const result = await listExperts(tx, scope, filters);
    const themes = await listThemes(tx);
    const workForms = await listWorkForms(tx);
    const areas = await listAreas(tx);
    return {
      filters,
      ...result,
      themes: themes.map((x) => ({ value: x.id, label: x.name })),
      workForms: workForms.map((x) => ({ value: x.id, label: x.name })),
      areas: areas.map((x) => ({ value: x.id, label: x.name })),
      canWrite: can(scope.role, "pool:write"),
    };
  });
}

function pageLink(filters: PoolFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (key !== "page" && value !== undefined) params.set(key, String(value));
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/pool?${query}` : "/pool";
}

/** The first, the last and the pages around the current one. */
function pageNumbers(page: number, pages: number): number[] {
  return Array.from({ length: pages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pages || Math.abs(n - page) <= 2,
  );
}

export default function Pool({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("pool");
  const { filters, rows, total, page, pages } = loaderData;
  const shown = {
    values: Object.fromEntries(
      Object.entries(filters)
        .filter(([k]) => k !== "page")
        .map(([k, v]) => [k, v === undefined ? "" : String(v)]),
    ),
  };
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      {loaderData.canWrite ? (
        <p className="actions">
          <Link className="utrecht-button utrecht-button--primary-action" to="/pool/new">
            {t("add")}
          </Link>
        </p>
      ) : null}
      <search>
        <Form method="get" className="filters">
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
      <p className="utrecht-paragraph" role="status">
        {t("count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("table.caption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("table.name")}</th>
                <th scope="col">{t("table.status")}</th>
                <th scope="col">{t("table.themes")}</th>
                <th scope="col">{t("table.homeArea")}</th>
                <th scope="col">{t("table.online")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link className="utrecht-link" to={`/pool/${r.id}`}>
                      {r.name}
                    </Link>
                  </td>
                  <td>
                    <span className="badge">{t(`status.${r.status}`)}</span>
                  </td>
                  <td>{r.themes.join(", ")}</td>
                  <td>{r.homeArea ?? ""}</td>
                  <td>{r.acceptsOnline ? t("common:yes") : t("common:no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <nav aria-label={t("paging.label")}>
          <ul className="actions" style={{ listStyle: "none", padding: 0 }}>
            {page > 1 ? (
              <li>
                <Link className="utrecht-link" to={pageLink(filters, page - 1)}>
                  {t("paging.previous")}
                </Link>
              </li>
            ) : null}
            {pageNumbers(page, pages).map((n) => (
              <li key={n}>
                <Link
                  className="utrecht-link"
                  to={pageLink(filters, n)}
                  aria-current={n === page ? "page" : undefined}
                  aria-label={t("paging.page", { page: n })}
                >
                  {n}
                </Link>
              </li>
            ))}
            {page < pages ? (
              <li>
                <Link className="utrecht-link" to={pageLink(filters, page + 1)}>
                  {t("paging.next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
