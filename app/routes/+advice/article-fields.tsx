import { useTranslation } from "~/i18n/use-translation";
import { type FormState, SelectField, TextArea, TextField } from "~/ui/form";
import { categoryOptions } from "./category-options";

type Defaults = { title: string; body: string; category: string; published: boolean; public: boolean };

function Check({
  name,
  label,
  checked,
  state,
}: {
  name: string;
  label: string;
  checked: boolean;
  state: FormState;
}) {
  const shown = state?.values ? state.values[name] === "on" : checked;
  return (
    <div className="choice">
      <input
        type="checkbox"
        id={name}
        name={name}
        value="on"
        defaultChecked={shown}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
      <label htmlFor={name}>{label}</label>
    </div>
  );
}

/** The fields of an article: title, topic, text, and who may read it. */
export function ArticleFields({ state, defaults }: { state: FormState; defaults?: Defaults }) {
  const { t } = useTranslation("advice");
  return (
    <>
      <TextField
        name="title"
        label={t("article.title")}
        description={t("article.titleHelp")}
        state={state}
        defaultValue={defaults?.title}
        required
      />
      <SelectField
        name="category"
        label={t("article.category")}
        state={state}
        options={categoryOptions(t)}
        emptyLabel={t("article.chooseCategory")}
        defaultValue={defaults?.category}
        required
      />
      <TextArea
        name="body"
        label={t("article.body")}
        description={t("article.bodyHelp")}
        state={state}
        defaultValue={defaults?.body}
        rows={14}
        required
      />
      <fieldset className="utrecht-form-fieldset choice-group form">
        <legend className="utrecht-form-fieldset__legend">{t("article.visibility")}</legend>
        <p className="field__hint">{t("article.publicHelp")}</p>
        <Check
          name="published"
          label={t("article.published")}
          checked={defaults?.published ?? false}
          state={state}
        />
        <Check name="public" label={t("article.public")} checked={defaults?.public ?? false} state={state} />
      </fieldset>
    </>
  );
}
