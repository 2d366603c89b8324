import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { sections } from "~/modules/accounts/navigation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  listGroups,
  missedLastTwoReport,
  noRoomEmployers,
  upcomingSessions,
} from "~/modules/intervisie/queries.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { SectionNav } from "~/ui/section-nav";
import { WhenWhere } from "~/ui/when-where";
import type { Route } from "./+types/_app.intervisie._index";

export const handle: RouteHandle = { i18n: ["intervisie"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  return scope.run(async (tx) => ({
    groups: await listGroups(tx, scope),
    upcoming: await upcomingSessions(tx, scope),
    missed: await missedLastTwoReport(tx, scope),
    noRoom: await noRoomEmployers(tx, scope),
  }));
}

type Data = Route.ComponentProps["loaderData"];

function Groups({ groups }: { groups: Data["groups"] }) {
  const { t, i18n } = useTranslation("intervisie");
  return (
    <Section title={t("list.groups")} id="groups">
      <DataTable
        caption={t("list.groups")}
        captionHidden
        rows={groups}
        rowKey={(g) => g.id}
        empty={<EmptyState title={t("list.empty")}>{t("list.emptyBody")}</EmptyState>}
        columns={[
          {
            key: "name",
            header: t("list.name"),
            rowHeader: true,
            cell: (g) => (
              <>
                <Link className="utrecht-link" to={`/intervisie/${g.id}`}>
                  {g.name}
                </Link>
                {g.active ? null : (
                  <>
                    {" "}
                    <StatusBadge tone="neutral">{t("inactive")}</StatusBadge>
                  </>
                )}
              </>
            ),
          },
          {
            key: "for",
            header: t("list.forWhat"),
            cell: (g) => `${t(`kinds.${g.kind}`)}: ${g.kind === "employer" ? (g.employer ?? "") : g.area}`,
          },
          { key: "members", header: t("list.members"), cell: (g) => String(g.members) },
          {
            key: "next",
            header: t("list.next"),
            cell: (g) => (g.nextAt ? formatDate(g.nextAt, i18n.language) : t("list.none")),
          },
        ]}
      />
    </Section>
  );
}

function Upcoming({ sessions }: { sessions: Data["upcoming"] }) {
  const { t } = useTranslation("intervisie");
  return (
    <Section title={t("list.upcoming")} id="upcoming">
      <DataTable
        caption={t("list.upcoming")}
        captionHidden
        rows={sessions}
        rowKey={(s) => s.id}
        empty={<p className="utrecht-paragraph">{t("list.upcomingEmpty")}</p>}
        columns={[
          {
            key: "group",
            header: t("list.group"),
            rowHeader: true,
            cell: (s) => (
              <>
                <Link className="utrecht-link" to={`/intervisie/sessions/${s.id}`}>
                  {s.group}
                </Link>
                {s.cancelled ? (
                  <>
                    {" "}
                    <StatusBadge tone="warning">{t("cancelled")}</StatusBadge>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: "when",
            header: t("list.when"),
            cell: (s) => <WhenWhere slots={[s]} online={s.online} place={s.place} />,
          },
          { key: "method", header: t("list.method"), cell: (s) => t(`methods.${s.method}`) },
          { key: "signedUp", header: t("list.signedUp"), cell: (s) => String(s.signedUp) },
        ]}
      />
    </Section>
  );
}

function Missed({ rows }: { rows: Data["missed"] }) {
  const { t, i18n } = useTranslation("intervisie");
  return (
    <Section title={t("missed.title")} id="missed">
      <p className="utrecht-paragraph">{t("missed.intro")}</p>
      <DataTable
        caption={t("missed.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.expertId}
        empty={<p className="utrecht-paragraph">{t("missed.empty")}</p>}
        columns={[
          {
            key: "name",
            header: t("missed.name"),
            rowHeader: true,
            cell: (r) => (
              <Link className="utrecht-link" to={`/pool/${r.expertId}`}>
                {r.name}
              </Link>
            ),
          },
          { key: "employer", header: t("missed.employer"), cell: (r) => r.employers.join(", ") },
          { key: "groups", header: t("missed.groups"), cell: (r) => r.groups.join(", ") },
          {
            key: "lastAt",
            header: t("missed.lastAt"),
            cell: (r) => (r.lastAt ? formatDate(r.lastAt, i18n.language) : t("missed.never")),
          },
        ]}
      />
    </Section>
  );
}

function NoRoom({ rows }: { rows: Data["noRoom"] }) {
  const { t } = useTranslation("intervisie");
  return (
    <Section title={t("noRoom.title")} id="no-room">
      <p className="utrecht-paragraph">{t("noRoom.intro")}</p>
      <DataTable
        caption={t("noRoom.caption")}
        captionHidden
        rows={rows}
        rowKey={(r) => r.employerId}
        empty={<p className="utrecht-paragraph">{t("noRoom.empty")}</p>}
        columns={[
          {
            key: "employer",
            header: t("noRoom.employer"),
            rowHeader: true,
            cell: (r) => (
              <Link className="utrecht-link" to={`/employers/${r.employerId}/checklist`}>
                {r.name}
              </Link>
            ),
          },
          { key: "note", header: t("noRoom.note"), cell: (r) => r.note },
        ]}
      />
    </Section>
  );
}

export default function Intervisie({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("intervisie");
  const actions = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/intervisie/new">
      {t("list.new")}
    </Link>
  );
  return (
    <>
      <PageHeading title={t("list.title")} lead={t("list.intro")} actions={actions} />
      <SectionNav labelKey="nav.pool" parts={sections.pool} />
      <PageNotice />
      <Missed rows={loaderData.missed} />
      <Upcoming sessions={loaderData.upcoming} />
      <Groups groups={loaderData.groups} />
      <NoRoom rows={loaderData.noRoom} />
    </>
  );
}
