import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { queryOf } from "~/lib/params";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { tandemFilters } from "~/modules/tandems/input";
import {
  countTandems,
  listTandems,
  TANDEMS_PAGE_SIZE,
  tandemFormOptions,
} from "~/modules/tandems/queries.server";
import { tandemStatuses } from "~/modules/tandems/values";
import { DataTable } from "~/ui/data-table";
import { SelectField, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, StatusBadge } from "~/ui/page";
import { Pagination } from "~/ui/pagination";
import { SectionNav } from "~/ui/section-nav";
import { tandemTone } from "./+tandems/types";
import type { Route } from "./+types/_app.tandems._index";

export const handle: RouteHandle = { i18n: ["tandems"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const filters = tandemFilters.parse(queryOf(url));
  return scope.run(async (tx) => ({
    filters,
    rows: await listTandems(tx, scope, filters),
    pages: Math.max(1, Math.ceil((await countTandems(tx, scope, filters)) / TANDEMS_PAGE_SIZE)),
    clients: (await tandemFormOptions(tx, scope)).clients,
  }));
}

export default function Tandems({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("tandems");
  const { filters, rows, clients, pages } = loaderData;
  const pageHref = (page: number) => {
    const query = new URLSearchParams();
    if (filters.status) query.set("status", filters.status);
    if (filters.clientId) query.set("clientId", filters.clientId);
    if (page > 1) query.set("page", String(page));
    const text = query.toString();
    return text ? `/tandems?${text}` : "/tandems";
  };
  const shown = { values: { status: filters.status ?? "", clientId: filters.clientId ?? "" } };
  const filtered = Boolean(filters.status || filters.clientId);
  const date = (d: string) => formatDate(d, i18n.language);
  const actions = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/tandems/new">
      {t("list.new")}
    </Link>
  );
  const clear = (
    <Link className="utrecht-link" to="/tandems">
      {t("list.clear")}
    </Link>
  );
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={actions} />
      <SectionNav labelKey="nav.inzet" parts={sections.inzet} />
      <PageNotice />
      <Form method="get" className="filters" aria-label={t("list.filters")} noValidate>
        <SelectField
          name="status"
          label={t("list.status")}
          state={shown}
          options={tandemStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          emptyLabel={t("list.allStatuses")}
          required
        />
        <SelectField
          name="clientId"
          label={t("list.client")}
          state={shown}
          options={clients.map((c) => ({ value: c.id, label: c.name }))}
          emptyLabel={t("list.allClients")}
          required
        />
        <div className="actions">
          <SubmitButton>{t("list.apply")}</SubmitButton>
          {filtered ? clear : null}
        </div>
      </Form>
      <p className="utrecht-paragraph muted">{t("list.count", { count: rows.length })}</p>
      <DataTable
        caption={t("list.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.id}
        empty={
          filtered ? (
            <EmptyState title={t("list.emptyFiltered")} action={clear} />
          ) : (
            <EmptyState title={t("list.empty")}>{t("list.emptyBody")}</EmptyState>
          )
        }
        columns={[
          {
            key: "pair",
            header: t("list.pair"),
            rowHeader: true,
            cell: (r) => (
              <Link className="utrecht-link" to={`/tandems/${r.id}`}>
                {t("list.pairText", { expert: r.expert, professional: r.professional })}
              </Link>
            ),
          },
          { key: "client", header: t("list.client"), cell: (r) => r.client },
          {
            key: "period",
            header: t("list.period"),
            cell: (r) => t("list.periodText", { start: date(r.startsOn), end: date(r.endsOn) }),
          },
          {
            key: "status",
            header: t("list.status"),
            cell: (r) => <StatusBadge tone={tandemTone(r.status)}>{t(`statuses.${r.status}`)}</StatusBadge>,
          },
          { key: "meetings", header: t("list.meetings"), cell: (r) => String(r.meetings) },
          {
            key: "evaluations",
            header: t("list.evaluations"),
            cell: (r) => t("list.evaluationsText", { count: r.evaluations }),
          },
        ]}
      />
      <Pagination page={filters.page ?? 1} pages={pages} hrefFor={pageHref} />
    </>
  );
}
