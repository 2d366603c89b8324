import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** What an action answered: messages per field (i18n keys) and the values to show again. */
export type FormState =
  | { errors?: Record<string, string[]>; values?: Record<string, string | string[]>; formError?: string }
  | undefined;

function shownValue(state: FormState, name: string, fallback?: string | number | null): string {
  const v = state?.values?.[name];
  if (typeof v === "string") return v;
  return fallback == null ? "" : String(fallback);
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  const { t } = useTranslation();
  if (!messages?.length) return null;
  return (
    <p className="utrecht-form-field-error-message" id={id}>
      {messages.map((m) => t(m)).join(" ")}
    </p>
  );
}

type FieldProps = {
  name: string;
  label: string;
  state?: FormState;
  description?: string;
  required?: boolean;
};

function describedBy(name: string, hasError: boolean, description?: string) {
  return (
    [description ? `${name}-description` : "", hasError ? `${name}-error` : ""].filter(Boolean).join(" ") ||
    undefined
  );
}

function Label({ name, label, required }: { name: string; label: string; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className="utrecht-form-label" htmlFor={name}>
      {label}
      {required ? null : <span className="field-optional"> ({t("form.optional")})</span>}
    </label>
  );
}

export function TextField({
  name,
  label,
  state,
  description,
  required,
  defaultValue,
  type = "text",
  autoComplete,
  inputMode,
  min,
  max,
  step,
}: FieldProps & {
  defaultValue?: string | number | null;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "time" | "search" | "url";
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel" | "decimal";
  min?: string | number;
  max?: string | number;
  step?: string | number;
}) {
  const messages = state?.errors?.[name];
  return (
    <div className={`utrecht-form-field${messages ? " utrecht-form-field--invalid" : ""}`}>
      <Label name={name} label={label} required={required} />
      {description ? (
        <p className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} messages={messages} />
      <input
        className={`utrecht-textbox utrecht-textbox--html-input${messages ? " utrecht-textbox--invalid" : ""}`}
        id={name}
        name={name}
        type={type}
        required={required}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(name, Boolean(messages), description)}
        defaultValue={type === "password" ? undefined : shownValue(state, name, defaultValue)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
      />
    </div>
  );
}

export function TextArea({
  name,
  label,
  state,
  description,
  required,
  defaultValue,
  rows = 4,
}: FieldProps & { defaultValue?: string | null; rows?: number }) {
  const messages = state?.errors?.[name];
  return (
    <div className={`utrecht-form-field${messages ? " utrecht-form-field--invalid" : ""}`}>
      <Label name={name} label={label} required={required} />
      {description ? (
        <p className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} messages={messages} />
      <textarea
        className="utrecht-textarea utrecht-textarea--html-textarea"
        id={name}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(name, Boolean(messages), description)}
        defaultValue={shownValue(state, name, defaultValue)}
      />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  state,
  description,
  required,
  defaultValue,
  options,
  emptyLabel,
}: FieldProps & { defaultValue?: string | null; options: Option[]; emptyLabel?: string }) {
  const messages = state?.errors?.[name];
  return (
    <div className={`utrecht-form-field${messages ? " utrecht-form-field--invalid" : ""}`}>
      <Label name={name} label={label} required={required} />
      {description ? (
        <p className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} messages={messages} />
      <select
        className="utrecht-select utrecht-select--html-select"
        id={name}
        name={name}
        required={required}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(name, Boolean(messages), description)}
        defaultValue={shownValue(state, name, defaultValue)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes (several choices) or radio buttons (one choice) in a fieldset with a legend. */
export function ChoiceGroup({
  name,
  legend,
  state,
  description,
  options,
  defaultValues = [],
  type = "checkbox",
  required,
}: {
  name: string;
  legend: string;
  state?: FormState;
  description?: string;
  options: Option[];
  defaultValues?: string[];
  type?: "checkbox" | "radio";
  required?: boolean;
}) {
  const messages = state?.errors?.[name];
  const submitted = state?.values?.[name];
  const chosen = submitted === undefined ? (state?.values ? [] : defaultValues) : [submitted].flat();
  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset choice-group${messages ? " utrecht-form-fieldset--invalid" : ""}`}
      aria-describedby={describedBy(name, Boolean(messages), description)}
    >
      <legend className="utrecht-form-fieldset__legend">
        {legend}
        {required ? null : <OptionalMark />}
      </legend>
      {description ? (
        <p className="utrecht-form-field-description" id={`${name}-description`}>
          {description}
        </p>
      ) : null}
      <FieldError id={`${name}-error`} messages={messages} />
      <div className="choice-group__options">
        {options.map((o) => (
          <div className="choice" key={o.value}>
            <input
              type={type}
              id={`${name}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              className={
                type === "checkbox"
                  ? "utrecht-checkbox utrecht-checkbox--html-input"
                  : "utrecht-radio-button utrecht-radio-button--html-input"
              }
            />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function OptionalMark() {
  const { t } = useTranslation();
  return <span className="field-optional"> ({t("form.optional")})</span>;
}

/** Shown at the top of a form that came back with errors; screen readers hear it first. */
export function ErrorSummary({ state }: { state?: FormState }) {
  const { t } = useTranslation();
  if (!state?.errors || (Object.keys(state.errors).length === 0 && !state.formError)) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="alert">
      <p>{state.formError ? t(state.formError) : t("form.errorSummary")}</p>
      {state.errors.form ? <p>{state.errors.form.map((m) => t(m)).join(" ")}</p> : null}
    </div>
  );
}

export function SubmitButton({
  children,
  name,
  value,
  secondary,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  secondary?: boolean;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`utrecht-button ${secondary ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`}
    >
      {children}
    </button>
  );
}
