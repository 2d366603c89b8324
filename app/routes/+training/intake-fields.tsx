import { intakeStatuses } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceGroup, type FormState, TextArea } from "~/ui/form";

export type IntakeValues = {
  ownExperience: boolean;
  experienceBehind: boolean;
  motivated: boolean;
  intakeStatus: string;
  intakeReason: string;
};

/** The three intake criteria, the decision and its reason (a reason is required when not accepted). */
export function IntakeFields({ values, state }: { values: IntakeValues; state: FormState }) {
  const { t } = useTranslation("training");
  const checked = (name: keyof IntakeValues) =>
    state?.values ? state.values[name] === "on" : Boolean(values[name]);
  const criteria = (["ownExperience", "experienceBehind", "motivated"] as const).map((name) => (
    <div className="choice" key={name}>
      <input
        type="checkbox"
        id={name}
        name={name}
        value="on"
        defaultChecked={checked(name)}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
      <label htmlFor={name}>{t(`intake.${name}`)}</label>
    </div>
  ));
  return (
    <>
      <fieldset
        className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group"
        aria-describedby="criteria-description"
      >
        <legend className="utrecht-form-fieldset__legend">{t("intake.criteria")}</legend>
        <p className="utrecht-form-field-description" id="criteria-description">
          {t("intake.criteriaHint")}
        </p>
        <div className="choice-group__options">{criteria}</div>
      </fieldset>
      <ChoiceGroup
        name="intakeStatus"
        legend={t("intake.decision")}
        type="radio"
        required
        state={state}
        options={intakeStatuses.map((s) => ({ value: s, label: t(`intakeStatus.${s}`) }))}
        defaultValues={[values.intakeStatus]}
      />
      <TextArea
        name="intakeReason"
        label={t("intake.reason")}
        description={t("intake.reasonHint")}
        state={state}
        rows={3}
        defaultValue={values.intakeReason}
      />
    </>
  );
}
