import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceGroup, FormActions, SubmitButton } from "~/ui/form";
import { Section } from "~/ui/page";

/** On the privacy page: whether readers of the coordinators' notes give a reason first. */
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
