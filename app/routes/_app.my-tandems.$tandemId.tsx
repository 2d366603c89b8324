import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requireViewer, type Scope } from "~/modules/accounts/viewer.server";
import { evaluateTandem } from "~/modules/tandems/evaluate.server";
import { evaluationInput, logInput } from "~/modules/tandems/input";
import { addLogLine } from "~/modules/tandems/log.server";
import { ownTandem } from "~/modules/tandems/queries.server";
import { ErrorSummary } from "~/ui/form";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import { OwnEvaluationPart } from "./+tandems/evaluations";
import { LogPart } from "./+tandems/log";
import { type OwnTandemData, tandemTone } from "./+tandems/types";
import type { Route } from "./+types/_app.my-tandems.$tandemId";

export const handle: RouteHandle = { i18n: ["tandems"], hydrate: false };

/** Only the tandem's expert and its professional (a client contact with a login) open this page. */
async function requireSide(request: Request): Promise<Scope> {
  const scope = await requireViewer(request);
  if (!can(scope.role, "own:assignments") && !can(scope.role, "own:requests"))
    throw new AppError("FORBIDDEN");
  return scope;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requireSide(request);
  const tandemId = uuidParam(params.tandemId);
  return scope.run((tx) => ownTandem(tx, scope, tandemId, new Date(), todayIso()));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requireSide(request);
  const tandemId = uuidParam(params.tandemId);
  const page = `/my-tandems/${tandemId}`;
  return runIntents(request, {
    log: intent({
      schema: logInput,
      run: (value) => scope.run((tx) => addLogLine(tx, scope, { ...value, tandemId })),
      done: () => redirectWithNotice(`${page}#log`, "tandemLog"),
    }),
    evaluate: intent({
      schema: evaluationInput,
      run: (value) => scope.run((tx) => evaluateTandem(tx, scope, { ...value, tandemId })),
      done: () => redirectWithNotice(`${page}#evaluation`, "tandemEvaluated"),
    }),
  });
}

function About({ data, voice }: { data: OwnTandemData; voice: "je" | "u" }) {
  const { t, i18n } = useTranslation("tandems");
  const { tandem } = data;
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <Section title={t(`own.${voice}.facts`)} id="facts">
      <Facts
        items={[
          { label: t(`own.${voice}.purpose`), value: <span className="pre-line">{tandem.purpose}</span> },
          {
            label: t(`own.${voice}.period`),
            value: t("list.periodText", { start: date(tandem.startsOn), end: date(tandem.endsOn) }),
          },
          {
            label: t(`own.${voice}.status`),
            value: (
              <StatusBadge tone={tandemTone(tandem.status)}>{t(`statuses.${tandem.status}`)}</StatusBadge>
            ),
          },
        ]}
      />
    </Section>
  );
}

function Meetings({ data, voice }: { data: OwnTandemData; voice: "je" | "u" }) {
  const { t } = useTranslation("tandems");
  return (
    <Section title={t(`own.${voice}.meetings`)} id="meetings">
      {data.meetings.length ? (
        <ul className="cards">
          {data.meetings.map((m) => (
            <li className="card" key={m.id}>
              <WhenWhere slots={[m]} online={m.online} place={m.place} />
              {m.note ? <p className="utrecht-paragraph">{m.note}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t(`own.${voice}.meetingsNone`)}</p>
      )}
    </Section>
  );
}

/** The tandem on the phone of its expert ("je") or its professional ("u"): read, write in the log, evaluate. */
export default function OwnTandem({ loaderData: data, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("tandems");
  const voice = data.side === "professional" ? "u" : "je";
  const partner = data.side === "professional" ? data.tandem.expert : data.tandem.professional;
  const back = data.side === "professional" ? "/my-requests" : "/agenda";
  return (
    <>
      <PageHeading
        title={t(`own.${voice}.lead`, { client: data.tandem.client })}
        lead={t(`own.${voice}.with`, { name: partner })}
        back={{ to: back, label: t(`own.${voice}.back`) }}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <About data={data} voice={voice} />
      <Meetings data={data} voice={voice} />
      <OwnEvaluationPart data={data} state={actionData} />
      <LogPart log={data.log} open={data.open} state={actionData} intro={t(`own.${voice}.logIntro`)} />
    </>
  );
}
