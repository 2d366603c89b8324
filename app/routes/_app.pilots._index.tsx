import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listPilots } from "~/modules/pilots/queries.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import type { Route } from "./+types/_app.pilots._index";

export const handle: RouteHandle = { i18n: ["pilots", "grants"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  return { rows: await scope.run((tx) => listPilots(tx, scope)) };
}

type Row = Route.ComponentProps["loaderData"]["rows"][number];

export default function Pilots({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation(["pilots", "grants"]);
  const { rows } = loaderData;
  const locale = i18n.language;
  const date = (d: string | null) => (d ? formatDate(d, locale) : "");
  const byGrant = new Map<string, { grant: string; rows: Row[] }>();
  for (const row of rows) {
    const group = byGrant.get(row.grantId) ?? { grant: row.grant, rows: [] };
    group.rows.push(row);
    byGrant.set(row.grantId, group);
  }
  const actions = (
    <>
      <Link className="utrecht-button utrecht-button--primary-action" to="/pilots/new">
        {t("pilots:list.new")}
      </Link>
      <Link className="utrecht-button utrecht-button--secondary-action" to="/pilots/statements">
        {t("pilots:defaults.link")}
      </Link>
    </>
  );
  return (
    <>
      <PageHeading title={t("pilots:list.title")} lead={t("pilots:list.intro")} actions={actions} />
      <SectionNav labelKey="nav.impact" parts={sections.impact} />
      <PageNotice />
      {byGrant.size === 0 ? (
        <EmptyState title={t("pilots:list.empty")}>{t("pilots:list.emptyBody")}</EmptyState>
      ) : (
        [...byGrant.entries()].map(([grantId, group]) => (
          <Section key={grantId} title={group.grant} id={`grant-${grantId}`}>
            <DataTable
              caption={t("pilots:list.grantCaption", { grant: group.grant })}
              captionHidden
              rows={group.rows}
              rowKey={(r) => r.id}
              columns={[
                {
                  key: "name",
                  header: t("pilots:list.name"),
                  rowHeader: true,
                  cell: (r) => (
                    <Link className="utrecht-link" to={`/pilots/${r.id}`}>
                      {r.name}
                    </Link>
                  ),
                },
                {
                  key: "sector",
                  header: t("pilots:list.sector"),
                  cell: (r) => t(`grants:sectors.${r.sector}`, r.sector),
                },
                {
                  key: "period",
                  header: t("pilots:list.period"),
                  cell: (r) => [date(r.startsOn), date(r.endsOn)].filter(Boolean).join(" – "),
                },
                {
                  key: "participants",
                  header: t("pilots:list.participants"),
                  cell: (r) => String(r.participants),
                },
                {
                  key: "answered",
                  header: t("pilots:list.answered"),
                  cell: (r) =>
                    t("pilots:list.answeredValue", { before: r.answeredBefore, after: r.answeredAfter }),
                },
                { key: "due", header: t("pilots:list.afterDueOn"), cell: (r) => date(r.afterDueOn) },
              ]}
            />
          </Section>
        ))
      )}
    </>
  );
}
