import { useTranslation } from "react-i18next";
import { data, Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formErrorFrom, parseForm } from "~/lib/forms.server";
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
import type { FormState } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { MeasurementForm, MeasurementList } from "./+outcomes/measurement-sections";
import { AddOutcomeForm, BeforeTraining, OutcomeList } from "./+outcomes/timeline-sections";
import type { Route } from "./+types/_app.training.trainees.$traineeId.outcomes";

export const handle: RouteHandle = { i18n: ["outcomes"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  const done = new URL(request.url).searchParams.get("done");
  return {
    ...(await scope.run((tx) => traineeTimeline(tx, scope, params.traineeId))),
    done: done === "saved" || done === "removed" ? done : null,
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "outcomes:write");
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const id = params.traineeId;
  const answer = (parsedResult: {
    errors: Record<string, string[]>;
    values: Record<string, string | string[]>;
  }) => data({ ok: false as const, intent, ...parsedResult }, { status: 400 });
  try {
    if (intent === "addOutcome") {
      const parsed = parseForm(formData, outcomeInput);
      if (!parsed.ok) return answer(parsed.result);
      await scope.run((tx) => addOutcome(tx, scope, id, parsed.value));
    } else if (intent === "saveMeasurement") {
      const parsed = parseForm(formData, measurementInput);
      if (!parsed.ok) return answer(parsed.result);
      await scope.run((tx) => saveMeasurement(tx, scope, id, parsed.value));
    } else if (intent === "removeOutcome") {
      const parsed = parseForm(formData, removeOutcomeInput);
      if (!parsed.ok) return answer(parsed.result);
      await scope.run((tx) => removeOutcome(tx, scope, id, parsed.value.outcomeId));
    } else if (intent === "removeMeasurement") {
      const parsed = parseForm(formData, removeMeasurementInput);
      if (!parsed.ok) return answer(parsed.result);
      await scope.run((tx) => removeMeasurement(tx, scope, id, parsed.value.measurementId));
    } else {
      return answer({ errors: { form: ["validation.invalid"] }, values: {} });
    }
  } catch (error) {
    const response = formErrorFrom(error, formData);
    return data({ ...response.data, intent }, response.init ?? { status: 400 });
  }
  const done = intent.startsWith("remove") ? "removed" : "saved";
  return redirect(`/training/trainees/${id}/outcomes?done=${done}`);
}

export default function TraineeOutcomes({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const answered = actionData as (FormState & { intent?: string }) | undefined;
  const stateFor = (intent: string) => (answered?.intent === intent ? answered : undefined);
  const { trainee, outcomes, measurements, zrmEnabled, canWrite, done } = loaderData;
  return (
    <>
      <PageTitle>{t("timeline.title", { name: trainee.name })}</PageTitle>
      <p>
        <Link className="utrecht-link" to={`/training/trainees/${trainee.id}`}>
          {t("timeline.back")}
        </Link>
      </p>
      {done && !answered ? (
        <p className="notice" role="status">
          {t(done === "saved" ? "timeline.saved" : "timeline.removed")}
        </p>
      ) : null}
      {answered?.intent?.startsWith("remove") ? (
        <p className="utrecht-alert utrecht-alert--error" role="alert">
          {t("common:form.errorSummary")}
        </p>
      ) : null}
      <p className="utrecht-paragraph">{t("timeline.intro")}</p>
      <BeforeTraining trainee={trainee} />
      <OutcomeList outcomes={outcomes} canWrite={canWrite} />
      {canWrite ? <AddOutcomeForm state={stateFor("addOutcome")} /> : null}
      <MeasurementList measurements={measurements} zrmEnabled={zrmEnabled} canWrite={canWrite} />
      {canWrite ? <MeasurementForm state={stateFor("saveMeasurement")} zrmEnabled={zrmEnabled} /> : null}
    </>
  );
}
