import { useTranslation } from "~/i18n/use-translation";
import { trajectoryStatuses } from "~/modules/coaching/values";
import { type FormState, SelectField, TextArea, TextField } from "~/ui/form";

type Option = { id: string; name: string };
type Defaults = {
  coachUserId?: string;
  startsOn?: string;
  endsOn?: string | null;
  purpose?: string;
  status?: string;
};

/** The trajectory form's fields: the expert only when it starts, the status only when it is changed. */
export function TrajectoryFields({
  state,
  experts,
  coaches,
  defaults = {},
  withStatus,
}: {
  state: FormState;
  experts?: Option[];
  coaches: { userId: string; name: string }[];
  defaults?: Defaults;
  withStatus?: boolean;
}) {
  const { t } = useTranslation("coaching");
  return (
    <>
      {experts ? (
        <SelectField
          name="expertId"
          label={t("form.expert")}
          description={t("form.expertHint")}
          state={state}
          options={experts.map((e) => ({ value: e.id, label: e.name }))}
          emptyLabel=""
          required
        />
      ) : null}
      <SelectField
        name="coachUserId"
        label={t("form.coach")}
        description={t("form.coachHint")}
        state={state}
        options={coaches.map((c) => ({ value: c.userId, label: c.name }))}
        emptyLabel=""
        defaultValue={defaults.coachUserId}
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
        description={t("form.endsOnHint")}
        state={state}
        defaultValue={defaults.endsOn}
        short
      />
      <TextArea
        name="purpose"
        label={t("form.purpose")}
        description={t("form.purposeHint")}
        state={state}
        defaultValue={defaults.purpose}
        rows={3}
      />
      {withStatus ? (
        <SelectField
          name="status"
          label={t("form.status")}
          state={state}
          options={trajectoryStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          defaultValue={defaults.status}
          required
        />
      ) : null}
    </>
  );
}
