import { employerStages, sectors } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { type FormState, type Option, SelectField, TextArea, TextField } from "~/ui/form";

export type EmployerDefaults = {
  name?: string;
  sector?: string;
  clientId?: string | null;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  infoMeetingOn?: string | null;
  materialSentOn?: string | null;
  nextAction?: string;
  nextActionOn?: string | null;
  notes?: string;
};

/** The fields of the employer form (new and edit; the stage only when the employer is new). */
export function EmployerFields({
  state,
  clients,
  defaults = {},
  withStage,
}: {
  state: FormState;
  clients: Option[];
  defaults?: EmployerDefaults;
  withStage?: boolean;
}) {
  const { t } = useTranslation(["employers", "clients"]);
  return (
    <>
      <TextField
        name="name"
        label={t("form.name")}
        state={state}
        defaultValue={defaults.name}
        required
        autoComplete="organization"
      />
      <SelectField
        name="sector"
        label={t("form.sector")}
        state={state}
        options={sectors.map((s) => ({ value: s, label: t(`clients:sectors.${s}`) }))}
        defaultValue={defaults.sector ?? "company"}
        required
      />
      {clients.length ? (
        <SelectField
          name="clientId"
          label={t("form.client")}
          description={t("form.clientHelp")}
          state={state}
          options={clients}
          defaultValue={defaults.clientId}
          emptyLabel={t("form.noClient")}
        />
      ) : null}
      {withStage ? (
        <SelectField
          name="stage"
          label={t("form.stage")}
          state={state}
          options={employerStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
          defaultValue="informed"
          required
        />
      ) : null}
      <TextField
        name="contactName"
        label={t("form.contactName")}
        state={state}
        defaultValue={defaults.contactName}
        autoComplete="off"
      />
      <TextField
        name="contactEmail"
        type="email"
        label={t("form.contactEmail")}
        state={state}
        defaultValue={defaults.contactEmail}
        autoComplete="off"
      />
      <TextField
        name="contactPhone"
        type="tel"
        label={t("form.contactPhone")}
        state={state}
        defaultValue={defaults.contactPhone}
        autoComplete="off"
      />
      <TextField
        name="infoMeetingOn"
        type="date"
        short
        label={t("form.infoMeetingOn")}
        state={state}
        defaultValue={defaults.infoMeetingOn}
      />
      <TextField
        name="materialSentOn"
        type="date"
        short
        label={t("form.materialSentOn")}
        state={state}
        defaultValue={defaults.materialSentOn}
      />
      <NextStepFields state={state} defaults={defaults} />
      <TextArea name="notes" label={t("form.notes")} state={state} defaultValue={defaults.notes} />
    </>
  );
}

/** What happens next and by when (also in the stage form on the employer's page). */
export function NextStepFields({
  state,
  defaults = {},
}: {
  state: FormState;
  defaults?: Pick<EmployerDefaults, "nextAction" | "nextActionOn">;
}) {
  const { t } = useTranslation("employers");
  return (
    <>
      <TextField
        name="nextAction"
        label={t("form.nextAction")}
        description={t("form.nextActionHelp")}
        state={state}
        defaultValue={defaults.nextAction}
      />
      <TextField
        name="nextActionOn"
        type="date"
        short
        label={t("form.nextActionOn")}
        state={state}
        defaultValue={defaults.nextActionOn}
      />
    </>
  );
}
