import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import type { LogSide } from "~/modules/tandems/values";
import { FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { EmptyState, Section } from "~/ui/page";
import { stateFor } from "./types";

type Line = { id: string; side: LogSide; author: string; body: string; createdAt: Date | string };

/**
 * The shared log: newest first, who wrote each line (which side, their name) and when, with the form
 * for a new line while the tandem is open. The same on the staff page and on the phone page.
 */
export function LogPart({
  log,
  open,
  state,
  intro,
}: {
  log: Line[];
  open: boolean;
  state: FormState;
  intro: string;
}) {
  const { t, i18n } = useTranslation("tandems");
  const own = stateFor(state, "log");
  return (
    <Section title={t("log.title")} id="log">
      <p className="utrecht-paragraph">{intro}</p>
      {open ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="log" />
          <TextArea name="body" label={t("log.body")} state={own} rows={3} required />
          <FormActions>
            <SubmitButton>{t("log.addButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : (
        <p className="utrecht-paragraph muted">{t("log.closed")}</p>
      )}
      {log.length ? (
        <ul className="cards">
          {log.map((line) => (
            <li className="card" key={line.id}>
              <p className="utrecht-paragraph pre-line">{line.body}</p>
              <p className="utrecht-paragraph muted">
                {t("log.by", {
                  side: t(`sides.${line.side}`),
                  name: line.author,
                  date: formatDateTime(line.createdAt, i18n.language),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("log.empty")} />
      )}
    </Section>
  );
}
