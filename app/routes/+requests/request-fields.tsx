import { useTranslation } from "~/i18n/use-translation";
import type { RequestDefaults } from "~/modules/requests/defaults";
import { rowCount } from "~/modules/requests/when";
import {
  ChoiceGroup,
  type FormState,
  type Option,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { Notice } from "~/ui/notice";

export type RequestFormOptions = { workForms: Option[]; themes?: Option[]; areas: Option[] };
type State = (FormState & { addedRow?: boolean }) | undefined;

function rowsShown(state: State, defaults: RequestDefaults): number {
  if (!state?.values) return rowCount(defaults.slots?.length ?? 0, false);
  const indexes = Object.keys(state.values)
    .map((k) => k.match(/^slots\[(\d+)\]/)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number);
  return rowCount(indexes.length ? Math.max(...indexes) + 1 : 0, Boolean(state.addedRow));
}

function FieldMessage({ state, name }: { state: State; name: string }) {
  const { t } = useTranslation();
  const messages = state?.errors?.[name];
  if (!messages?.length) return null;
  return (
    <p className="utrecht-form-field-error-message" id={`${name}-error`}>
      {messages.map((m) => t(m)).join(" ")}
    </p>
  );
}

/** What, when and where: the fields every request form shares (staff, client contact, public form). */
export function RequestFields({
  state,
  options,
  defaults = {},
  showBudget = true,
}: {
  state: State;
  options: RequestFormOptions;
  defaults?: RequestDefaults;
  showBudget?: boolean;
}) {
  const { t } = useTranslation("requests");
  const rows = rowsShown(state, defaults);
  const onlineChecked = state?.values ? state.values.online === "on" : Boolean(defaults.online);
  return (
    <>
      <fieldset className="utrecht-form-fieldset choice-group form">
        <legend className="utrecht-form-fieldset__legend">{t("form.what")}</legend>
        <TextField
          name="title"
          label={t("form.title")}
          description={t("form.titleHelp")}
          state={state}
          defaultValue={defaults.title}
          required
        />
        <TextArea
          name="description"
          label={t("form.description")}
          state={state}
          defaultValue={defaults.description}
        />
        <SelectField
          name="workFormId"
          label={t("form.workForm")}
          state={state}
          options={options.workForms}
          emptyLabel={t("form.noWorkForm")}
          defaultValue={defaults.workFormId}
        />
        {options.themes?.length ? (
          <ChoiceGroup
            name="themeIds"
            legend={t("form.themes")}
            state={state}
            options={options.themes}
            defaultValues={defaults.themeIds}
          />
        ) : null}
      </fieldset>

      <fieldset className="utrecht-form-fieldset choice-group form" aria-describedby="when-help">
        <legend className="utrecht-form-fieldset__legend">{t("form.when")}</legend>
        <p className="utrecht-form-field-description" id="when-help">
          {t("form.whenHelp")}
        </p>
        <FieldMessage state={state} name="when" />
        {state?.addedRow ? (
          <Notice kind="info">
            <p className="utrecht-paragraph">{t("form.rowAdded")}</p>
          </Notice>
        ) : null}
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
          <div className="form-row form-row--slot" key={i}>
            {defaults.slots?.[i]?.id ? (
              <input type="hidden" name={`slots[${i}].id`} value={defaults.slots[i].id} />
            ) : null}
            <TextField
              name={`slots[${i}].date`}
              type="date"
              label={`${t("form.date")} ${i + 1}`}
              state={state}
              defaultValue={defaults.slots?.[i]?.date}
            />
            <TextField
              name={`slots[${i}].start`}
              type="time"
              label={`${t("form.start")} ${i + 1}`}
              state={state}
              defaultValue={defaults.slots?.[i]?.start}
            />
            <TextField
              name={`slots[${i}].end`}
              type="time"
              label={`${t("form.end")} ${i + 1}`}
              state={state}
              defaultValue={defaults.slots?.[i]?.end}
            />
          </div>
        ))}
        <div>
          <SubmitButton name="intent" value="addRow" secondary>
            {t("form.addRow")}
          </SubmitButton>
        </div>
        <p className="utrecht-paragraph">
          <strong>{t("form.period")}</strong>
        </p>
        <div className="form-row">
          <TextField
            name="periodStart"
            type="date"
            label={t("form.periodStart")}
            state={state}
            defaultValue={defaults.periodStart}
          />
          <TextField
            name="periodEnd"
            type="date"
            label={t("form.periodEnd")}
            state={state}
            defaultValue={defaults.periodEnd}
          />
        </div>
      </fieldset>

      <fieldset className="utrecht-form-fieldset choice-group form">
        <legend className="utrecht-form-fieldset__legend">{t("form.where")}</legend>
        <div className="choice">
          <input
            type="checkbox"
            id="online"
            name="online"
            value="on"
            defaultChecked={onlineChecked}
            className="utrecht-checkbox utrecht-checkbox--html-input"
          />
          <label htmlFor="online">{t("form.online")}</label>
        </div>
        <TextField
          name="place"
          label={t("form.place")}
          description={t("form.placeHelp")}
          state={state}
          defaultValue={defaults.place}
        />
        {options.areas.length ? (
          <SelectField
            name="areaId"
            label={t("form.area")}
            state={state}
            options={options.areas}
            emptyLabel={t("form.noArea")}
            defaultValue={defaults.areaId}
          />
        ) : null}
      </fieldset>

      <TextField
        name="expertsNeeded"
        type="number"
        inputMode="numeric"
        min={1}
        max={50}
        label={t("form.expertsNeeded")}
        state={state}
        defaultValue={defaults.expertsNeeded ?? 1}
        required
        short
      />
      {showBudget ? (
        <TextField
          name="budgetNote"
          label={t("form.budgetNote")}
          description={t("form.budgetHelp")}
          state={state}
          defaultValue={defaults.budgetNote}
        />
      ) : null}
    </>
  );
}
