import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceGroup, FormActions, SubmitButton, TextField } from "~/ui/form";
import { Section } from "~/ui/page";

/** What a gated record is, for the sentence above the reason form. */
export type GatedRecord = "privateNotes" | "coachingNotes" | "benefit" | "zrm" | "benefitZrm";

/**
 * Where a page keeps a sensitive record closed until the reader gives the reason the centre asks for: a
 * plain GET form to the page itself (so it works without JavaScript), keeping the page's own query
 * fields. The route's handle must load the "privacy" namespace.
 */
export function ReadReasonForm({
  action,
  record,
  error,
  keep = {},
  submit,
}: {
  /** The page (and its #fragment) the record is on. */
  action: string;
  record: GatedRecord;
  /** The reason's message (a translation key) when the one given was too short. */
  error: string | null;
  /** Query fields the page needs again (e.g. notes=1). */
  keep?: Record<string, string>;
  submit: string;
}) {
  const { t } = useTranslation("privacy");
  const name = "readReason";
  return (
    <Form method="get" action={action} className="form reason-form" noValidate>
      <p className="utrecht-paragraph">{t(`readReason.closed.${record}`)}</p>
      {Object.entries(keep).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <TextField
        name={name}
        label={t(`readReason.labels.${record}`)}
        description={t("readReason.hint")}
        required
        state={error ? { errors: { [name]: [error] } } : undefined}
      />
      <FormActions>
        <SubmitButton secondary>{submit}</SubmitButton>
      </FormActions>
    </Form>
  );
}

/** On the privacy page: whether readers of sensitive records give a reason first. */
export function ReadReasonSetting({ ask }: { ask: boolean }) {
  const { t } = useTranslation("privacy");
  return (
    <Section title={t("readReason.settingTitle")} id="read-reason">
      <p className="utrecht-paragraph">{t("readReason.settingIntro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="readReason" />
        <ChoiceGroup
          name="askReadReason"
          type="radio"
          legend={t("readReason.legend")}
          options={[
            { value: "yes", label: t("readReason.yes") },
            { value: "no", label: t("readReason.no") },
          ]}
          defaultValues={[ask ? "yes" : "no"]}
          required
        />
        <FormActions>
          <SubmitButton secondary>{t("readReason.save")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
