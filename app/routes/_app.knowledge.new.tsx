import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { articleInput } from "~/modules/advice/input";
import { createArticle } from "~/modules/advice/save-article.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { ArticleFields } from "./+advice/article-fields";
import type { Route } from "./+types/_app.knowledge.new";

export const handle: RouteHandle = { i18n: ["advice"] };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "advice:manage");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, articleInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createArticle(tx, scope, parsed.value));
    return redirectWithNotice(`/knowledge/${id}`, "articleCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewArticle({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  return (
    <>
      <PageHeading title={t("article.newTitle")} back={{ to: "/knowledge", label: t("knowledge.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <ArticleFields state={actionData} />
        <FormActions>
          <SubmitButton>{t("article.save")}</SubmitButton>
          <Link className="utrecht-link" to="/knowledge">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
