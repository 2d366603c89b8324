import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { momentInput, parseStatements, participantIdInput, participantInput } from "~/modules/pilots/input";
import { addParticipant, removeParticipant } from "~/modules/pilots/participants.server";
import { pilotDetail } from "~/modules/pilots/queries.server";
import { sendAgain, sendQuestionnaires } from "~/modules/pilots/send.server";
import { saveStatements } from "~/modules/pilots/statements.server";
import { ErrorSummary } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section } from "~/ui/page";
import { ParticipantsPart, SendPart } from "./+pilots/participants";
import { StatementResults } from "./+pilots/results";
import { StatementsPart } from "./+pilots/statements";
import type { Route } from "./+types/_app.pilots.$pilotId._index";

export const handle: RouteHandle = { i18n: ["pilots", "grants"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const pilotId = uuidParam(params.pilotId);
  return scope.run((tx) => pilotDetail(tx, scope, pilotId));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const pilotId = uuidParam(params.pilotId);
  const page = `/pilots/${pilotId}`;
  return runIntents(request, {
    statements: intent({
      run: async (formData) => {
        const parsed = parseStatements(formData);
        if (!parsed.ok) throw new AppError("INVALID", "validation.invalid", parsed.errors);
        return scope.run((tx) => saveStatements(tx, scope, { ...parsed.value, pilotId }));
      },
      done: () => redirectWithNotice(`${page}#statements`, "pilotStatements"),
    }),
    addParticipant: intent({
      schema: participantInput,
      run: (value) => scope.run((tx) => addParticipant(tx, scope, { ...value, pilotId })),
      done: () => redirectWithNotice(`${page}#participants`, "pilotParticipantAdded"),
    }),
    removeParticipant: intent({
      schema: participantIdInput,
      run: (value) => scope.run((tx) => removeParticipant(tx, scope, { ...value, pilotId })),
      done: () => redirectWithNotice(`${page}#participants`, "pilotParticipantRemoved"),
    }),
    send: intent({
      schema: momentInput,
      run: (value) => scope.run((tx) => sendQuestionnaires(tx, scope, { ...value, pilotId })),
      done: () => redirectWithNotice(`${page}#participants`, "pilotSent"),
    }),
    sendAgain: intent({
      schema: participantIdInput.extend(momentInput.shape),
      run: (value) => scope.run((tx) => sendAgain(tx, scope, { ...value, pilotId })),
      done: () => redirectWithNotice(`${page}#participants`, "pilotSentAgain"),
    }),
  });
}

export default function Pilot({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation(["pilots", "grants"]);
  const data = loaderData;
  const { pilot } = data;
  const locale = i18n.language;
  const date = (d: string | null) => (d ? formatDate(d, locale) : t("pilots:detail.none"));
  const edit = (
    <Link className="utrecht-button utrecht-button--secondary-action" to={`/pilots/${pilot.id}/edit`}>
      {t("pilots:detail.edit")}
    </Link>
  );
  const hasAnswers = data.participants.some(
    (p) => p.states.before === "answered" || p.states.after === "answered",
  );
  return (
    <>
      <PageHeading
        title={pilot.name}
        lead={`${t(`grants:sectors.${pilot.sector}`, pilot.sector)} · ${pilot.grant}`}
        back={{ to: "/pilots", label: t("pilots:detail.back") }}
        actions={edit}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Section title={t("pilots:detail.facts")} id="facts">
        <Facts
          items={[
            {
              label: t("pilots:detail.grant"),
              value: (
                <Link className="utrecht-link" to={`/grants/${pilot.grantId}`}>
                  {pilot.grant}
                </Link>
              ),
            },
            { label: t("pilots:detail.sector"), value: t(`grants:sectors.${pilot.sector}`, pilot.sector) },
            {
              label: t("pilots:detail.period"),
              value: t("pilots:detail.periodValue", { from: date(pilot.startsOn), to: date(pilot.endsOn) }),
            },
            { label: t("pilots:detail.afterDueOn"), value: date(pilot.afterDueOn) },
          ]}
        />
      </Section>
      <Section title={t("pilots:results.title")} id="results">
        <p className="utrecht-paragraph">{t("pilots:results.intro", { limit: data.limit })}</p>
        {hasAnswers ? (
          <StatementResults
            id="pilot-results"
            caption={t("pilots:results.caption")}
            rows={data.results}
            limit={data.limit}
          />
        ) : (
          <EmptyState title={t("pilots:results.empty")}>{t("pilots:results.emptyBody")}</EmptyState>
        )}
      </Section>
      <ParticipantsPart data={data} state={actionData} />
      <SendPart data={data} />
      <StatementsPart data={data} state={actionData} />
    </>
  );
}
