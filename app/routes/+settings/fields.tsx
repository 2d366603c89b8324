import { useTranslation } from "~/i18n/use-translation";

/** What the settings page's action answers: which form (target) went wrong, and the messages. */
export type SettingsState =
  | {
      target?: string;
      errors?: Record<string, string[]>;
      values?: Record<string, string | string[]>;
      formError?: string;
    }
  | undefined;

/**
 * Which of the page's small forms was sent, from what it sent back (its intent and ids): its messages
 * show next to it, and nowhere else.
 */
export function targetOf(values: Record<string, string | string[]> | undefined): string | undefined {
  const one = (key: string) => {
    const value = values?.[key];
    return typeof value === "string" ? value : "";
  };
  switch (one("intent")) {
    case "add":
      return `add-${one("kind")}`;
    case "rename":
    case "toggle":
      return `rename-${one("id")}`;
    case "addArea":
      return "area-new";
    case "updateArea":
      return `area-${one("id")}`;
    case "removeArea":
      return `remove-${one("id")}`;
    case "contact":
      return "contact";
    case "brand":
      return "brand";
    default:
      return undefined;
  }
}

/** The action's answer with the form it belongs to. */
export function settingsState(
  state:
    | { errors?: Record<string, string[]>; values?: Record<string, string | string[]>; formError?: string }
    | undefined,
): SettingsState {
  return state ? { ...state, target: targetOf(state.values) } : undefined;
}

/**
 * A labelled input whose id is unique on the page (the settings page has many small forms with a
 * field called "name"). Messages show only for the form that was sent (`target`).
 */
export function Field({
  form,
  name,
  label,
  state,
  defaultValue,
  hideLabel,
  required,
  inputMode,
  description,
}: {
  form: string;
  name: string;
  label: string;
  state: SettingsState;
  defaultValue?: string | number | null;
  hideLabel?: boolean;
  required?: boolean;
  inputMode?: "decimal" | "text";
  description?: string;
}) {
  const { t } = useTranslation();
  const id = `${form}-${name}`;
  const mine = state?.target === form;
  const messages = mine ? state?.errors?.[name] : undefined;
  const shown = mine && typeof state?.values?.[name] === "string" ? state.values[name] : (defaultValue ?? "");
  const describedBy =
    [description ? `${id}-description` : "", messages ? `${id}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={`utrecht-form-field${messages ? " utrecht-form-field--invalid" : ""}`}>
      <label className={`utrecht-form-label${hideLabel ? " visually-hidden" : ""}`} htmlFor={id}>
        {label}
        {required || hideLabel ? null : <span className="field-optional"> ({t("form.optional")})</span>}
      </label>
      {description ? (
        <p className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </p>
      ) : null}
      {messages ? (
        <p className="utrecht-form-field-error-message" id={`${id}-error`}>
          {messages.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      <input
        className="utrecht-textbox utrecht-textbox--html-input"
        id={id}
        name={name}
        type="text"
        inputMode={inputMode}
        required={required}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy}
        defaultValue={String(shown)}
      />
    </div>
  );
}

/** The message of a whole small form (e.g. "this area is still in use"), shown next to it. */
export function FormMessage({ form, state }: { form: string; state: SettingsState }) {
  const { t } = useTranslation();
  if (state?.target !== form || !state.formError) return null;
  // a message that belongs to a field is shown next to that field already
  if (Object.keys(state.errors ?? {}).length > 0) return null;
  return (
    <p className="utrecht-form-field-error-message" role="alert">
      {t(state.formError)}
    </p>
  );
}
