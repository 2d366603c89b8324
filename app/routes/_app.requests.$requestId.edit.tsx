import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { requestDefaults, staffRequestOptions } from "~/modules/requests/form-options.server";
import { formWithExtraRow } from "~/modules/requests/form-state.server";
import { requestInput } from "~/modules/requests/input";
import { updateRequest } from "~/modules/requests/save-request.server";
import { ErrorSummary, FormActions, SelectField, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageTitle } from "~/ui/shell";
import { RequestFields } from "./+requests/request-fields";
import type { Route } from "./+types/_app.requests.$requestId.edit";

export const handle: RouteHandle = { i18n: ["requests"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:write");
  return scope.run(async (tx) => ({
    request: await requestDefaults(tx, scope, uuidParam(params.requestId)),
    options: await staffRequestOptions(tx),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "requests:write");
  const formData = await readForm(request);
  if (formData.get("intent") === "addRow") return formWithExtraRow(formData);
  const parsed = parseForm(formData, requestInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) =>
      updateRequest(tx, scope, { ...parsed.value, requestId: uuidParam(params.requestId) }),
    );
    return redirectWithNotice(`/requests/${uuidParam(params.requestId)}`, "requestSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditRequest({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  const { options, request } = loaderData;
  return (
    <>
      <PageTitle>{t("form.editTitle", { number: request.number })}</PageTitle>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/requests/${uuidParam(params.requestId)}`}>
          {t("common:actions.back")}
        </Link>
      </p>
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
            defaultValue={request.clientId}
            required
          />
          <SelectField
            name="contactId"
            label={t("form.contact")}
            state={actionData}
            options={options.contacts}
            emptyLabel={t("form.noContact")}
            defaultValue={request.contactId}
          />
        </fieldset>
        <RequestFields state={actionData} options={options} defaults={request.defaults} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
