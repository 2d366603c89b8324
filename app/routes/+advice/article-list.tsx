import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { AdviceCategory } from "~/modules/advice/values";
import { SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import { categoryOptions } from "./category-options";

export type ArticleRow = {
  id: string;
  title: string;
  category: AdviceCategory;
  published: boolean;
  public: boolean;
  updatedAt: Date | string;
  excerpt: string;
};

/** The search form over the knowledge base (a GET form: works without JavaScript). */
export function ArticleSearch({
  base,
  search,
  category,
}: {
  base: string;
  search: string;
  category: string;
}) {
  const { t } = useTranslation("advice");
  return (
    <search>
      <Form method="get" action={base} className="filters" aria-label={t("knowledge.filters")}>
        <TextField name="q" type="search" label={t("knowledge.search")} state={{ values: { q: search } }} />
        <SelectField
          name="category"
          label={t("article.category")}
          state={{ values: { category } }}
          options={categoryOptions(t)}
          emptyLabel={t("queue.allCategories")}
        />
        <div className="actions">
          <SubmitButton>{t("common:actions.search")}</SubmitButton>
          {search || category ? (
            <Link className="utrecht-link" to={base}>
              {t("queue.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
    </search>
  );
}

/** The articles as cards: title, topic, the start of the text. Staff also see draft/published/public. */
export function ArticleList({
  rows,
  hrefFor,
  filtered,
  showState,
  emptyText,
}: {
  rows: ArticleRow[];
  hrefFor: (id: string) => string;
  filtered: boolean;
  showState?: boolean;
  emptyText: string;
}) {
  const { t, i18n } = useTranslation("advice");
  return (
    <Section title={t("knowledge.results")} id="results">
      {rows.length === 0 ? (
        filtered ? (
          <EmptyState title={t("knowledge.noneFound")}>{t("knowledge.noneFoundBody")}</EmptyState>
        ) : (
          <EmptyState title={emptyText} />
        )
      ) : (
        <ul className="cards">
          {rows.map((a) => (
            <li className="card" key={a.id}>
              <h3 className="utrecht-heading-3">
                <Link className="utrecht-link" to={hrefFor(a.id)}>
                  {a.title}
                </Link>
              </h3>
              <p className="utrecht-paragraph muted">
                {t(`categories.${a.category}`)} · {formatDate(a.updatedAt, i18n.language)}
              </p>
              {showState ? (
                <p className="utrecht-paragraph">
                  <StatusBadge tone={a.published ? "success" : "neutral"}>
                    {a.published ? t("knowledge.published") : t("knowledge.draft")}
                  </StatusBadge>{" "}
                  {a.public ? <StatusBadge tone="accent">{t("knowledge.public")}</StatusBadge> : null}
                </p>
              ) : null}
              <p className="utrecht-paragraph">
                {a.excerpt.length >= 200 ? `${a.excerpt.trimEnd()}…` : a.excerpt}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** An article's text: a blank line starts a new paragraph, a single line break stays. */
export function ArticleBody({ body }: { body: string }) {
  return (
    <div className="article-body">
      {body
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          // the paragraphs have no identity of their own; their order is the text's
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <p className="utrecht-paragraph pre-line" key={i}>
            {p.trim()}
          </p>
        ))}
    </div>
  );
}
