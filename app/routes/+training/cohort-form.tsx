import { Form } from "react-router";
import { cohortKinds } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";

export type CohortFormValues = {
  name: string;
  kind: string;
  trainingPartner: string;
  location: string;
  province: string | null;
  startsOn: string;
  endsOn: string;
  grantId: string | null;
};

export const emptyCohort: CohortFormValues = {
  name: "",
  kind: "keuzedeel",
  trainingPartner: "",
  location: "",
  province: null,
  startsOn: "",
  endsOn: "",
  grantId: null,
};

/** The cohort form (new and edit); works without JavaScript. */
export function CohortForm({
  values,
  state,
  grants,
  cancelTo,
}: {
  values: CohortFormValues;
  state: FormState;
  grants: { id: string; name: string }[];
  cancelTo: string;
}) {
  const { t } = useTranslation("training");
  return (
    <Form method="post" className="form" noValidate>
      <ErrorSummary state={state} />
      <TextField
        name="name"
        label={t("form.name")}
        description={t("form.nameHint")}
        required
        state={state}
        defaultValue={values.name}
      />
      <SelectField
        name="kind"
        label={t("form.kind")}
        required
        state={state}
        defaultValue={values.kind}
        options={cohortKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
      />
      <TextField
        name="trainingPartner"
        label={t("form.partner")}
        description={t("form.partnerHint")}
        state={state}
        defaultValue={values.trainingPartner}
      />
      <div className="form-row">
        <TextField name="location" label={t("form.location")} state={state} defaultValue={values.location} />
        <TextField name="province" label={t("form.province")} state={state} defaultValue={values.province} />
      </div>
      <div className="form-row">
        <TextField
          name="startsOn"
          type="date"
          label={t("form.startsOn")}
          required
          state={state}
          defaultValue={values.startsOn}
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("form.endsOn")}
          description={t("form.endsOnHint")}
          state={state}
          defaultValue={values.endsOn}
        />
      </div>
      <SelectField
        name="grantId"
        label={t("form.grant")}
        state={state}
        defaultValue={values.grantId}
        emptyLabel={t("form.noGrant")}
        options={grants.map((g) => ({ value: g.id, label: g.name }))}
      />
      <FormActions>
        <SubmitButton>{t("form.save")}</SubmitButton>
        <Link className="utrecht-link" to={cancelTo}>
          {t("form.cancel")}
        </Link>
      </FormActions>
    </Form>
  );
}
