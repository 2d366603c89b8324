import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { readGate } from "~/modules/privacy/read-reason.server";
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
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading, StatusBadge } from "~/ui/page";
import { traineeTone } from "./+training/programme-view";
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

export const handle: RouteHandle = { i18n: ["training", "privacy"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => {
    // the benefit shows only with the reason the centre may ask for (never read, so never logged, without)
    const gate = await readGate(tx, scope.centreId, url);
    return {
      trainee: await traineeRecord(tx, scope, uuidParam(params.traineeId), gate),
      reasonError: gate.error,
      canWrite: can(scope.role, "training:write"),
      canMove: can(scope.role, "training:write") && can(scope.role, "pool:write"),
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const id = uuidParam(params.traineeId);
  const page = `/training/trainees/${id}`;
  const done = () => redirectWithNotice(page, "traineeSaved");
  return runIntents(request, {
    intake: intent({
      schema: intakeInput,
      run: (value) => scope.run((tx) => decideIntake(tx, scope, id, value)),
      done,
    }),
    progress: intent({
      run: async (formData) => {
        const parsed = progressFromForm(formData);
        if (!parsed.ok) throw new AppError("INVALID", "errors.INVALID", parsed.result.errors);
        await scope.run((tx) => saveProgress(tx, scope, id, parsed.value.rows));
      },
      done,
    }),
    milestones: intent({
      schema: milestonesInput,
      run: (value) => scope.run((tx) => saveMilestones(tx, scope, id, value)),
      done,
    }),
    assessment: intent({
      schema: assessmentInput,
      run: (value) => scope.run((tx) => saveAssessment(tx, scope, id, value)),
      done,
    }),
    certify: intent({
      schema: certifyInput,
      run: ({ certifiedOn }) => scope.run((tx) => certify(tx, scope, id, certifiedOn)),
      done,
    }),
    stop: intent({
      schema: stopInput,
      run: (value) => scope.run((tx) => stopTraining(tx, scope, id, value)),
      done,
    }),
    toPool: intent({
      run: () => moveToPool(scope, id),
      done: ({ invited }) => redirectWithNotice(page, invited ? "traineeToPoolInvited" : "traineeToPool"),
    }),
  });
}

export default function TraineePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  const state = actionData as FormState;
  const { trainee, canWrite } = loaderData;
  const accepted = trainee.intakeStatus === "accepted";
  return (
    <>
      <PageHeading
        title={`${trainee.firstName} ${trainee.lastName}`}
        back={{
          to: `/training/${trainee.cohortId}`,
          label: t("trainee.back", { cohort: trainee.cohortName }),
        }}
        lead={<StatusBadge tone={traineeTone(trainee.status)}>{t(`status.${trainee.status}`)}</StatusBadge>}
        actions={
          <Link
            className="utrecht-button utrecht-button--secondary-action"
            to={`/training/trainees/${trainee.id}/outcomes`}
          >
            {t("trainee.outcomesLink")}
          </Link>
        }
      />
      <PageNotice />
      <ErrorSummary state={state} />
      <Facts trainee={trainee} reasonError={loaderData.reasonError} />
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
