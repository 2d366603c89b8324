import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listAgenda } from "~/modules/assignments/agenda.server";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { HoursText, InzetCard, type InzetItem } from "./+agenda/inzet-card";
import type { Route } from "./+types/_app.agenda._index";

export const handle: RouteHandle = { i18n: ["agenda"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return scope.run((tx) => listAgenda(tx, scope));
}

function Cards({ items }: { items: InzetItem[] }) {
  return (
    <ul className="cards">
      {items.map((item) => (
        <InzetCard key={item.id} item={item} />
      ))}
    </ul>
  );
}

/** Mijn inzet: new questions first, then hours to write, then what is planned and what was done. */
export default function Agenda({ loaderData: data }: Route.ComponentProps) {
  const { t } = useTranslation("agenda");
  const toWrite = data.past.filter((i) => i.canLogHours);
  const done = data.past.filter((i) => !i.canLogHours);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <PageNotice />
      <ul className="totals" aria-label={t("totals.label")}>
        <li className="card">
          <span className="muted">{t("totals.month")}</span>
          <span className="stat">
            <HoursText minutes={data.totals.monthMinutes} />
          </span>
        </li>
        <li className="card">
          <span className="muted">{t("totals.year")}</span>
          <span className="stat">
            <HoursText minutes={data.totals.yearMinutes} />
          </span>
          <span className="muted">{t("totals.times", { count: data.totals.yearCount })}</span>
        </li>
      </ul>
      <Section title={t("offers")} id="offers">
        {data.offers.length ? (
          <Cards items={data.offers} />
        ) : (
          <p className="utrecht-paragraph">{t("offersNone")}</p>
        )}
      </Section>
      {toWrite.length ? (
        <Section title={t("toWrite")} id="to-write">
          <p className="utrecht-paragraph">{t("toWriteIntro")}</p>
          <Cards items={toWrite} />
        </Section>
      ) : null}
      <Section title={t("upcoming")} id="upcoming">
        {data.upcoming.length ? (
          <Cards items={data.upcoming} />
        ) : (
          <EmptyState title={t("upcomingNone")}>{t("upcomingNoneHelp")}</EmptyState>
        )}
      </Section>
      <Section title={t("past")} id="past">
        {done.length ? <Cards items={done} /> : <p className="utrecht-paragraph">{t("pastNone")}</p>}
      </Section>
    </>
  );
}
