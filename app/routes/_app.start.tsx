import { redirect } from "react-router";
import { requestStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { baseUrl } from "~/lib/config.server";
import { formatDate, formatDateTime, todayIso } from "~/lib/dates";
import { can } from "~/modules/accounts/permissions";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { overdueEmployerSteps } from "~/modules/employers/queries.server";
import type { ActionList } from "~/modules/requests/start-page.server";
import { startPage } from "~/modules/requests/start-page.server";
import { DataTable } from "~/ui/data-table";
import { Link } from "~/ui/link";
import { PageHeading, Section, StatusBadge } from "~/ui/page";
import { EmployersOverdue } from "./+employers/overdue";
import { FirstSteps } from "./+requests/first-steps";
import type { Route } from "./+types/_app.start";

export const handle: RouteHandle = { i18n: ["requests", "employers"] };

/** The start page for staff: what needs action today. Experts start at their agenda, client contacts at their requests. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  if (viewer.role === "expert") throw redirect("/agenda");
  if (viewer.role === "client_contact") throw redirect("/my-requests");
  if (viewer.role === "funder") throw redirect("/impact");
  // one transaction for the whole page
  const { today, late } = await viewer.run(async (tx) => ({
    today: can(viewer.role, "requests:read") ? await startPage(tx, viewer) : null,
    late: can(viewer.role, "employers:read") ? await overdueEmployerSteps(tx, viewer, todayIso()) : null,
  }));
  const slug = viewer.memberships.find((m) => m.centreId === viewer.centreId)?.centreSlug;
  return { role: viewer.role, name: viewer.name, today, late, formUrl: `${baseUrl()}/aanvraag/${slug}` };
}

const sections = [
  "newRequests",
  "withoutOffer",
  "offersWaiting",
  "toConfirm",
  "soon",
  "hoursMissing",
  "notEvaluated",
] as const;
type ActionKind = (typeof sections)[number];

function ActionSection({ id, list }: { id: ActionKind; list: ActionList }) {
  const { t, i18n } = useTranslation("requests");
  const headingId = `start-${id}`;
  const extra = (item: ActionList["items"][number]) => {
    if (id === "newRequests") return item.flag ? t("start.unlinked") : null;
    if (id === "notEvaluated") return item.flag ? t("start.evaluationSent") : t("start.evaluationNotSent");
    if (id === "soon" && item.at) return formatDateTime(item.at, i18n.language);
    if ((id === "offersWaiting" || id === "hoursMissing") && item.at)
      return formatDate(item.at, i18n.language);
    return null;
  };
  return (
    <section className={`card${list.total ? " card--accent" : ""}`} aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t(`start.${id}`)} <StatusBadge tone={list.total ? "accent" : "neutral"}>{list.total}</StatusBadge>
      </h2>
      {list.items.length === 0 ? (
        <p className="utrecht-paragraph muted">{t("start.nothing")}</p>
      ) : (
        <ul>
          {list.items.map((item) => (
            <li key={`${item.requestId}-${item.expert ?? ""}-${item.at ?? ""}`}>
              <Link className="utrecht-link" to={`/requests/${item.requestId}`}>
                {item.number}. {item.title}
              </Link>
              {item.expert ? ` · ${item.expert}` : ""}
              {extra(item) ? <span className="muted"> · {extra(item)}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length ? (
        <p className="utrecht-paragraph muted">
          {t("start.more", { count: list.total - list.items.length })}
        </p>
      ) : null}
    </section>
  );
}

export default function Start({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation(["common", "requests"]);
  const { today } = loaderData;
  const starting =
    today && (today.setup.areas === 0 || today.setup.experts === 0 || today.setup.requests === 0);
  return (
    <>
      <PageHeading title={t("nav.start")} lead={`${loaderData.name} · ${t(`roles.${loaderData.role}`)}`} />
      {today && starting ? <FirstSteps setup={today.setup} formUrl={loaderData.formUrl} /> : null}
      {loaderData.late ? <EmployersOverdue late={loaderData.late} /> : null}
      {today ? (
        <>
          <Section title={t("requests:start.intro")} id="today">
            <div className="cards">
              {sections.map((id) => (
                <ActionSection key={id} id={id} list={today[id]} />
              ))}
            </div>
          </Section>
          <Section title={t("requests:start.perStatus")} id="per-status">
            <DataTable
              caption={t("requests:start.perStatusCaption")}
              captionHidden
              rows={[...requestStatuses]}
              rowKey={(s) => s}
              columns={[
                {
                  key: "status",
                  header: t("requests:list.status"),
                  rowHeader: true,
                  cell: (s) => (
                    <Link className="utrecht-link" to={`/requests?status=${s}`}>
                      {t(`requests:statuses.${s}`)}
                    </Link>
                  ),
                },
                {
                  key: "count",
                  header: t("requests:start.count"),
                  numeric: true,
                  cell: (s) => today.perStatus[s],
                },
              ]}
            />
          </Section>
        </>
      ) : null}
    </>
  );
}
