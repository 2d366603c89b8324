import { useTranslation } from "~/i18n/use-translation";
import { pilotSectors } from "~/modules/grants/values";
import { type FormState, SelectField, TextField } from "~/ui/form";

type Defaults = {
  grantId?: string;
  sector?: string;
  name?: string;
  startsOn?: string | null;
  endsOn?: string | null;
  afterDueOn?: string | null;
};

/** The fields of a pilot, shared by the new and the edit page. */
export function PilotFields({
  state,
  grants,
  defaults = {},
}: {
  state: FormState;
  grants: { id: string; name: string }[];
  defaults?: Defaults;
}) {
  const { t } = useTranslation(["pilots", "grants"]);
  return (
    <>
      <SelectField
        name="grantId"
        label={t("pilots:form.grant")}
        description={t("pilots:form.grantHint")}
        state={state}
        required
        defaultValue={defaults.grantId}
        options={grants.map((g) => ({ value: g.id, label: g.name }))}
      />
      <SelectField
        name="sector"
        label={t("pilots:form.sector")}
        state={state}
        required
        defaultValue={defaults.sector}
        options={pilotSectors.map((s) => ({ value: s, label: t(`grants:sectors.${s}`) }))}
      />
      <TextField
        name="name"
        label={t("pilots:form.name")}
        description={t("pilots:form.nameHint")}
        state={state}
        required
        defaultValue={defaults.name}
      />
      <TextField
        name="startsOn"
        type="date"
        label={t("pilots:form.startsOn")}
        state={state}
        defaultValue={defaults.startsOn}
      />
      <TextField
        name="endsOn"
        type="date"
        label={t("pilots:form.endsOn")}
        state={state}
        defaultValue={defaults.endsOn}
      />
      <TextField
        name="afterDueOn"
        type="date"
        label={t("pilots:form.afterDueOn")}
        description={t("pilots:form.afterDueHint")}
        state={state}
        defaultValue={defaults.afterDueOn}
      />
    </>
  );
}
