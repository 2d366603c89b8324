import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { goalFormInput, goalStatusInput, meetingInput, noteFormInput } from "~/modules/coaching/input";
import { addNote } from "~/modules/coaching/notes.server";
import { addGoal, addMeeting, setGoalStatus } from "~/modules/coaching/plan.server";
import { trajectoryDetail } from "~/modules/coaching/queries.server";
import { endTrajectory } from "~/modules/coaching/trajectory.server";
import { readGate } from "~/modules/privacy/read-reason.server";
import { ErrorSummary } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { StaffNotesPart } from "./+coaching/notes";
import { GoalsPart, MeetingsPart } from "./+coaching/plan";
import { trajectoryTone } from "./+coaching/types";
import { ReadReasonForm } from "./+privacy/read-reason";
import type { Route } from "./+types/_app.coaching.$trajectoryId._index";

export const handle: RouteHandle = { i18n: ["coaching", "privacy"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  return scope.run(async (tx) => {
    // the notes open only with the reason the centre may ask for (never read, so never logged, without)
    const gate = await readGate(tx, scope.centreId, url);
    return {
      ...(await trajectoryDetail(tx, scope, trajectoryId, gate)),
      reasonError: gate.error,
      today: todayIso(),
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  const page = `/coaching/${trajectoryId}`;
  return runIntents(request, {
    goal: intent({
      schema: goalFormInput,
      run: (value) => scope.run((tx) => addGoal(tx, scope, trajectoryId, { text: value.goal })),
      done: () => redirectWithNotice(`${page}#goals`, "coachingGoal"),
    }),
    goalStatus: intent({
      schema: goalStatusInput,
      run: (value) => scope.run((tx) => setGoalStatus(tx, scope, trajectoryId, value)),
      done: () => redirectWithNotice(`${page}#goals`, "coachingGoalStatus"),
    }),
    meeting: intent({
      schema: meetingInput,
      run: (value) => scope.run((tx) => addMeeting(tx, scope, trajectoryId, value)),
      done: () => redirectWithNotice(`${page}#meetings`, "coachingMeeting"),
    }),
    note: intent({
      schema: noteFormInput,
      run: (value) => scope.run((tx) => addNote(tx, scope, trajectoryId, { text: value.note })),
      done: () => redirectWithNotice(`${page}#notes`, "coachingNote"),
    }),
    end: intent({
      run: () => scope.run((tx) => endTrajectory(tx, scope, trajectoryId, todayIso())),
      done: () => redirectWithNotice(page, "coachingEnded"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Details({ trajectory }: { trajectory: Data["trajectory"] }) {
  const { t, i18n } = useTranslation("coaching");
  const from = formatDate(trajectory.startsOn, i18n.language);
  const period = trajectory.endsOn
    ? t("detail.fromUntil", { from, until: formatDate(trajectory.endsOn, i18n.language) })
    : t("detail.from", { date: from });
  return (
    <Section title={t("detail.facts")} id="facts">
      <Facts
        items={[
          { label: t("detail.expert"), value: trajectory.expertName },
          { label: t("detail.coach"), value: trajectory.coachName },
          {
            label: t("detail.status"),
            value: (
              <StatusBadge tone={trajectoryTone(trajectory.status)}>
                {t(`statuses.${trajectory.status}`)}
              </StatusBadge>
            ),
          },
          { label: t("detail.period"), value: period },
          {
            label: t("detail.purpose"),
            value: trajectory.purpose ? (
              <span className="pre-line">{trajectory.purpose}</span>
            ) : (
              <span className="muted">{t("detail.none")}</span>
            ),
          },
        ]}
      />
    </Section>
  );
}

export default function CoachingTrajectory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("coaching");
  const data = loaderData;
  const { trajectory } = data;
  const actions = (
    <>
      <Link
        className="utrecht-button utrecht-button--secondary-action"
        to={`/coaching/${trajectory.id}/edit`}
      >
        {t("detail.edit")}
      </Link>
      {trajectory.status === "active" ? (
        <IntentButton intent="end" secondary label={t("detail.endLabel", { name: trajectory.expertName })}>
          {t("detail.end")}
        </IntentButton>
      ) : null}
    </>
  );
  return (
    <>
      <PageHeading
        title={trajectory.expertName}
        lead={t("list.title")}
        back={{ to: "/coaching", label: t("detail.back") }}
        actions={actions}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Details trajectory={trajectory} />
      <GoalsPart
        goals={data.goals}
        title={t("goals.title")}
        empty={t("goals.empty")}
        editable
        state={actionData}
      />
      <MeetingsPart
        meetings={data.meetings}
        title={t("meetings.title")}
        empty={t("meetings.empty")}
        editable
        state={actionData}
        today={data.today}
      />
      <StaffNotesPart
        access={data.access}
        notes={data.notes}
        allowed={data.allowed}
        log={data.log}
        state={actionData}
        closed={
          <ReadReasonForm
            action={`/coaching/${data.trajectory.id}#notes`}
            record="coachingNotes"
            error={data.reasonError}
            submit={t("privacy:readReason.show")}
          />
        }
      />
    </>
  );
}
