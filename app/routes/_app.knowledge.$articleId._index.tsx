import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { uuidParam } from "~/lib/params";
import { isStaff } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { readArticle } from "~/modules/advice/queries.server";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading, StatusBadge } from "~/ui/page";
import { ArticleBody } from "./+advice/article-list";
import type { Route } from "./+types/_app.knowledge.$articleId._index";

// client contacts read here: served without scripts
export const handle: RouteHandle = { i18n: ["advice"], hydrate: false };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "knowledge:read");
  const articleId = uuidParam(params.articleId);
  return scope.run(async (tx) => ({
    article: await readArticle(tx, scope, articleId),
    staff: isStaff(scope.role),
  }));
}

export default function Article({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("advice");
  const { article: a, staff } = loaderData;
  const date = formatDate(a.updatedAt, i18n.language);
  return (
    <>
      <PageHeading
        title={a.title}
        lead={t(`categories.${a.category}`)}
        back={{ to: "/knowledge", label: t("knowledge.back") }}
        actions={
          staff ? (
            <Link className="utrecht-button utrecht-button--secondary-action" to={`/knowledge/${a.id}/edit`}>
              {t("knowledge.edit")}
            </Link>
          ) : null
        }
      />
      <PageNotice />
      {staff ? (
        <p className="utrecht-paragraph">
          <StatusBadge tone={a.published ? "success" : "neutral"}>
            {a.published ? t("knowledge.published") : t("knowledge.draft")}
          </StatusBadge>{" "}
          {a.public ? <StatusBadge tone="accent">{t("knowledge.public")}</StatusBadge> : null}
        </p>
      ) : null}
      <ArticleBody body={a.body} />
      <p className="utrecht-paragraph muted">
        {a.updatedName
          ? t("knowledge.updatedBy", { date, name: a.updatedName })
          : t("knowledge.updatedOn", { date })}
      </p>
      {staff && a.fromQuestionId ? (
        <p className="utrecht-paragraph">
          {t("knowledge.fromQuestion")}:{" "}
          <Link className="utrecht-link" to={`/advice/${a.fromQuestionId}`}>
            {t("knowledge.fromQuestionLink")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
