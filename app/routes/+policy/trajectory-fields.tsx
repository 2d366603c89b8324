import { useTranslation } from "~/i18n/use-translation";
import { policyPhases } from "~/modules/policy/values";
import { type FormState, SelectField, TextArea, TextField } from "~/ui/form";

type Defaults = {
  clientId?: string;
  topic?: string;
  description?: string;
  startedOn?: string;
  nextStep?: string;
  nextStepOn?: string | null;
};

/** The trajectory form's fields (new and edit); the phase only when it starts. */
export function TrajectoryFields({
  state,
  clients,
  defaults = {},
  withPhase,
}: {
  state: FormState;
  clients: { id: string; name: string }[];
  defaults?: Defaults;
  withPhase?: boolean;
}) {
  const { t } = useTranslation("policy");
  return (
    <>
      <SelectField
        name="clientId"
        label={t("form.client")}
        description={t("form.clientHint")}
        state={state}
        options={clients.map((c) => ({ value: c.id, label: c.name }))}
        emptyLabel=""
        defaultValue={defaults.clientId}
        required
      />
      <TextField
        name="topic"
        label={t("form.topic")}
        description={t("form.topicHint")}
        state={state}
        defaultValue={defaults.topic}
        required
      />
      <TextArea
        name="description"
        label={t("form.description")}
        state={state}
        defaultValue={defaults.description}
        rows={4}
      />
      <TextField
        name="startedOn"
        type="date"
        label={t("form.startedOn")}
        state={state}
        defaultValue={defaults.startedOn}
        required
        short
      />
      {withPhase ? (
        <SelectField
          name="phase"
          label={t("form.phase")}
          state={state}
          options={policyPhases.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
          defaultValue="verkennen"
          required
        />
      ) : null}
      <TextField name="nextStep" label={t("form.nextStep")} state={state} defaultValue={defaults.nextStep} />
      <TextField
        name="nextStepOn"
        type="date"
        label={t("form.nextStepOn")}
        state={state}
        defaultValue={defaults.nextStepOn}
        short
      />
    </>
  );
}
