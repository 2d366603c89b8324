import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { Section } from "~/ui/page";
import { type PilotData, stateFor } from "./types";

/** The statements as one form: each text (fixed once answered), whether it is asked, and one more. */
export function StatementsPart({ data, state }: { data: PilotData; state: FormState }) {
  const { t } = useTranslation("pilots");
  const mine = stateFor(state, "statements");
  const checked = (id: string, active: boolean) =>
    mine?.values ? mine.values[`active_${id}`] === "on" : active;
  return (
    <Section title={t("statements.title")} id="statements">
      <p className="utrecht-paragraph">{t("statements.intro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="statements" />
        {data.statements.map((s, n) => (
          <div key={s.id}>
            {s.answers > 0 ? (
              <>
                <input type="hidden" name={`text_${s.id}`} value={s.text} />
                <p className="utrecht-paragraph">
                  <strong>{t("statements.text", { n: n + 1 })}:</strong> {s.text}{" "}
                  <span className="muted">
                    ({t("statements.answers", { count: s.answers })}. {t("statements.answered")})
                  </span>
                </p>
              </>
            ) : (
              <TextArea
                name={`text_${s.id}`}
                label={t("statements.text", { n: n + 1 })}
                state={mine}
                defaultValue={s.text}
                rows={2}
                required
              />
            )}
            <div className="choice">
              <input
                type="checkbox"
                id={`active_${s.id}`}
                name={`active_${s.id}`}
                value="on"
                defaultChecked={checked(s.id, s.active)}
                className="utrecht-checkbox utrecht-checkbox--html-input"
              />
              <label htmlFor={`active_${s.id}`}>{t("statements.activeLabel", { n: n + 1 })}</label>
            </div>
          </div>
        ))}
        <TextArea
          name="newStatement"
          label={t("statements.add")}
          description={t("statements.addHint")}
          state={mine}
          rows={2}
        />
        <FormActions>
          <SubmitButton>{t("statements.save")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
