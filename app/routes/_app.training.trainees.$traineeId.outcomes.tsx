import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  measurementInput,
  outcomeInput,
  removeMeasurementInput,
  removeOutcomeInput,
} from "~/modules/outcomes/input";
import { removeMeasurement, saveMeasurement } from "~/modules/outcomes/record-measurement.server";
import { addOutcome, removeOutcome } from "~/modules/outcomes/record-outcome.server";
import { traineeTimeline } from "~/modules/outcomes/timeline.server";
import { readGate } from "~/modules/privacy/read-reason.server";
import { ErrorSummary, type FormState } from "~/ui/form";
import { PageNotice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { MeasurementForm, MeasurementList } from "./+outcomes/measurement-sections";
import { AddOutcomeForm, BeforeTraining, OutcomeList } from "./+outcomes/timeline-sections";
import type { Route } from "./+types/_app.training.trainees.$traineeId.outcomes";

export const handle: RouteHandle = { i18n: ["outcomes", "privacy"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => {
    // the benefit and the special ZRM scores show only with the reason the centre may ask for
    const gate = await readGate(tx, scope.centreId, url);
    return {
      ...(await traineeTimeline(tx, scope, uuidParam(params.traineeId), gate)),
      reasonError: gate.error,
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "outcomes:write");
  const id = uuidParam(params.traineeId);
  const page = `/training/trainees/${id}/outcomes`;
  return runIntents(request, {
    addOutcome: intent({
      schema: outcomeInput,
      run: (value) => scope.run((tx) => addOutcome(tx, scope, id, value)),
      done: () => redirectWithNotice(page, "outcomeSaved"),
    }),
    saveMeasurement: intent({
      schema: measurementInput,
      run: (value) => scope.run((tx) => saveMeasurement(tx, scope, id, value)),
      done: () => redirectWithNotice(page, "outcomeSaved"),
    }),
    removeOutcome: intent({
      schema: removeOutcomeInput,
      run: ({ outcomeId }) => scope.run((tx) => removeOutcome(tx, scope, id, outcomeId)),
      done: () => redirectWithNotice(page, "outcomeRemoved"),
    }),
    removeMeasurement: intent({
      schema: removeMeasurementInput,
      run: ({ measurementId }) => scope.run((tx) => removeMeasurement(tx, scope, id, measurementId)),
      done: () => redirectWithNotice(page, "outcomeRemoved"),
    }),
  });
}

export default function TraineeOutcomes({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const answered = actionData as FormState;
  const sentBy = answered?.values?.intent;
  const stateFor = (name: string) => (sentBy === name ? answered : undefined);
  const { trainee, outcomes, measurements, zrmEnabled, zrmHidden, canWrite } = loaderData;
  return (
    <>
      <PageHeading
        title={t("timeline.title", { name: trainee.name })}
        back={{ to: `/training/trainees/${trainee.id}`, label: t("timeline.back") }}
        lead={t("timeline.intro")}
      />
      <PageNotice />
      {/* a form of its own shows its errors; a failed remove (or an unknown intent) shows them here */}
      {sentBy === "addOutcome" || sentBy === "saveMeasurement" ? null : <ErrorSummary state={answered} />}
      <BeforeTraining trainee={trainee} zrmHidden={zrmHidden} reasonError={loaderData.reasonError} />
      <OutcomeList outcomes={outcomes} canWrite={canWrite} />
      {canWrite ? <AddOutcomeForm state={stateFor("addOutcome")} /> : null}
      <MeasurementList
        measurements={measurements}
        zrmEnabled={zrmEnabled}
        zrmHidden={zrmHidden}
        canWrite={canWrite}
      />
      {canWrite ? <MeasurementForm state={stateFor("saveMeasurement")} zrmEnabled={zrmEnabled} /> : null}
    </>
  );
}
