import { sectors } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { type FormState, type Option, SelectField, TextArea, TextField } from "~/ui/form";

export type ClientDefaults = {
  name?: string;
  sector?: string;
  areaId?: string | null;
  address?: string;
  notes?: string;
};

/** The fields of the client form (new and edit). */
export function ClientFields({
  state,
  areas,
  defaults = {},
}: {
  state: FormState;
  areas: Option[];
  defaults?: ClientDefaults;
}) {
  const { t } = useTranslation("clients");
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
        options={sectors.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        defaultValue={defaults.sector ?? "municipality"}
        required
      />
      {areas.length ? (
        <SelectField
          name="areaId"
          label={t("form.area")}
          state={state}
          options={areas}
          emptyLabel={t("form.noArea")}
          defaultValue={defaults.areaId}
        />
      ) : null}
      <TextField name="address" label={t("form.address")} state={state} defaultValue={defaults.address} />
      <TextArea
        name="notes"
        label={t("form.notes")}
        description={t("form.notesHelp")}
        state={state}
        defaultValue={defaults.notes}
      />
    </>
  );
}

/** The fields of a contact person (add and edit; the page shows one of these forms at a time). */
export function ContactFields({
  state,
  defaults = {},
}: {
  state: FormState;
  defaults?: { name?: string; email?: string; phone?: string; jobTitle?: string };
}) {
  const { t } = useTranslation("clients");
  return (
    <>
      <TextField name="name" label={t("contact.name")} state={state} defaultValue={defaults.name} required />
      <TextField
        name="email"
        type="email"
        label={t("contact.email")}
        state={state}
        defaultValue={defaults.email}
        required
      />
      <TextField
        name="phone"
        type="tel"
        label={t("contact.phone")}
        state={state}
        defaultValue={defaults.phone}
      />
      <TextField
        name="jobTitle"
        label={t("contact.jobTitle")}
        state={state}
        defaultValue={defaults.jobTitle}
      />
    </>
  );
}
