import { useTranslation } from "~/i18n/use-translation";
import type { FormState } from "~/ui/form";

/**
 * A select whose name may hold a dot (zrm.housing): the id uses a dash. Optional when it has an empty choice.
 * The same anatomy as ~/ui/form's SelectField (label, error, control stacked).
 */
export function Select({
  name,
  label,
  options,
  state,
  defaultValue,
  emptyLabel,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  state?: FormState;
  defaultValue?: string;
  emptyLabel?: string;
}) {
  const { t } = useTranslation();
  const messages = state?.errors?.[name];
  const value = state?.values?.[name];
  const id = name.replace(".", "-");
  return (
    <div className={`field utrecht-form-field${messages ? " field--invalid" : ""}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
        {emptyLabel !== undefined ? <span className="field-optional"> ({t("form.optional")})</span> : null}
      </label>
      {messages ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("form.errorPrefix")} </span>
          {messages.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      <select
        className="utrecht-select utrecht-select--html-select"
        id={id}
        name={name}
        aria-invalid={messages ? true : undefined}
        aria-describedby={messages ? `${id}-error` : undefined}
        defaultValue={typeof value === "string" ? value : (defaultValue ?? "")}
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
