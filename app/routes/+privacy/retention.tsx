import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import type { RetentionPeriods } from "~/modules/privacy/retention.server";
import { type RetentionKind, retentionKindList } from "~/modules/privacy/values";
import { FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { Section } from "~/ui/page";

/** On the privacy page: how long each kind of record is kept, and what the last daily clean-up did. */
export function Retention({
  periods,
  last,
  state,
}: {
  periods: RetentionPeriods;
  last: { at: Date | string; counts: Record<RetentionKind, number> } | null;
  state: FormState | undefined;
}) {
  const { t, i18n } = useTranslation("privacy");
  return (
    <Section title={t("retention.title")} id="retention">
      <p className="utrecht-paragraph">{t("retention.intro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="retention" />
        {retentionKindList.map((kind) => (
          <TextField
            key={kind}
            name={kind}
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            short
            required
            label={t(`retention.kinds.${kind}.label`)}
            description={t(`retention.kinds.${kind}.hint`)}
            defaultValue={periods[kind]}
            state={state}
          />
        ))}
        <FormActions>
          <SubmitButton secondary>{t("retention.save")}</SubmitButton>
        </FormActions>
      </Form>
      <p className="utrecht-paragraph">
        {last
          ? t("retention.last", {
              at: formatDateTime(last.at, i18n.language),
              counts: retentionKindList
                .map((kind) => `${t(`retention.kinds.${kind}.short`)} ${last.counts[kind] ?? 0}`)
                .join(", "),
            })
          : t("retention.never")}
      </p>
    </Section>
  );
}
