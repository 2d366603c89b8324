import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formatDate, formatDateTime, formatTime } from "~/lib/dates";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listOwnRequests } from "~/modules/requests/own-requests.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.my-requests._index";

export const handle: RouteHandle = { i18n: ["requests"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:requests");
  const sent = new URL(request.url).searchParams.get("done") === "sent";
  return { sent, ...(await scope.run((tx) => listOwnRequests(tx, scope))) };
}

export default function MyRequests({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("requests");
  const { requests, client, sent } = loaderData;
  return (
    <>
      <PageTitle>{t("mine.title")}</PageTitle>
      {sent ? (
        <p className="notice" role="status">
          {t("mine.sent")}
        </p>
      ) : null}
      <p className="utrecht-paragraph">{t("mine.intro", { client })}</p>
      <p className="actions">
        <Link className="utrecht-button utrecht-button--primary-action" to="/my-requests/new">
          {t("mine.new")}
        </Link>
      </p>
      {requests.length === 0 ? (
        <p className="utrecht-paragraph">{t("mine.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("mine.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("list.number")}</th>
                <th scope="col">{t("list.subject")}</th>
                <th scope="col">{t("list.when")}</th>
                <th scope="col">{t("list.status")}</th>
                <th scope="col">{t("mine.experts")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>{r.number}</td>
                  <td>{r.title}</td>
                  <td>
                    {r.slots.length ? (
                      <ul>
                        {r.slots.map((s) => (
                          <li key={s.startsAt}>
                            {formatDateTime(s.startsAt, i18n.language)}–{formatTime(s.endsAt, i18n.language)}
                          </li>
                        ))}
                      </ul>
                    ) : r.periodStart && r.periodEnd ? (
                      t("detail.periodValue", {
                        start: formatDate(r.periodStart, i18n.language),
                        end: formatDate(r.periodEnd, i18n.language),
                      })
                    ) : (
                      ""
                    )}
                  </td>
                  <td>
                    <span className="badge">{t(`statuses.${r.status}`)}</span>
                  </td>
                  <td>{r.experts.length ? r.experts.join(", ") : t("mine.noExperts")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
