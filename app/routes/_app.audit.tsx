import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { z } from "zod";
import type { RouteHandle } from "~/i18n/handle";
import { formatDateTime } from "~/lib/dates";
import { queryOf } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { auditActions, auditCodePattern } from "~/modules/audit/kinds";
import { auditEntityOptions, listAudit } from "~/modules/audit/queries.server";
import { SelectField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.audit";

export const handle: RouteHandle = { i18n: ["audit"] };

const filtersInput = z.object({
  entity: z.string().regex(auditCodePattern).optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  id: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** The centre's audit trail: who did what and when, newest first; filter by kind, action or one record. */
export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "audit:read");
  const params = queryOf(request.url);
  const filters = filtersInput.parse(params);
  return scope.run(async (tx) => ({
    ...(await listAudit(tx, scope, {
      entity: filters.entity,
      action: filters.action,
      entityId: filters.id,
      page: filters.page,
    })),
    entities: await auditEntityOptions(tx, scope),
    filters,
  }));
}

function pageLink(filters: Record<string, string | number | undefined>, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value !== undefined) search.set(key, String(value));
  }
  return `/audit?${search}`;
}

export default function AuditPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("audit");
  const { filters, entries, page, pages, total } = loaderData;
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      <Form method="get" className="filters" aria-label={t("filters")}>
        <SelectField
          name="entity"
          label={t("entity")}
          defaultValue={filters.entity ?? ""}
          emptyLabel={t("all")}
          options={loaderData.entities.map((e) => ({
            value: e,
            label: t(`entities.${e}`, { defaultValue: e }),
          }))}
        />
        <SelectField
          name="action"
          label={t("action")}
          defaultValue={filters.action ?? ""}
          emptyLabel={t("all")}
          options={auditActions.map((a) => ({ value: a, label: t(`actions.${a}`) }))}
        />
        {filters.id ? <input type="hidden" name="id" value={filters.id} /> : null}
        <div className="actions">
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("apply")}
          </button>
          <Link className="utrecht-link" to="/audit">
            {t("clear")}
          </Link>
        </div>
      </Form>
      {filters.id ? <p className="notice">{t("oneRecord")}</p> : null}
      <p className="utrecht-paragraph" role="status">
        {total === 0 ? t("empty") : t("count", { count: total })}
      </p>
      {entries.length > 0 ? (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("caption", { page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("record")}</th>
                <th scope="col">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at, i18n.language)}</td>
                  <td>{e.userName ?? t("system")}</td>
                  <td>{t(`actions.${e.action}`, { defaultValue: e.action })}</td>
                  <td>
                    {t(`entities.${e.entity}`, { defaultValue: e.entity })}
                    {e.entityId && !filters.id ? (
                      <>
                        {" "}
                        <Link className="utrecht-link" to={`/audit?entity=${e.entity}&id=${e.entityId}`}>
                          {t("showRecord")}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>{[...e.fields, ...e.other].join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="actions">
          {page > 1 ? (
            <Link className="utrecht-link" to={pageLink(filters, page - 1)}>
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("caption", { page, pages })}</span>
          {page < pages ? (
            <Link className="utrecht-link" to={pageLink(filters, page + 1)}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
