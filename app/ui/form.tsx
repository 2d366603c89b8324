import type { ReactNode } from "react";
import { useTranslation } from "~/i18n/use-translation";

/** What an action answered: messages per field (i18n keys) and the values to show again. */
export type FormState =
  | { errors?: Record<string, string[]>; values?: Record<string, string | string[]>; formError?: string }
  | undefined;

function shownValue(state: FormState, name: string, fallback?: string | number | null): string {
  const v = state?.values?.[name];
  if (typeof v === "string") return v;
  return fallback == null ? "" : String(fallback);
}

type FieldProps = {
  name: string;
  label: string;
  state?: FormState;
  /** A hint under the label: what to fill in, an example. */
  description?: string;
  required?: boolean;
};

function describedBy(name: string, hasError: boolean, description?: string) {
  return (
    [description ? `${name}-hint` : "", hasError ? `${name}-error` : ""].filter(Boolean).join(" ") ||
    undefined
  );
}

function OptionalMark() {
  const { t } = useTranslation();
  return <span className="field-optional"> ({t("form.optional")})</span>;
}

/**
 * The anatomy of every field (GOV.UK, NL Design System): label, hint, error, control, stacked.
 * The error state appears only when the server answered with a message for this field.
 */
function Field({
  name,
  label,
  required,
  description,
  messages,
  children,
}: {
  name: string;
  label: string;
  required?: boolean;
  description?: string;
  messages?: string[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`field utrecht-form-field${messages ? " field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={name}>
        {label}
        {required ? null : <OptionalMark />}
      </label>
      {description ? (
        <p className="field__hint" id={`${name}-hint`}>
          {description}
        </p>
      ) : null}
      {messages?.length ? (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {messages.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function controlProps(name: string, messages: string[] | undefined, description?: string) {
  return {
    id: name,
    name,
    "aria-invalid": messages ? true : undefined,
    "aria-describedby": describedBy(name, Boolean(messages), description),
  };
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
  short,
}: FieldProps & {
  defaultValue?: string | number | null;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "time" | "search" | "url";
  autoComplete?: string;
  inputMode?: "numeric" | "text" | "email" | "tel" | "decimal";
  min?: string | number;
  max?: string | number;
  step?: string | number;
  /** A narrow box for short values (a number, a date, a code). */
  short?: boolean;
}) {
  const messages = state?.errors?.[name];
  return (
    <Field name={name} label={label} required={required} description={description} messages={messages}>
      <input
        className={`utrecht-textbox utrecht-textbox--html-input${short ? " utrecht-textbox--short" : ""}`}
        {...controlProps(name, messages, description)}
        type={type}
        required={required}
        defaultValue={type === "password" ? undefined : shownValue(state, name, defaultValue)}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        step={step}
      />
    </Field>
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
    <Field name={name} label={label} required={required} description={description} messages={messages}>
      <textarea
        className="utrecht-textarea utrecht-textarea--html-textarea"
        {...controlProps(name, messages, description)}
        rows={rows}
        required={required}
        defaultValue={shownValue(state, name, defaultValue)}
      />
    </Field>
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
    <Field name={name} label={label} required={required} description={description} messages={messages}>
      <select
        className="utrecht-select utrecht-select--html-select"
        {...controlProps(name, messages, description)}
        required={required}
        defaultValue={shownValue(state, name, defaultValue)}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * A group of checkboxes (several choices) or radio buttons (one choice) in a fieldset with a legend.
 * The first option carries the group's name as id, so the error summary can link to it.
 */
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
  const { t } = useTranslation();
  const messages = state?.errors?.[name];
  const submitted = state?.values?.[name];
  const chosen = submitted === undefined ? (state?.values ? [] : defaultValues) : [submitted].flat();
  const idOf = (index: number, value: string) => (index === 0 ? name : `${name}-${value}`);
  return (
    <fieldset
      className={`choice-group utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${messages ? " field--invalid" : ""}`}
      aria-describedby={describedBy(name, Boolean(messages), description)}
    >
      <legend className="utrecht-form-fieldset__legend">
        {legend}
        {required ? null : <OptionalMark />}
      </legend>
      {description ? (
        <p className="field__hint" id={`${name}-hint`}>
          {description}
        </p>
      ) : null}
      {messages?.length ? (
        <p className="field__error" id={`${name}-error`}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {messages.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      <div className="choice-group__options">
        {options.map((o, index) => (
          <div className="choice" key={o.value}>
            <input
              type={type}
              id={idOf(index, o.value)}
              name={name}
              value={o.value}
              defaultChecked={chosen.includes(o.value)}
              className={
                type === "checkbox"
                  ? "utrecht-checkbox utrecht-checkbox--html-input"
                  : "utrecht-radio-button utrecht-radio-button--html-input"
              }
            />
            <label htmlFor={idOf(index, o.value)}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Shown at the top of a form that came back with errors (GOV.UK's error summary): a heading, a link to
 * each wrong field, and focus moved to it (autofocus, so it works without JavaScript too).
 */
export function ErrorSummary({ state }: { state?: FormState }) {
  const { t } = useTranslation();
  const errors = Object.entries(state?.errors ?? {}).filter(([, messages]) => messages?.length);
  if (errors.length === 0 && !state?.formError) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 className="utrecht-heading-2" id="error-summary-title">
        {t("form.errorSummaryTitle")}
      </h2>
      {state?.formError ? <p className="utrecht-paragraph">{t(state.formError)}</p> : null}
      {errors.length ? (
        <ul>
          {errors.map(([name, messages]) => (
            <li key={name}>
              {name === "form" ? (
                messages.map((m) => t(m)).join(" ")
              ) : (
                <a href={`#${name}`}>{messages.map((m) => t(m)).join(" ")}</a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
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

/** The row of buttons under a form: the main action first. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="actions form-actions">{children}</div>;
}
