import { Form } from "react-router";
import { z } from "zod";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { queryOf } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { auditActions, auditCodePattern } from "~/modules/audit/kinds";
import { auditEntityOptions, listAudit } from "~/modules/audit/queries.server";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import type { Route } from "./+types/_app.audit";

export const handle: RouteHandle = { i18n: ["audit"] };

const filtersInput = z.object({
  entity: z.string().regex(auditCodePattern).optional().catch(undefined),
  action: z.enum(auditActions).optional().catch(undefined),
  id: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

/** The centre's audit trail: who did what and when, newest first; filter by kind, action or one record. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "audit:read");
  const params = queryOf(url);
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
  for (const [key, value] of Object.entries({ ...filters, page: page > 1 ? page : undefined })) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `/audit?${query}` : "/audit";
}

export default function AuditPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("audit");
  const { t: tc } = useTranslation();
  const { filters, entries, page, pages, total } = loaderData;
  const filtered = Boolean(filters.entity || filters.action || filters.id);
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} back={{ to: "/settings", label: tc("nav.manage") }} />
      <search>
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
            <SubmitButton secondary>{t("apply")}</SubmitButton>
            <Link className="utrecht-link" to="/audit">
              {t("clear")}
            </Link>
          </div>
        </Form>
      </search>
      {filters.id ? (
        <Notice kind="info">
          <p className="utrecht-paragraph">{t("oneRecord")}</p>
        </Notice>
      ) : null}
      <Section title={t("results")} id="entries">
        <p className="utrecht-paragraph" role="status">
          {total === 0 ? t("empty") : t("count", { count: total })}
        </p>
        <DataTable
          caption={t("caption", { page, pages })}
          captionHidden
          rows={entries}
          rowKey={(e) => String(e.id)}
          empty={
            filtered ? (
              <EmptyState
                title={t("emptyFiltered")}
                action={
                  <Link className="utrecht-link" to="/audit">
                    {t("clear")}
                  </Link>
                }
              />
            ) : (
              <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
            )
          }
          columns={[
            { key: "when", header: t("when"), cell: (e) => formatDateTime(e.at, i18n.language) },
            { key: "who", header: t("who"), cell: (e) => e.userName ?? t("system") },
            {
              key: "what",
              header: t("what"),
              cell: (e) => t(`actions.${e.action}`, { defaultValue: e.action }),
            },
            {
              key: "record",
              header: t("record"),
              cell: (e) => (
                <span>
                  {t(`entities.${e.entity}`, { defaultValue: e.entity })}
                  {e.entityId && !filters.id ? (
                    <>
                      {" "}
                      <Link className="utrecht-link" to={`/audit?entity=${e.entity}&id=${e.entityId}`}>
                        {t("showRecord")}
                      </Link>
                    </>
                  ) : null}
                </span>
              ),
            },
            { key: "details", header: t("details"), cell: (e) => [...e.fields, ...e.other].join(", ") },
          ]}
        />
        <Pagination page={page} pages={pages} hrefFor={(n) => pageLink(filters, n)} />
      </Section>
    </>
  );
}
