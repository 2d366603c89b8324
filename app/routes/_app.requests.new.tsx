import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { staffRequestOptions } from "~/modules/requests/form-options.server";
import { formWithExtraRow } from "~/modules/requests/form-state.server";
import { requestInput } from "~/modules/requests/input";
import { createRequest } from "~/modules/requests/save-request.server";
import { ErrorSummary, FormActions, SelectField, SubmitButton } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { RequestFields } from "./+requests/request-fields";
import type { Route } from "./+types/_app.requests.new";

export const handle: RouteHandle = { i18n: ["requests"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:write");
  const clientId = url.searchParams.get("clientId") ?? "";
  return { clientId, options: await scope.run((tx) => staffRequestOptions(tx)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "requests:write");
  const formData = await readForm(request);
  if (formData.get("intent") === "addRow") return formWithExtraRow(formData);
  const parsed = parseForm(formData, requestInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const created = await scope.run((tx) => createRequest(tx, scope, parsed.value));
    return redirectWithNotice(`/requests/${created.id}`, "requestCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewRequest({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  const { options, clientId } = loaderData;
  return (
    <>
      <PageTitle>{t("form.newTitle")}</PageTitle>
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <fieldset className="utrecht-form-fieldset choice-group form">
          <legend className="utrecht-form-fieldset__legend">{t("form.who")}</legend>
          <SelectField
            name="clientId"
            label={t("form.client")}
            state={actionData}
            options={options.clients}
            emptyLabel={t("form.chooseClient")}
            defaultValue={clientId}
            required
          />
          <SelectField
            name="contactId"
            label={t("form.contact")}
            state={actionData}
            options={options.contacts}
            emptyLabel={t("form.noContact")}
          />
        </fieldset>
        <RequestFields state={actionData} options={options} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
