import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { sessionIdInput } from "~/modules/intervisie/input";
import { type OwnIntervisieSession, ownIntervisie } from "~/modules/intervisie/queries.server";
import { signOff, signUp } from "~/modules/intervisie/signups.server";
import { ErrorSummary } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import type { Route } from "./+types/_app.my-intervisie._index";

export const handle: RouteHandle = { i18n: ["intervisie"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return scope.run((tx) => ownIntervisie(tx, scope));
}

/** The expert signs up or off for a session of their own group. */
export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return runIntents(request, {
    signUp: intent({
      schema: sessionIdInput,
      run: (value) => scope.run((tx) => signUp(tx, scope, value.sessionId)),
      done: () => redirectWithNotice("/my-intervisie", "intervisieSignedUp"),
    }),
    signOff: intent({
      schema: sessionIdInput,
      run: (value) => scope.run((tx) => signOff(tx, scope, value.sessionId)),
      done: () => redirectWithNotice("/my-intervisie", "intervisieSignedOff"),
    }),
  });
}

function Details({ session }: { session: OwnIntervisieSession }) {
  const { t } = useTranslation("intervisie");
  return (
    <>
      <WhenWhere slots={[session]} online={session.online} place={session.place} />
      <p className="utrecht-paragraph">
        {[
          t("mine.method", { method: t(`methods.${session.method}`) }),
          session.facilitator ? t("mine.facilitator", { name: session.facilitator }) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </>
  );
}

function Upcoming({ session }: { session: OwnIntervisieSession & { open: boolean } }) {
  const { t, i18n } = useTranslation("intervisie");
  const values = { group: session.group, date: formatDate(session.startsAt, i18n.language) };
  const state = session.signedUp
    ? t("mine.signedUp")
    : session.signedOff
      ? t("mine.signedOff")
      : t("mine.notYet");
  return (
    <li className={session.signedUp ? "card card--accent" : "card"}>
      <h3 className="utrecht-heading-3">{session.group}</h3>
      {session.cancelled ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone="warning">{t("cancelled")}</StatusBadge>
        </p>
      ) : null}
      <Details session={session} />
      {session.online && session.onlineLink && session.signedUp && !session.cancelled ? (
        <p className="utrecht-paragraph">
          <a className="utrecht-link" href={session.onlineLink}>
            {t("mine.link")}
          </a>
        </p>
      ) : null}
      {session.cancelled ? null : <p className="utrecht-paragraph">{state}</p>}
      {session.open ? (
        <div className="actions">
          {session.signedUp ? (
            <IntentButton
              intent="signOff"
              fields={{ sessionId: session.id }}
              secondary
              label={t("mine.signOffLabel", values)}
            >
              {t("mine.signOff")}
            </IntentButton>
          ) : (
            <IntentButton
              intent="signUp"
              fields={{ sessionId: session.id }}
              label={t("mine.signUpLabel", values)}
            >
              {t("mine.signUp")}
            </IntentButton>
          )}
        </div>
      ) : session.cancelled ? null : (
        <p className="muted">{t("mine.closed")}</p>
      )}
    </li>
  );
}

export default function MyIntervisie({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("intervisie");
  const { upcoming, past, inGroup } = loaderData;
  return (
    <>
      <PageHeading title={t("mine.title")} lead={t("mine.lead")} />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Section title={t("mine.upcoming")} id="upcoming">
        {upcoming.length ? (
          <ul className="cards">
            {upcoming.map((s) => (
              <Upcoming key={s.id} session={s} />
            ))}
          </ul>
        ) : inGroup ? (
          <EmptyState title={t("mine.upcomingNone")}>{t("mine.upcomingNoneHelp")}</EmptyState>
        ) : (
          <EmptyState title={t("mine.noGroup")}>{t("mine.noGroupHelp")}</EmptyState>
        )}
      </Section>
      <Section title={t("mine.past")} id="past">
        {past.length ? (
          <ul className="cards">
            {past.map((s) => (
              <li className="card" key={s.id}>
                <h3 className="utrecht-heading-3">{s.group}</h3>
                <Details session={s} />
                <p className="utrecht-paragraph">
                  <StatusBadge tone={s.attended === "yes" ? "success" : "neutral"}>
                    {t(`attendance.${s.attended}`)}
                  </StatusBadge>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="utrecht-paragraph">{t("mine.pastNone")}</p>
        )}
      </Section>
    </>
  );
}
