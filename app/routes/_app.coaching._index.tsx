import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listTrajectories } from "~/modules/coaching/queries.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import { trajectoryTone } from "./+coaching/types";
import type { Route } from "./+types/_app.coaching._index";

export const handle: RouteHandle = { i18n: ["coaching"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  return { rows: await scope.run((tx) => listTrajectories(tx, scope)) };
}

export default function CoachingTrajectories({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("coaching");
  const { rows } = loaderData;
  const newLink = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/coaching/new">
      {t("list.new")}
    </Link>
  );
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={newLink} />
      <SectionNav labelKey="nav.pool" parts={sections.pool} />
      <PageNotice />
      <Section title={t("list.caption")} id="results">
        <DataTable
          caption={t("list.caption")}
          captionHidden
          rows={rows}
          rowKey={(r) => r.id}
          empty={<EmptyState title={t("list.empty")}>{t("list.emptyBody")}</EmptyState>}
          columns={[
            {
              key: "expert",
              header: t("list.expert"),
              rowHeader: true,
              cell: (r) => (
                <Link className="utrecht-link" to={`/coaching/${r.id}`}>
                  {r.expertName}
                </Link>
              ),
            },
            { key: "coach", header: t("list.coach"), cell: (r) => r.coachName },
            {
              key: "status",
              header: t("list.status"),
              cell: (r) => (
                <StatusBadge tone={trajectoryTone(r.status)}>{t(`statuses.${r.status}`)}</StatusBadge>
              ),
            },
            {
              key: "goals",
              header: t("list.goals"),
              cell: (r) => t("list.goalsCount", { reached: r.goalsReached, total: r.goalsTotal }),
            },
            {
              key: "next",
              header: t("list.nextMeeting"),
              cell: (r) =>
                r.nextMeeting ? (
                  formatDate(r.nextMeeting, i18n.language)
                ) : (
                  <span className="muted">{t("list.noMeeting")}</span>
                ),
            },
          ]}
        />
      </Section>
    </>
  );
}
