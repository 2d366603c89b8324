import { Form } from "react-router";
import { z } from "zod";
import { requestStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { queryOf } from "~/lib/params";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientOptions } from "~/modules/clients/queries.server";
import { countRequests, listRequests, REQUESTS_PAGE_SIZE } from "~/modules/requests/queries.server";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { EmptyState, PageHeading, StatusBadge } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import { SectionNav } from "~/ui/section-nav";
import { requestTone } from "./+requests/status-tone";
import type { Route } from "./+types/_app.requests._index";

export const handle: RouteHandle = { i18n: ["requests"] };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const filtersInput = z.object({
  status: z.enum(requestStatuses).optional().catch(undefined),
  clientId: z.uuid().optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  search: z.string().trim().max(100).optional().catch(undefined),
});
const pageInput = z.coerce.number().int().min(1).max(10_000).catch(1);

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:read");
  const { page: _page, ...params } = queryOf(url);
  const filters = filtersInput.parse(params);
  const page = pageInput.parse(url.searchParams.get("page") ?? 1);
  return scope.run(async (tx) => {
    const total = await countRequests(tx, scope, filters);
    return {
      filters,
      page,
      pages: Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE)),
      total,
      rows: await listRequests(tx, scope, filters, page),
      clients: await clientOptions(tx),
    };
  });
}

/** The link to another page of the same list: the filters stay. */
function pageHref(filters: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams(
    Object.entries({ ...filters, page: page > 1 ? String(page) : undefined }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  const text = query.toString();
  return text ? `/requests?${text}` : "/requests";
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("requests");
  const { filters, rows, clients, page, pages, total } = loaderData;
  const shown = { values: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v ?? ""])) };
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <PageHeading
        title={t("list.title")}
        lead={t("list.count", { count: total })}
        actions={
          <Link className="utrecht-button utrecht-button--primary-action" to="/requests/new">
            {t("list.new")}
          </Link>
        }
      />
      <SectionNav labelKey="nav.inzet" parts={sections.inzet} />
      <Form method="get" className="filters" aria-label={t("list.filters")} noValidate>
        <SelectField
          name="status"
          label={t("list.status")}
          state={shown}
          options={requestStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          emptyLabel={t("list.allStatuses")}
          required
        />
        <SelectField
          name="clientId"
          label={t("list.client")}
          state={shown}
          options={clients}
          emptyLabel={t("list.allClients")}
          required
        />
        <TextField name="from" type="date" label={t("list.from")} state={shown} required />
        <TextField name="to" type="date" label={t("list.to")} state={shown} required />
        <TextField name="search" type="search" label={t("list.search")} state={shown} required />
        <div className="actions">
          <SubmitButton>{t("list.apply")}</SubmitButton>
          {filtered ? (
            <Link className="utrecht-link" to="/requests">
              {t("list.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
      <DataTable
        caption={t("list.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={
          <EmptyState
            title={filtered ? t("list.emptyFiltered") : t("list.empty")}
            action={
              filtered ? (
                <Link className="utrecht-link" to="/requests">
                  {t("list.clear")}
                </Link>
              ) : null
            }
          />
        }
        columns={[
          { key: "number", header: t("list.number"), numeric: true, cell: (r) => r.number },
          {
            key: "title",
            header: t("list.subject"),
            rowHeader: true,
            cell: (r) => (
              <Link className="utrecht-link" to={`/requests/${r.id}`}>
                {r.title}
              </Link>
            ),
          },
          {
            key: "client",
            header: t("list.client"),
            cell: (r) => (
              <>
                {r.client ?? ""}
                {r.linked ? null : <span className="muted"> ({t("list.unlinked")})</span>}
              </>
            ),
          },
          {
            key: "when",
            header: t("list.when"),
            cell: (r) =>
              r.firstSlot
                ? formatDate(r.firstSlot, i18n.language)
                : r.periodStart && r.periodEnd
                  ? `${formatDate(r.periodStart, i18n.language)} – ${formatDate(r.periodEnd, i18n.language)}`
                  : "",
          },
          {
            key: "status",
            header: t("list.status"),
            cell: (r) => <StatusBadge tone={requestTone(r.status)}>{t(`statuses.${r.status}`)}</StatusBadge>,
          },
          { key: "needed", header: t("list.needed"), numeric: true, cell: (r) => r.expertsNeeded },
        ]}
      />
      <Pagination page={page} pages={pages} hrefFor={(p) => pageHref(filters, p)} />
    </>
  );
}
