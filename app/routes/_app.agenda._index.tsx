import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formatDate, formatTime } from "~/lib/dates";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listAgenda } from "~/modules/assignments/agenda.server";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.agenda._index";

export const handle: RouteHandle = { i18n: ["agenda"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return scope.run((tx) => listAgenda(tx, scope));
}

type Item = Route.ComponentProps["loaderData"]["offers"][number];

/** Where and when, in short lines; used on the list and the detail page. */
function WhereWhen({ item }: { item: Pick<Item, "online" | "place" | "areaName" | "slots"> }) {
  const { t, i18n } = useTranslation("agenda");
  const where = item.online ? t("online") : [item.place, item.areaName].filter(Boolean).join(", ");
  return (
    <>
      <dt>{t("where")}</dt>
      <dd>{where || t("noPlace")}</dd>
      <dt>{t("when")}</dt>
      <dd>
        {item.slots.length === 0 ? (
          t("noDate")
        ) : (
          <ul>
            {item.slots.map((s) => (
              <li key={String(s.startsAt)}>
                {t("time", {
                  date: formatDate(s.startsAt, i18n.language),
                  from: formatTime(s.startsAt, i18n.language),
                  to: formatTime(s.endsAt, i18n.language),
                })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </>
  );
}

function Card({ item }: { item: Item }) {
  const { t } = useTranslation("agenda");
  return (
    <li className="card">
      <h3 className="utrecht-heading-3">{item.title}</h3>
      <p className="utrecht-paragraph">
        <span className="badge">{t(`status.${item.status}`)}</span>
      </p>
      <dl>
        <dt>{t("forWhom")}</dt>
        <dd>{item.clientName ?? "-"}</dd>
        <WhereWhen item={item} />
      </dl>
      <p className="actions">
        <Link
          className={`utrecht-button ${item.status === "offered" ? "utrecht-button--primary-action" : "utrecht-button--secondary-action"}`}
          to={`/agenda/${item.id}`}
          aria-label={`${item.status === "offered" ? t("openOffer") : t("open")}: ${item.title}`}
        >
          {item.status === "offered" ? t("openOffer") : t("open")}
        </Link>
        {item.canLogHours ? (
          <Link className="utrecht-button utrecht-button--primary-action" to={`/agenda/${item.id}/hours`}>
            {t("hoursLink")}
          </Link>
        ) : null}
      </p>
    </li>
  );
}

function Group({ title, empty, items }: { title: string; empty: string; items: Item[] }) {
  return (
    <section>
      <h2 className="utrecht-heading-2">{title}</h2>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{empty}</p>
      ) : (
        <ul className="cards">
          {items.map((item) => (
            <Card key={item.id} item={item} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default function Agenda({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation("agenda");
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <Group title={t("offers")} empty={t("offersNone")} items={loaderData.offers} />
      <Group title={t("upcoming")} empty={t("upcomingNone")} items={loaderData.upcoming} />
      <Group title={t("past")} empty={t("pastNone")} items={loaderData.past} />
    </>
  );
}
