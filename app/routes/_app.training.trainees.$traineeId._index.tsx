import { useTranslation } from "react-i18next";
import { Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  assessmentInput,
  certifyInput,
  intakeInput,
  milestonesInput,
  progressFromForm,
  stopInput,
} from "~/modules/training/input";
import { decideIntake } from "~/modules/training/intake.server";
import { intakeOpen } from "~/modules/training/rules";
import { moveToPool } from "~/modules/training/to-pool.server";
import {
  certify,
  saveAssessment,
  saveMilestones,
  saveProgress,
  stopTraining,
  traineeRecord,
} from "~/modules/training/trainee.server";
import { ErrorSummary, type FormState } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { AttendanceList, ProgressForm } from "./+training/trainee-progress";
import {
  CertificateForm,
  Facts,
  IntakeForm,
  PoolSection,
  PortfolioForms,
  StopForm,
} from "./+training/trainee-sections";
import type { Route } from "./+types/_app.training.trainees.$traineeId._index";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  const url = new URL(request.url);
  return scope.run(async (tx) => ({
    trainee: await traineeRecord(tx, scope, params.traineeId),
    canWrite: can(scope.role, "training:write"),
    canMove: can(scope.role, "training:write") && can(scope.role, "pool:write"),
    saved: url.searchParams.get("saved"),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const id = params.traineeId;
  let saved = "1";
  try {
    if (intent === "intake") {
      const parsed = parseForm(formData, intakeInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => decideIntake(tx, scope, id, parsed.value));
    } else if (intent === "progress") {
      const parsed = progressFromForm(formData);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => saveProgress(tx, scope, id, parsed.value.rows));
    } else if (intent === "milestones") {
      const parsed = parseForm(formData, milestonesInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => saveMilestones(tx, scope, id, parsed.value));
    } else if (intent === "assessment") {
      const parsed = parseForm(formData, assessmentInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => saveAssessment(tx, scope, id, parsed.value));
    } else if (intent === "certify") {
      const parsed = parseForm(formData, certifyInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => certify(tx, scope, id, parsed.value.certifiedOn));
    } else if (intent === "stop") {
      const parsed = parseForm(formData, stopInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => stopTraining(tx, scope, id, parsed.value));
    } else if (intent === "toPool") {
      await moveToPool(scope, id);
      saved = "pool";
    } else {
      return invalid({ errors: { form: ["validation.invalid"] }, values: {} });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirect(`/training/trainees/${id}?saved=${saved}`);
}

export default function TraineePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  const state = actionData as FormState;
  const { trainee, canWrite } = loaderData;
  const accepted = trainee.intakeStatus === "accepted";
  return (
    <>
      <PageTitle>{`${trainee.firstName} ${trainee.lastName}`}</PageTitle>
      <p>
        <Link className="utrecht-link" to={`/training/${trainee.cohortId}`}>
          {t("trainee.back", { cohort: trainee.cohortName })}
        </Link>
        {" · "}
        <Link className="utrecht-link" to={`/training/trainees/${trainee.id}/outcomes`}>
          {t("trainee.outcomesLink")}
        </Link>
      </p>
      {loaderData.saved ? (
        <p className="notice" role="status">
          {loaderData.saved === "pool" ? t("trainee.movedToPool") : t("trainee.saved")}
        </p>
      ) : null}
      <ErrorSummary state={state} />
      <Facts trainee={trainee} />
      {canWrite && intakeOpen(trainee.status) ? <IntakeForm trainee={trainee} state={state} /> : null}
      {accepted ? (
        <>
          <ProgressForm trainee={trainee} state={state} canWrite={canWrite} />
          <AttendanceList trainee={trainee} />
          <PortfolioForms trainee={trainee} state={state} canWrite={canWrite} />
          <CertificateForm trainee={trainee} state={state} canWrite={canWrite} />
          {canWrite && trainee.status === "in_training" ? <StopForm state={state} /> : null}
          <PoolSection trainee={trainee} canMove={loaderData.canMove} />
        </>
      ) : null}
    </>
  );
}
