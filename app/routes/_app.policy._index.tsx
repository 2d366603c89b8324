import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listTrajectories, phaseCounts } from "~/modules/policy/queries.server";
import { policyPhases } from "~/modules/policy/values";
import { BarChart } from "~/ui/chart";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import type { Route } from "./+types/_app.policy._index";

export const handle: RouteHandle = { i18n: ["policy"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "policy:manage");
  return scope.run(async (tx) => ({
    counts: await phaseCounts(tx, scope),
    rows: await listTrajectories(tx, scope),
  }));
}

type Data = Route.ComponentProps["loaderData"];

function Pipeline({ counts }: { counts: Data["counts"] }) {
  const { t } = useTranslation("policy");
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const parts = policyPhases.map((p) => `${t(`phases.${p}`)} ${counts[p]}`).join(", ");
  return (
    <Section title={t("pipeline.title")} id="pipeline">
      <BarChart
        id="pipeline"
        caption={t("pipeline.caption")}
        summary={t("pipeline.summary", { count: total, parts })}
        labelHeader={t("pipeline.phase")}
        series={[t("pipeline.count")]}
        rows={policyPhases.map((p) => ({
          label: t(`phases.${p}`),
          values: [{ value: counts[p], text: String(counts[p]) }],
        }))}
      />
    </Section>
  );
}

export default function PolicyTrajectories({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("policy");
  const { rows, counts } = loaderData;
  const actions = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/policy/new">
      {t("list.new")}
    </Link>
  );
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={actions} />
      <SectionNav labelKey="nav.inzet" parts={sections.inzet} />
      <PageNotice />
      <Pipeline counts={counts} />
      <Section title={t("list.caption")} id="results">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          empty={<EmptyState title={t("list.empty")}>{t("list.emptyBody")}</EmptyState>}
          columns={[
            {
              key: "topic",
              header: t("list.topic"),
              rowHeader: true,
              cell: (r) => (
                <Link className="utrecht-link" to={`/policy/${r.id}`}>
                  {r.topic}
                </Link>
              ),
            },
            { key: "client", header: t("list.client"), cell: (r) => r.client },
            {
              key: "phase",
              header: t("list.phase"),
              cell: (r) =>
                r.endedOn ? (
                  <StatusBadge tone="neutral">{t("ended")}</StatusBadge>
                ) : (
                  <>
                    <StatusBadge tone="accent">{t(`phases.${r.phase}`)}</StatusBadge>{" "}
                    <span className="muted">
                      {t("list.since", { date: formatDate(r.phaseSince, i18n.language) })}
                    </span>
                  </>
                ),
            },
            { key: "participants", header: t("list.participants"), cell: (r) => String(r.participants) },
            {
              key: "next",
              header: t("list.nextStep"),
              cell: (r) =>
                [r.nextStep, r.nextStepOn ? formatDate(r.nextStepOn, i18n.language) : ""]
                  .filter(Boolean)
                  .join(" · "),
            },
          ]}
        />
      </Section>
    </>
  );
}
