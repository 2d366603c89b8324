import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import type { AdviceStatus } from "~/modules/advice/values";
import { FormActions, type FormState, type Option, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";

type Question = { status: AdviceStatus; assignedTo: string | null; askerEmail: string; answer: string };

/** Give the question to a team member (new or assigned questions). */
export function AssignForm({ q, team, state }: { q: Question; team: Option[]; state: FormState }) {
  const { t } = useTranslation("advice");
  if (q.status !== "new" && q.status !== "assigned") return null;
  const own = state?.values?.intent === "assign" ? state : undefined;
  return (
    <Section title={t("detail.assignTitle")} id="assign">
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="assign" />
        <SelectField
          name="assignedTo"
          label={t("detail.assignTo")}
          state={own}
          options={team}
          defaultValue={q.assignedTo}
          emptyLabel={t("detail.choose")}
          required
        />
        <FormActions>
          <SubmitButton secondary>{t("detail.assign")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** Write the answer; it is mailed to the asker. */
export function AnswerForm({ q, state }: { q: Question; state: FormState }) {
  const { t } = useTranslation("advice");
  if (q.status !== "new" && q.status !== "assigned") return null;
  const own = state?.values?.intent === "answer" ? state : undefined;
  return (
    <Section title={t("detail.answerTitle")} id="answer" className="card card--accent">
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="answer" />
        <TextArea
          name="answer"
          label={t("detail.answer")}
          description={t("detail.answerHelp", { email: q.askerEmail })}
          state={own}
          rows={10}
          required
        />
        <FormActions>
          <SubmitButton>{t("detail.send")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** Close, or open again; and make an article of a good answer. */
export function CloseAndArticle({
  q,
  articles,
}: {
  q: Question;
  articles: { id: string; title: string; published: boolean }[];
}) {
  const { t } = useTranslation("advice");
  return (
    <>
      {q.answer ? (
        <Section title={t("detail.articleTitle")} id="article">
          <p className="utrecht-paragraph">{t("detail.articleHelp")}</p>
          {articles.length ? (
            <>
              <p className="utrecht-paragraph">{t("detail.articles")}</p>
              <ul className="utrecht-unordered-list">
                {articles.map((a) => (
                  <li key={a.id}>
                    <Link className="utrecht-link" to={`/knowledge/${a.id}`}>
                      {a.title}
                    </Link>{" "}
                    <span className="muted">
                      ({a.published ? t("knowledge.published") : t("knowledge.draft")})
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <IntentButton intent="makeArticle" secondary>
            {t("detail.makeArticle")}
          </IntentButton>
        </Section>
      ) : null}
      <Section title={t("detail.closeTitle")} id="close">
        {q.status === "closed" ? (
          <IntentButton intent="reopen" secondary>
            {t("detail.reopen")}
          </IntentButton>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("detail.closeHelp")}</p>
            <IntentButton intent="close" secondary>
              {t("detail.close")}
            </IntentButton>
          </>
        )}
      </Section>
    </>
  );
}
