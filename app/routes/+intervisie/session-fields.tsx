import { useTranslation } from "~/i18n/use-translation";
import { intervisieMethods } from "~/modules/intervisie/values";
import { ChoiceGroup, type FormState, type Option, SelectField, TextField } from "~/ui/form";

export type SessionDefaults = {
  day?: string;
  from?: string;
  until?: string;
  online?: boolean;
  place?: string;
  onlineLink?: string;
  method?: string;
  facilitatorUserId?: string | null;
  facilitatorName?: string;
};

/** The fields of a session: when, a place or online with a link, the method and who leads it. */
export function SessionFields({
  state,
  staff,
  defaults = {},
}: {
  state: FormState;
  staff: Option[];
  defaults?: SessionDefaults;
}) {
  const { t } = useTranslation("intervisie");
  return (
    <>
      <TextField
        name="day"
        type="date"
        label={t("session.day")}
        state={state}
        defaultValue={defaults.day}
        required
        short
      />
      <TextField
        name="from"
        type="time"
        label={t("session.from")}
        state={state}
        defaultValue={defaults.from}
        required
        short
      />
      <TextField
        name="until"
        type="time"
        label={t("session.until")}
        state={state}
        defaultValue={defaults.until}
        required
        short
      />
      <TextField
        name="place"
        label={t("session.place")}
        description={t("session.placeHint")}
        state={state}
        defaultValue={defaults.place}
      />
      <ChoiceGroup
        name="online"
        legend={t("session.online")}
        state={state}
        defaultValues={defaults.online ? ["on"] : []}
        options={[{ value: "on", label: t("session.onlineOption") }]}
      />
      <TextField
        name="onlineLink"
        type="url"
        label={t("session.onlineLink")}
        description={t("session.onlineLinkHint")}
        state={state}
        defaultValue={defaults.onlineLink}
      />
      <SelectField
        name="method"
        label={t("session.method")}
        state={state}
        defaultValue={defaults.method ?? "incidentmethode"}
        options={intervisieMethods.map((m) => ({ value: m, label: t(`methods.${m}`) }))}
        required
      />
      <SelectField
        name="facilitatorUserId"
        label={t("session.facilitatorUser")}
        state={state}
        defaultValue={defaults.facilitatorUserId ?? ""}
        options={staff}
        emptyLabel={t("session.nobody")}
      />
      <TextField
        name="facilitatorName"
        label={t("session.facilitatorName")}
        state={state}
        defaultValue={defaults.facilitatorName}
      />
    </>
  );
}
