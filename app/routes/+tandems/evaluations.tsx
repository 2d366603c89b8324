import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { evaluationScores, evaluationSides } from "~/modules/tandems/values";
import { ChoiceGroup, FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { Facts, Section } from "~/ui/page";
import type { OwnTandemData, TandemData } from "./types";

type Evaluation = { score: number; comment: string } | null;

function EvaluationText({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation("tandems");
  if (!evaluation) return <span className="muted">{t("evaluations.pending")}</span>;
  return (
    <>
      <strong>{t("evaluations.scoreText", { score: evaluation.score })}</strong>
      {evaluation.comment ? <span className="pre-line"> · {evaluation.comment}</span> : null}
    </>
  );
}

/** Staff: both sides' evaluations, or that they are still to come. */
export function EvaluationsPart({ data }: { data: TandemData }) {
  const { t } = useTranslation("tandems");
  return (
    <Section title={t("evaluations.title")} id="evaluations">
      <p className="utrecht-paragraph">{t("evaluations.intro")}</p>
      <Facts
        items={evaluationSides.map((side) => ({
          key: side,
          label: t(`sides.${side}`),
          value: <EvaluationText evaluation={data.evaluations[side]} />,
        }))}
      />
    </Section>
  );
}

/** Phone: one's own evaluation, the form when it is due, or that it comes at the end. */
export function OwnEvaluationPart({ data, state }: { data: OwnTandemData; state: FormState }) {
  const { t } = useTranslation("tandems");
  const voice = data.side === "professional" ? "u" : "je";
  const own = state?.values?.intent === "evaluate" ? state : undefined;
  return (
    <Section title={t(`own.${voice}.evaluation`)} id="evaluation">
      {data.evaluation ? (
        <>
          <p className="utrecht-paragraph">
            {t(`own.${voice}.evaluationDone`, { score: data.evaluation.score })}
          </p>
          {data.evaluation.comment ? (
            <p className="utrecht-paragraph pre-line">{data.evaluation.comment}</p>
          ) : null}
        </>
      ) : data.mayEvaluate ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="evaluate" />
          <p className="utrecht-paragraph">{t(`own.${voice}.evaluationAsk`)}</p>
          <ChoiceGroup
            name="score"
            type="radio"
            legend={t("evaluations.score")}
            state={own}
            options={evaluationScores.map((s) => ({ value: s, label: t(`scores.${s}`) }))}
            required
          />
          <TextArea name="comment" label={t("evaluations.comment")} state={own} rows={3} />
          <FormActions>
            <SubmitButton>{t(`own.${voice}.send`)}</SubmitButton>
          </FormActions>
        </Form>
      ) : (
        <p className="utrecht-paragraph">{t(`own.${voice}.evaluationLater`)}</p>
      )}
    </Section>
  );
}
