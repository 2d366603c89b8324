import { useTranslation } from "~/i18n/use-translation";
import { groupKinds } from "~/modules/intervisie/values";
import { ChoiceGroup, type FormState, type Option, SelectField, TextField } from "~/ui/form";

export type GroupDefaults = {
  name?: string;
  kind?: string;
  area?: string;
  employerId?: string | null;
  active?: boolean;
};

/** The fields of a group: name, per region (the area) or per employer (which one). */
export function GroupFields({
  state,
  employers,
  defaults = {},
  withActive,
}: {
  state: FormState;
  employers: Option[];
  defaults?: GroupDefaults;
  withActive?: boolean;
}) {
  const { t } = useTranslation("intervisie");
  return (
    <>
      <TextField
        name="name"
        label={t("form.name")}
        description={t("form.nameHint")}
        state={state}
        defaultValue={defaults.name}
        required
      />
      <ChoiceGroup
        name="kind"
        type="radio"
        legend={t("form.kind")}
        state={state}
        defaultValues={[defaults.kind ?? "region"]}
        options={groupKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        required
      />
      <TextField
        name="area"
        label={t("form.area")}
        description={t("form.areaHint")}
        state={state}
        defaultValue={defaults.area}
      />
      <SelectField
        name="employerId"
        label={t("form.employer")}
        description={t("form.employerHint")}
        state={state}
        defaultValue={defaults.employerId ?? ""}
        options={employers}
        emptyLabel=""
      />
      {withActive ? (
        <ChoiceGroup
          name="active"
          legend={t("form.active")}
          state={state}
          defaultValues={defaults.active ? ["on"] : []}
          options={[{ value: "on", label: t("form.active") }]}
        />
      ) : null}
    </>
  );
}
