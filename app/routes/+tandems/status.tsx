import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Section, StatusBadge } from "~/ui/page";
import { stateFor, type TandemData, tandemTone } from "./types";

/** The tandem's status and what staff can do now: start, end, or stop early (with a reason). */
export function StatusPart({ data, state }: { data: TandemData; state: FormState }) {
  const { t } = useTranslation("tandems");
  const { status } = data.tandem;
  const own = stateFor(state, "stop");
  return (
    <Section title={t("status.title")} id="status" className="card card--accent">
      <p className="utrecht-paragraph">
        <StatusBadge tone={tandemTone(status)}>{t(`statuses.${status}`)}</StatusBadge> {t(`status.${status}`)}
      </p>
      {data.actions.includes("start") || data.actions.includes("end") ? (
        <div className="actions">
          {data.actions.includes("start") ? (
            <IntentButton intent="start">{t("status.start")}</IntentButton>
          ) : null}
          {data.actions.includes("end") ? <IntentButton intent="end">{t("status.end")}</IntentButton> : null}
        </div>
      ) : null}
      {data.actions.includes("stop") ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="stop" />
          <TextArea name="reason" label={t("status.reason")} state={own} rows={2} />
          <FormActions>
            <SubmitButton secondary>{t("status.stop")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}
