import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { articleInput } from "~/modules/advice/input";
import { readArticle } from "~/modules/advice/queries.server";
import { updateArticle } from "~/modules/advice/save-article.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { ArticleFields } from "./+advice/article-fields";
import type { Route } from "./+types/_app.knowledge.$articleId.edit";

export const handle: RouteHandle = { i18n: ["advice"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const articleId = uuidParam(params.articleId);
  return scope.run(async (tx) => ({ article: await readArticle(tx, scope, articleId) }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const articleId = uuidParam(params.articleId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, articleInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateArticle(tx, scope, articleId, parsed.value));
    return redirectWithNotice(`/knowledge/${articleId}`, "articleSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditArticle({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  const a = loaderData.article;
  return (
    <>
      <PageHeading title={t("article.editTitle")} back={{ to: `/knowledge/${a.id}`, label: a.title }} />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <ArticleFields state={actionData} defaults={a} />
        <FormActions>
          <SubmitButton>{t("article.save")}</SubmitButton>
          <Link className="utrecht-link" to={`/knowledge/${a.id}`}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
