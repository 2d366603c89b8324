import { useTranslation } from "react-i18next";
import { Link, redirect } from "react-router";
import { requestStatuses } from "~/db/schema";
import { formatDate, formatDateTime } from "~/lib/dates";
import { can } from "~/modules/accounts/permissions";
import { requireViewer } from "~/modules/accounts/viewer.server";
import type { ActionList } from "~/modules/requests/start-page.server";
import { startPage } from "~/modules/requests/start-page.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.start";

/** The start page for staff: what needs action today. Experts start at their agenda, client contacts at their requests. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  if (viewer.role === "expert") throw redirect("/agenda");
  if (viewer.role === "client_contact") throw redirect("/my-requests");
  if (viewer.role === "funder") throw redirect("/impact");
  const today = can(viewer.role, "requests:read") ? await viewer.run((tx) => startPage(tx, viewer)) : null;
  return { role: viewer.role, name: viewer.name, today };
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
type Section = (typeof sections)[number];

function ActionSection({ id, list }: { id: Section; list: ActionList }) {
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
    <section className="card" aria-labelledby={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t(`start.${id}`)} <span className="badge">{list.total}</span>
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
  return (
    <>
      <PageTitle>{t("nav.start")}</PageTitle>
      <p className="utrecht-paragraph">
        {loaderData.name} · {t(`roles.${loaderData.role}`)}
      </p>
      {today ? (
        <>
          <p className="utrecht-paragraph">{t("requests:start.intro")}</p>
          <div className="cards">
            {sections.map((id) => (
              <ActionSection key={id} id={id} list={today[id]} />
            ))}
          </div>
          <h2 className="utrecht-heading-2">{t("requests:start.perStatus")}</h2>
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption className="visually-hidden">{t("requests:start.perStatusCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("requests:list.status")}</th>
                  <th scope="col">{t("requests:start.count")}</th>
                </tr>
              </thead>
              <tbody>
                {requestStatuses.map((s) => (
                  <tr key={s}>
                    <th scope="row">
                      <Link className="utrecht-link" to={`/requests?status=${s}`}>
                        {t(`requests:statuses.${s}`)}
                      </Link>
                    </th>
                    <td>{today.perStatus[s]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
