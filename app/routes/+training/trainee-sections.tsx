import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { traineeRecord } from "~/modules/training/trainee.server";
import { ChoiceGroup, FormActions, type FormState, SubmitButton, TextArea, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { Facts as FactList, Section } from "~/ui/page";
import { ReadReasonForm } from "../+privacy/read-reason";
import { IntakeFields } from "./intake-fields";

type Trainee = Awaited<ReturnType<typeof traineeRecord>>;

function Intent({ value }: { value: string }) {
  return <input type="hidden" name="intent" value={value} />;
}

export function Facts({ trainee, reasonError }: { trainee: Trainee; reasonError: string | null }) {
  const { t, i18n } = useTranslation("training");
  const notSet = <span className="muted">{t("trainee.notSet")}</span>;
  const yesNo = (v: boolean) => (v ? t("common:yes") : t("common:no"));
  return (
    <Section title={t("trainee.facts")} id="facts">
      <FactList
        items={[
          { label: t("trainee.cohort"), value: trainee.cohortName },
          {
            label: t("cohort.intake"),
            value: `${t(`intakeStatus.${trainee.intakeStatus}`)}${trainee.intakeReason ? ` – ${trainee.intakeReason}` : ""}`,
          },
          { label: t("intake.ownExperience"), value: yesNo(trainee.ownExperience) },
          { label: t("intake.experienceBehind"), value: yesNo(trainee.experienceBehind) },
          { label: t("intake.motivated"), value: yesNo(trainee.motivated) },
          { label: t("candidate.email"), value: trainee.email ?? notSet },
          { label: t("candidate.phone"), value: trainee.phone ?? notSet },
          { label: t("candidate.province"), value: trainee.province ?? notSet },
          {
            label: t("candidate.situationBefore"),
            value: trainee.situationBefore ? t(`situation.${trainee.situationBefore}`) : notSet,
          },
          {
            label: t("candidate.benefitBefore"),
            value: trainee.benefitHidden ? (
              <span className="muted">{t("privacy:readReason.hidden")}</span>
            ) : (
              (trainee.benefitBefore ?? notSet)
            ),
          },
          ...(trainee.stoppedOn
            ? [
                {
                  label: t("trainee.stoppedOn"),
                  value: `${formatDate(trainee.stoppedOn, i18n.language)}${trainee.stoppedReason ? ` – ${trainee.stoppedReason}` : ""}`,
                },
              ]
            : []),
        ]}
      />
      {trainee.benefitHidden ? (
        <ReadReasonForm
          action={`/training/trainees/${trainee.id}#facts`}
          record="benefit"
          error={reasonError}
          submit={t("privacy:readReason.show")}
        />
      ) : null}
    </Section>
  );
}

export function IntakeForm({ trainee, state }: { trainee: Trainee; state: FormState }) {
  const { t } = useTranslation("training");
  return (
    <Section title={t("intake.title")} id="intake">
      <Form method="post" className="form" noValidate>
        <Intent value="intake" />
        <IntakeFields values={trainee} state={state} />
        <FormActions>
          <SubmitButton>{t("intake.save")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
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
      <Section title={t("trainee.portfolio")} id="portfolio">
        <FactList
          items={[
            { label: t("trainee.lifeStoryOn"), value: shown(trainee.lifeStoryOn) },
            { label: t("trainee.reflectionOn"), value: shown(trainee.reflectionOn) },
            { label: t("trainee.placementOn"), value: shown(trainee.placementOn) },
            {
              label: t("trainee.assessmentOn"),
              value: (
                <>
                  {shown(trainee.finalAssessmentOn)}
                  {trainee.finalAssessmentPassed === null
                    ? ""
                    : ` – ${trainee.finalAssessmentPassed ? t("trainee.passedYes") : t("trainee.passedNo")}`}
                </>
              ),
            },
          ]}
        />
      </Section>
    );
  return (
    <>
      <Section title={t("trainee.portfolio")} id="portfolio">
        <p className="utrecht-paragraph">{t("trainee.portfolioHint")}</p>
        <Form method="post" className="form form--wide" noValidate>
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
          <FormActions>
            <SubmitButton>{t("trainee.savePortfolio")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
      <Section title={t("trainee.assessment")} id="assessment">
        <Form method="post" className="form" noValidate>
          <Intent value="assessment" />
          <TextField
            name="finalAssessmentOn"
            type="date"
            label={t("trainee.assessmentOn")}
            required
            short
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
          <FormActions>
            <SubmitButton>{t("trainee.saveAssessment")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
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
    <Section title={t("trainee.certificate")} id="certificate">
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
            short
            state={state}
          />
          <FormActions>
            <SubmitButton>{t("trainee.certify")}</SubmitButton>
          </FormActions>
        </Form>
      )}
    </Section>
  );
}

export function StopForm({ state }: { state: FormState }) {
  const { t } = useTranslation("training");
  return (
    <Section title={t("trainee.stop")} id="stop">
      <Form method="post" className="form" noValidate>
        <Intent value="stop" />
        <TextField name="stoppedOn" type="date" label={t("trainee.stoppedOn")} required short state={state} />
        <TextArea name="stoppedReason" label={t("trainee.stoppedReason")} required rows={2} state={state} />
        <FormActions>
          <SubmitButton secondary>{t("trainee.stopSubmit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

export function PoolSection({ trainee, canMove }: { trainee: Trainee; canMove: boolean }) {
  const { t } = useTranslation("training");
  if (!trainee.expertId && trainee.status !== "certified") return null;
  return (
    <Section title={t("trainee.pool")} id="pool">
      {trainee.expertId ? (
        <p className="utrecht-paragraph">
          {t("trainee.inPool")}{" "}
          <Link className="utrecht-link" to={`/pool/${trainee.expertId}`}>
            {t("trainee.poolLink")}
          </Link>
        </p>
      ) : canMove ? (
        <>
          <p className="utrecht-paragraph">{t("trainee.toPoolHint")}</p>
          <IntentButton intent="toPool">{t("trainee.toPool")}</IntentButton>
        </>
      ) : null}
    </Section>
  );
}
