import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { policyPhases } from "~/modules/policy/values";
import { DataTable } from "~/ui/data-table";
import { ChoiceGroup, FormActions, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { Section } from "~/ui/page";
import { stateFor, type TrajectoryData } from "./types";

/** The phase form and the history of the phase: who moved it, when. */
export function PhasePart({ data, state }: { data: TrajectoryData; state: FormState }) {
  const { t, i18n } = useTranslation("policy");
  const own = stateFor(state, "phase");
  const tr = data.trajectory;
  return (
    <Section title={t("phase.title")} id="phase" className="card card--accent">
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="phase" />
        <SelectField
          name="phase"
          label={t("phase.phase")}
          state={own}
          options={policyPhases.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
          defaultValue={tr.phase}
          required
        />
        <ChoiceGroup
          name="ended"
          legend={t("ended")}
          state={own}
          options={[{ value: "on", label: t("phase.ended") }]}
          defaultValues={tr.endedOn ? ["on"] : []}
        />
        <TextArea name="note" label={t("phase.note")} state={own} rows={2} />
        <FormActions>
          <SubmitButton>{t("phase.save")}</SubmitButton>
        </FormActions>
      </Form>
      <DataTable
        caption={t("phase.history")}
        rows={data.history}
        rowKey={(h) => h.id}
        columns={[
          {
            key: "when",
            header: t("phase.when"),
            rowHeader: true,
            cell: (h) => formatDateTime(h.at, i18n.language),
          },
          {
            key: "change",
            header: t("phase.change"),
            cell: (h) =>
              [
                h.fromPhase
                  ? t("phase.fromTo", { from: t(`phases.${h.fromPhase}`), to: t(`phases.${h.toPhase}`) })
                  : t("phase.start", { to: t(`phases.${h.toPhase}`) }),
                h.note,
              ]
                .filter(Boolean)
                .join(" · "),
          },
          { key: "by", header: t("phase.by"), cell: (h) => h.by ?? "" },
        ]}
      />
    </Section>
  );
}
