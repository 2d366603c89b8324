import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidField } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { listAgenda } from "~/modules/assignments/agenda.server";
import { answerOwnProposal, type OwnProposal, ownProposals } from "~/modules/employers/own-proposals.server";
import { ownSignedUpSessions } from "~/modules/intervisie/queries.server";
import { ownPolicySessions } from "~/modules/policy/own-sessions.server";
import { myTandems } from "~/modules/tandems/queries.server";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { HoursText, InzetCard, type InzetItem } from "./+agenda/inzet-card";
import { AgendaIntervisieSessions } from "./+intervisie/agenda-sessions";
import { AgendaPolicySessions } from "./+policy/agenda-sessions";
import { OwnTandems } from "./+tandems/own-tandems";
import type { Route } from "./+types/_app.agenda._index";

export const handle: RouteHandle = {
  i18n: ["agenda", "outcomes", "policy", "intervisie", "tandems"],
  hydrate: false,
};

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return scope.run(async (tx) => ({
    ...(await listAgenda(tx, scope)),
    jobs: await ownProposals(tx, scope),
    policySessions: await ownPolicySessions(tx, scope),
    intervisieSessions: await ownSignedUpSessions(tx, scope),
    tandems: await myTandems(tx, scope, todayIso()),
  }));
}

/** The expert's own answer to work the centre proposed them for. */
export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const answer = (value: "interested" | "declined") =>
    intent({
      run: (formData) =>
        scope.run((tx) => answerOwnProposal(tx, scope, uuidField(formData, "proposalId"), value)),
      done: () => redirectWithNotice("/agenda#jobs", "jobAnswered"),
    });
  return runIntents(request, { jobYes: answer("interested"), jobNo: answer("declined") });
}

function Jobs({ jobs }: { jobs: OwnProposal[] }) {
  const { t, i18n } = useTranslation(["agenda", "outcomes"]);
  if (jobs.length === 0) return null;
  return (
    <Section title={t("jobs.title")} id="jobs">
      <p className="utrecht-paragraph">{t("jobs.intro")}</p>
      <ul className="cards">
        {jobs.map((job) => (
          <li className="card card--accent" key={job.id}>
            <h3 className="utrecht-heading-3">{job.title}</h3>
            <p className="utrecht-paragraph">
              {[
                t("jobs.at", { employer: job.employer }),
                t(`outcomes:kinds.${job.kind}`),
                job.hoursPerWeek ? t("jobs.hours", { count: job.hoursPerWeek }) : null,
                job.area,
                job.remote ? t("jobs.remote") : null,
                job.startsOn ? t("jobs.from", { date: formatDate(job.startsOn, i18n.language) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {job.description ? <p className="utrecht-paragraph pre-line">{job.description}</p> : null}
            {job.status === "interested" ? (
              <p className="utrecht-paragraph">{t("jobs.saidYes")}</p>
            ) : (
              <div className="actions">
                <IntentButton
                  intent="jobYes"
                  fields={{ proposalId: job.id }}
                  label={t("jobs.yesLabel", { title: job.title })}
                >
                  {t("jobs.yes")}
                </IntentButton>
                <IntentButton
                  intent="jobNo"
                  fields={{ proposalId: job.id }}
                  secondary
                  label={t("jobs.noLabel", { title: job.title })}
                >
                  {t("jobs.no")}
                </IntentButton>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
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
      <Jobs jobs={data.jobs} />
      <OwnTandems tandems={data.tandems} texts="agenda" />
      <AgendaPolicySessions sessions={data.policySessions} />
      <AgendaIntervisieSessions sessions={data.intervisieSessions} />
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
