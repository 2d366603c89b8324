import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  changeInput,
  consentInput,
  contributionInput,
  expertInput,
  idInput,
  phaseInput,
  sessionInput,
  statementInput,
} from "~/modules/policy/input";
import { addParticipant, removeParticipant } from "~/modules/policy/participants.server";
import { trajectoryDetail } from "~/modules/policy/queries.server";
import { addChange, addContribution, addStatement, setConsent } from "~/modules/policy/records.server";
import { movePhase } from "~/modules/policy/save-trajectory.server";
import { addSession, deleteSession } from "~/modules/policy/sessions.server";
import { ErrorSummary } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { ParticipantsPart } from "./+policy/participants";
import { PhasePart } from "./+policy/phase";
import { ChangesPart, ContributionsPart, StatementsPart } from "./+policy/records";
import { SessionsPart } from "./+policy/sessions";
import type { TrajectoryData } from "./+policy/types";
import type { Route } from "./+types/_app.policy.$trajectoryId._index";

export const handle: RouteHandle = { i18n: ["policy"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "policy:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  return {
    ...(await scope.run((tx) => trajectoryDetail(tx, scope, trajectoryId))),
    today: todayIso(),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "policy:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  const page = `/policy/${trajectoryId}`;
  return runIntents(request, {
    phase: intent({
      schema: phaseInput,
      run: (value) => scope.run((tx) => movePhase(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#phase`, "policyPhase"),
    }),
    addParticipant: intent({
      schema: expertInput,
      run: (value) => scope.run((tx) => addParticipant(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#participants`, "policyParticipantAdded"),
    }),
    removeParticipant: intent({
      schema: expertInput,
      run: (value) => scope.run((tx) => removeParticipant(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#participants`, "policyParticipantRemoved"),
    }),
    session: intent({
      schema: sessionInput,
      run: (value) => scope.run((tx) => addSession(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#sessions`, "policySession"),
    }),
    removeSession: intent({
      schema: idInput,
      run: (value) => scope.run((tx) => deleteSession(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#sessions`, "policySessionRemoved"),
    }),
    contribution: intent({
      schema: contributionInput,
      run: (value) => scope.run((tx) => addContribution(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#contributions`, "policyContribution"),
    }),
    change: intent({
      schema: changeInput,
      run: (value) => scope.run((tx) => addChange(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#changes`, "policyChange"),
    }),
    statement: intent({
      schema: statementInput,
      run: (value) => scope.run((tx) => addStatement(tx, scope, { ...value, trajectoryId })),
      done: () => redirectWithNotice(`${page}#statements`, "policyStatement"),
    }),
    consent: intent({
      schema: consentInput,
      run: (value) =>
        scope.run((tx) =>
          setConsent(tx, scope, {
            trajectoryId,
            statementId: value.statementId,
            consent: value.consent === "yes",
          }),
        ),
      done: () => redirectWithNotice(`${page}#statements`, "policyConsent"),
    }),
  });
}

function Details({ data }: { data: TrajectoryData }) {
  const { t, i18n } = useTranslation("policy");
  const tr = data.trajectory;
  const none = <span className="muted">{t("detail.none")}</span>;
  const next = [tr.nextStep, tr.nextStepOn ? formatDate(tr.nextStepOn, i18n.language) : ""]
    .filter(Boolean)
    .join(" · ");
  return (
    <Section title={t("detail.facts")} id="facts">
      <Facts
        items={[
          {
            label: t("detail.client"),
            value: (
              <Link className="utrecht-link" to={`/clients/${tr.clientId}`}>
                {tr.client}
              </Link>
            ),
          },
          {
            label: t("detail.phase"),
            value: tr.endedOn ? (
              <StatusBadge tone="neutral">{t("ended")}</StatusBadge>
            ) : (
              <StatusBadge tone="accent">{t(`phases.${tr.phase}`)}</StatusBadge>
            ),
          },
          { label: t("detail.startedOn"), value: formatDate(tr.startedOn, i18n.language) },
          ...(tr.endedOn
            ? [{ label: t("detail.endedOn"), value: formatDate(tr.endedOn, i18n.language) }]
            : []),
          { label: t("detail.nextStep"), value: next || none },
          {
            label: t("detail.description"),
            value: <span className="pre-line">{tr.description || none}</span>,
          },
        ]}
      />
    </Section>
  );
}

export default function Trajectory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("policy");
  const data = loaderData;
  const edit = (
    <Link
      className="utrecht-button utrecht-button--secondary-action"
      to={`/policy/${data.trajectory.id}/edit`}
    >
      {t("detail.edit")}
    </Link>
  );
  return (
    <>
      <PageHeading
        title={data.trajectory.topic}
        lead={data.trajectory.client}
        back={{ to: "/policy", label: t("detail.back") }}
        actions={edit}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Details data={data} />
      <PhasePart data={data} state={actionData} />
      <ParticipantsPart data={data} state={actionData} />
      <SessionsPart data={data} state={actionData} />
      <ContributionsPart data={data} state={actionData} today={data.today} />
      <ChangesPart data={data} state={actionData} today={data.today} />
      <StatementsPart data={data} state={actionData} today={data.today} />
    </>
  );
}
