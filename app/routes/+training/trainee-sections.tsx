import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { formatDate } from "~/lib/dates";
import type { traineeRecord } from "~/modules/training/trainee.server";
import { ChoiceGroup, type FormState, SubmitButton, TextArea, TextField } from "~/ui/form";
import { IntakeFields } from "./intake-fields";

type Trainee = Awaited<ReturnType<typeof traineeRecord>>;

function Intent({ value }: { value: string }) {
  return <input type="hidden" name="intent" value={value} />;
}

export function Facts({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation("training");
  const notSet = <span className="muted">{t("trainee.notSet")}</span>;
  const yesNo = (v: boolean) => (v ? t("common:yes") : t("common:no"));
  return (
    <>
      <h2 className="utrecht-heading-2">{t("trainee.facts")}</h2>
      <dl className="facts">
        <dt>{t("trainee.cohort")}</dt>
        <dd>{trainee.cohortName}</dd>
        <dt>{t("cohort.status")}</dt>
        <dd>{t(`status.${trainee.status}`)}</dd>
        <dt>{t("cohort.intake")}</dt>
        <dd>
          {t(`intakeStatus.${trainee.intakeStatus}`)}
          {trainee.intakeReason ? ` – ${trainee.intakeReason}` : ""}
        </dd>
        <dt>{t("intake.ownExperience")}</dt>
        <dd>{yesNo(trainee.ownExperience)}</dd>
        <dt>{t("intake.experienceBehind")}</dt>
        <dd>{yesNo(trainee.experienceBehind)}</dd>
        <dt>{t("intake.motivated")}</dt>
        <dd>{yesNo(trainee.motivated)}</dd>
        <dt>{t("candidate.email")}</dt>
        <dd>{trainee.email ?? notSet}</dd>
        <dt>{t("candidate.phone")}</dt>
        <dd>{trainee.phone ?? notSet}</dd>
        <dt>{t("candidate.province")}</dt>
        <dd>{trainee.province ?? notSet}</dd>
        <dt>{t("candidate.situationBefore")}</dt>
        <dd>{trainee.situationBefore ? t(`situation.${trainee.situationBefore}`) : notSet}</dd>
        <dt>{t("candidate.benefitBefore")}</dt>
        <dd>{trainee.benefitBefore ?? notSet}</dd>
        {trainee.stoppedOn ? (
          <>
            <dt>{t("trainee.stoppedOn")}</dt>
            <dd>
              {formatDate(trainee.stoppedOn, i18n.language)}
              {trainee.stoppedReason ? ` – ${trainee.stoppedReason}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

export function IntakeForm({ trainee, state }: { trainee: Trainee; state: FormState }) {
  const { t } = useTranslation("training");
  return (
    <section aria-labelledby="intake-title">
      <h2 className="utrecht-heading-2" id="intake-title">
        {t("intake.title")}
      </h2>
      <Form method="post" className="form" noValidate>
        <Intent value="intake" />
        <IntakeFields values={trainee} state={state} />
        <div>
          <SubmitButton>{t("intake.save")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

export function PortfolioForms({
  trainee,
  state,
  canWrite,
}: {
  trainee: Trainee;
  state: FormState;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation("training");
  const shown = (v: string | null) =>
    v ? formatDate(v, i18n.language) : <span className="muted">{t("trainee.notSet")}</span>;
  if (!canWrite || trainee.status === "certified")
    return (
      <section aria-labelledby="portfolio-title">
        <h2 className="utrecht-heading-2" id="portfolio-title">
          {t("trainee.portfolio")}
        </h2>
        <dl className="facts">
          <dt>{t("trainee.lifeStoryOn")}</dt>
          <dd>{shown(trainee.lifeStoryOn)}</dd>
          <dt>{t("trainee.reflectionOn")}</dt>
          <dd>{shown(trainee.reflectionOn)}</dd>
          <dt>{t("trainee.placementOn")}</dt>
          <dd>{shown(trainee.placementOn)}</dd>
          <dt>{t("trainee.assessmentOn")}</dt>
          <dd>
            {shown(trainee.finalAssessmentOn)}
            {trainee.finalAssessmentPassed === null
              ? ""
              : ` – ${trainee.finalAssessmentPassed ? t("trainee.passedYes") : t("trainee.passedNo")}`}
          </dd>
        </dl>
      </section>
    );
  return (
    <>
      <section aria-labelledby="portfolio-title">
        <h2 className="utrecht-heading-2" id="portfolio-title">
          {t("trainee.portfolio")}
        </h2>
        <p className="utrecht-paragraph">{t("trainee.portfolioHint")}</p>
        <Form method="post" className="form" noValidate>
          <Intent value="milestones" />
          <div className="form-row">
            <TextField
              name="lifeStoryOn"
              type="date"
              label={t("trainee.lifeStoryOn")}
              state={state}
              defaultValue={trainee.lifeStoryOn}
            />
            <TextField
              name="reflectionOn"
              type="date"
              label={t("trainee.reflectionOn")}
              state={state}
              defaultValue={trainee.reflectionOn}
            />
            <TextField
              name="placementOn"
              type="date"
              label={t("trainee.placementOn")}
              state={state}
              defaultValue={trainee.placementOn}
            />
          </div>
          <div>
            <SubmitButton>{t("trainee.savePortfolio")}</SubmitButton>
          </div>
        </Form>
      </section>
      <section aria-labelledby="assessment-title">
        <h2 className="utrecht-heading-2" id="assessment-title">
          {t("trainee.assessment")}
        </h2>
        <Form method="post" className="form" noValidate>
          <Intent value="assessment" />
          <TextField
            name="finalAssessmentOn"
            type="date"
            label={t("trainee.assessmentOn")}
            required
            state={state}
            defaultValue={trainee.finalAssessmentOn}
          />
          <ChoiceGroup
            name="finalAssessmentPassed"
            legend={t("trainee.passed")}
            type="radio"
            required
            state={state}
            options={[
              { value: "yes", label: t("trainee.passedYes") },
              { value: "no", label: t("trainee.passedNo") },
            ]}
            defaultValues={
              trainee.finalAssessmentPassed === null ? [] : [trainee.finalAssessmentPassed ? "yes" : "no"]
            }
          />
          <div>
            <SubmitButton>{t("trainee.saveAssessment")}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}

export function CertificateForm({
  trainee,
  state,
  canWrite,
}: {
  trainee: Trainee;
  state: FormState;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation("training");
  if (trainee.status !== "certified" && !(canWrite && trainee.status === "in_training")) return null;
  return (
    <section aria-labelledby="certificate-title">
      <h2 className="utrecht-heading-2" id="certificate-title">
        {t("trainee.certificate")}
      </h2>
      {trainee.certifiedOn ? (
        <p className="utrecht-paragraph">
          {t("trainee.certifiedOn")}: {formatDate(trainee.certifiedOn, i18n.language)}
        </p>
      ) : (
        <Form method="post" className="form" noValidate>
          <Intent value="certify" />
          <TextField
            name="certifiedOn"
            type="date"
            label={t("trainee.certifiedOn")}
            description={t("trainee.certificateHint")}
            required
            state={state}
          />
          <div>
            <SubmitButton>{t("trainee.certify")}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}

export function StopForm({ state }: { state: FormState }) {
  const { t } = useTranslation("training");
  return (
    <section aria-labelledby="stop-title">
      <h2 className="utrecht-heading-2" id="stop-title">
        {t("trainee.stop")}
      </h2>
      <Form method="post" className="form" noValidate>
        <Intent value="stop" />
        <TextField name="stoppedOn" type="date" label={t("trainee.stoppedOn")} required state={state} />
        <TextArea name="stoppedReason" label={t("trainee.stoppedReason")} required rows={2} state={state} />
        <div>
          <SubmitButton secondary>{t("trainee.stopSubmit")}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

export function PoolSection({ trainee, canMove }: { trainee: Trainee; canMove: boolean }) {
  const { t } = useTranslation("training");
  if (!trainee.expertId && trainee.status !== "certified") return null;
  return (
    <section aria-labelledby="pool-title">
      <h2 className="utrecht-heading-2" id="pool-title">
        {t("trainee.pool")}
      </h2>
      {trainee.expertId ? (
        <p className="utrecht-paragraph">
          {t("trainee.inPool")}{" "}
          <Link className="utrecht-link" to={`/pool/${trainee.expertId}`}>
            {t("trainee.poolLink")}
          </Link>
        </p>
      ) : canMove ? (
        <Form method="post" className="form">
          <Intent value="toPool" />
          <p className="utrecht-paragraph">{t("trainee.toPoolHint")}</p>
          <div>
            <SubmitButton>{t("trainee.toPool")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
