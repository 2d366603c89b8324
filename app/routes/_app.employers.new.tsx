import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { newEmployerInput } from "~/modules/employers/input";
import { clientChoices } from "~/modules/employers/queries.server";
import { createEmployer } from "~/modules/employers/save-employer.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { EmployerFields } from "./+employers/employer-fields";
import type { Route } from "./+types/_app.employers.new";

export const handle: RouteHandle = { i18n: ["employers", "clients"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:write");
  return { clients: await scope.run((tx) => clientChoices(tx)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, newEmployerInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createEmployer(tx, scope, parsed.value));
    return redirectWithNotice(`/employers/${id}`, "employerCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewEmployer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("employers");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/employers", label: t("list.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <EmployerFields state={actionData} clients={loaderData.clients} withStage />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to="/employers">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
