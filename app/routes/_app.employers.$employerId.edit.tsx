import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { employerInput } from "~/modules/employers/input";
import { clientChoices, employerDetail } from "~/modules/employers/queries.server";
import { updateEmployer } from "~/modules/employers/save-employer.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { EmployerFields } from "./+employers/employer-fields";
import type { Route } from "./+types/_app.employers.$employerId.edit";

export const handle: RouteHandle = { i18n: ["employers", "clients"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  return scope.run(async (tx) => ({
    employer: (await employerDetail(tx, scope, employerId)).employer,
    clients: await clientChoices(tx),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, employerInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateEmployer(tx, scope, { ...parsed.value, employerId }));
    return redirectWithNotice(`/employers/${employerId}`, "employerSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditEmployer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("employers");
  const { employer } = loaderData;
  const page = `/employers/${employer.id}`;
  return (
    <>
      <PageHeading
        title={t("form.editTitle")}
        lead={employer.name}
        back={{ to: page, label: employer.name }}
      />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <EmployerFields state={actionData} clients={loaderData.clients} defaults={employer} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={page}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
