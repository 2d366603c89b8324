import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { todayIso } from "~/lib/dates";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listOwnRequests, ownExpertIntroductions } from "~/modules/requests/own-requests.server";
import { myTandems } from "~/modules/tandems/queries.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenText } from "~/ui/when-where";
import { requestTone } from "./+requests/status-tone";
import { OwnTandems } from "./+tandems/own-tandems";
import type { Route } from "./+types/_app.my-requests._index";

export const handle: RouteHandle = { i18n: ["requests", "tandems"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:requests");
  return scope.run(async (tx) => ({
    ...(await listOwnRequests(tx, scope)),
    introductions: await ownExpertIntroductions(tx, scope),
    tandems: await myTandems(tx, scope, todayIso()),
  }));
}

/** A client contact's own requests: what they asked, when, its state and who comes. */
export default function MyRequests({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  const { requests, client, introductions, tandems } = loaderData;
  const newRequest = (
    <Link className="utrecht-button utrecht-button--primary-action" to="/my-requests/new">
      {t("mine.new")}
    </Link>
  );
  return (
    <>
      <PageHeading title={t("mine.title")} lead={t("mine.intro", { client })} actions={newRequest} />
      <PageNotice />
      <DataTable
        caption={t("mine.caption")}
        rows={requests}
        rowKey={(r) => r.id}
        empty={<EmptyState title={t("mine.empty")} />}
        columns={[
          { key: "number", header: t("list.number"), cell: (r) => r.number },
          { key: "title", header: t("list.subject"), rowHeader: true, cell: (r) => r.title },
          {
            key: "when",
            header: t("list.when"),
            cell: (r) => (
              <WhenText
                slots={r.slots}
                period={r.periodStart && r.periodEnd ? { start: r.periodStart, end: r.periodEnd } : null}
              />
            ),
          },
          {
            key: "status",
            header: t("list.status"),
            cell: (r) => <StatusBadge tone={requestTone(r.status)}>{t(`statuses.${r.status}`)}</StatusBadge>,
          },
          {
            key: "experts",
            header: t("mine.experts"),
            cell: (r) => (r.experts.length ? r.experts.join(", ") : t("mine.noExperts")),
          },
        ]}
      />
      {introductions.length ? (
        <Section title={t("mine.introductions")} id="introductions">
          {introductions.map((expert) => (
            <article key={expert.id} className="stack">
              <h3 className="utrecht-heading-3">{expert.name}</h3>
              <p className="utrecht-paragraph pre-line">{expert.text}</p>
            </article>
          ))}
        </Section>
      ) : null}
      <OwnTandems tandems={tandems} texts="mine" />
    </>
  );
}
