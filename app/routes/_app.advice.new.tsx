import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { enterQuestion } from "~/modules/advice/ask-question.server";
import { staffQuestionInput } from "~/modules/advice/input";
import { clientOptions, teamMembers } from "~/modules/advice/queries.server";
import { ErrorSummary, FormActions, SelectField, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { categoryOptions } from "./+advice/category-options";
import type { Route } from "./+types/_app.advice.new";

export const handle: RouteHandle = { i18n: ["advice"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "advice:manage");
  return scope.run(async (tx) => ({
    clients: await clientOptions(tx, scope),
    team: await teamMembers(tx, scope),
  }));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, staffQuestionInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => enterQuestion(tx, scope, parsed.value));
    return redirectWithNotice(`/advice/${id}`, "adviceEntered");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewQuestion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  return (
    <>
      <PageHeading
        title={t("form.newTitle")}
        lead={t("form.newIntro")}
        back={{ to: "/advice", label: t("form.back") }}
      />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TextField name="organisation" label={t("form.organisation")} state={actionData} required />
        <SelectField
          name="clientId"
          label={t("form.client")}
          description={t("form.clientHelp")}
          state={actionData}
          options={loaderData.clients}
          emptyLabel={t("form.noClient")}
        />
        <TextField name="askerName" label={t("form.askerName")} state={actionData} required />
        <TextField
          name="askerEmail"
          type="email"
          label={t("form.askerEmail")}
          description={t("form.askerEmailHelp")}
          state={actionData}
          required
        />
        <TextField name="askerPhone" type="tel" label={t("form.askerPhone")} state={actionData} />
        <SelectField
          name="category"
          label={t("form.category")}
          state={actionData}
          options={categoryOptions(t)}
          emptyLabel={t("form.chooseCategory")}
          required
        />
        <TextArea name="question" label={t("form.question")} state={actionData} rows={6} required />
        <SelectField
          name="assignedTo"
          label={t("form.assignTo")}
          state={actionData}
          options={loaderData.team}
          emptyLabel={t("form.nobody")}
        />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to="/advice">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
