import { useTranslation } from "~/i18n/use-translation";
import { type FormState, SelectField, TextArea, TextField } from "~/ui/form";

type Options = {
  clients: { id: string; name: string }[];
  experts: { id: string; name: string }[];
  contacts: { id: string; name: string; client: string; hasLogin: boolean }[];
};

type Defaults = {
  clientId?: string;
  expertId?: string;
  contactId?: string | null;
  professionalName?: string;
  professionalEmail?: string;
  professionalRole?: string;
  purpose?: string;
  startsOn?: string;
  endsOn?: string;
};

/** The tandem form's fields (new and edit): the client, the expert, the professional, purpose and dates. */
export function TandemFields({
  state,
  options,
  defaults = {},
}: {
  state: FormState;
  options: Options;
  defaults?: Defaults;
}) {
  const { t } = useTranslation("tandems");
  return (
    <>
      <SelectField
        name="clientId"
        label={t("form.client")}
        description={t("form.clientHint")}
        state={state}
        options={options.clients.map((c) => ({ value: c.id, label: c.name }))}
        emptyLabel=""
        defaultValue={defaults.clientId}
        required
      />
      <SelectField
        name="expertId"
        label={t("form.expert")}
        state={state}
        options={options.experts.map((e) => ({ value: e.id, label: e.name }))}
        emptyLabel=""
        defaultValue={defaults.expertId}
        required
      />
      <fieldset className="utrecht-form-fieldset choice-group form">
        <legend className="utrecht-form-fieldset__legend">{t("form.professionalLegend")}</legend>
        <SelectField
          name="contactId"
          label={t("form.contact")}
          description={t("form.contactHint")}
          state={state}
          options={options.contacts.map((c) => ({
            value: c.id,
            label: t(c.hasLogin ? "form.contactWithLogin" : "form.contactOption", {
              name: c.name,
              client: c.client,
            }),
          }))}
          emptyLabel={t("form.contactNone")}
          defaultValue={defaults.contactId}
        />
        <TextField
          name="professionalName"
          label={t("form.professionalName")}
          description={t("form.professionalNameHint")}
          state={state}
          defaultValue={defaults.professionalName}
        />
        <TextField
          name="professionalEmail"
          type="email"
          label={t("form.professionalEmail")}
          state={state}
          defaultValue={defaults.professionalEmail}
        />
        <TextField
          name="professionalRole"
          label={t("form.professionalRole")}
          state={state}
          defaultValue={defaults.professionalRole}
        />
      </fieldset>
      <TextArea
        name="purpose"
        label={t("form.purpose")}
        description={t("form.purposeHint")}
        state={state}
        defaultValue={defaults.purpose}
        rows={3}
        required
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("form.startsOn")}
        state={state}
        defaultValue={defaults.startsOn}
        required
        short
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("form.endsOn")}
        state={state}
        defaultValue={defaults.endsOn}
        required
        short
      />
    </>
  );
}
