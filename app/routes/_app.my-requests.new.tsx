import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { requestListOptions } from "~/modules/requests/form-options.server";
import { formWithExtraRow } from "~/modules/requests/form-state.server";
import { ownRequestInput } from "~/modules/requests/input";
import { createOwnRequest } from "~/modules/requests/own-requests.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageTitle } from "~/ui/shell";
import { RequestFields } from "./+requests/request-fields";
import type { Route } from "./+types/_app.my-requests.new";

export const handle: RouteHandle = { i18n: ["requests"], hydrate: false };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:requests");
  return { options: await scope.run((tx) => requestListOptions(tx)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:requests");
  const formData = await readForm(request);
  if (formData.get("intent") === "addRow") return formWithExtraRow(formData);
  const parsed = parseForm(formData, ownRequestInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => createOwnRequest(tx, scope, parsed.value));
    return redirectWithNotice("/my-requests", "requestSent");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewOwnRequest({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("requests");
  return (
    <>
      <PageTitle>{t("mine.newTitle")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/my-requests">
          {t("common:actions.back")}
        </Link>
      </p>
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <RequestFields state={actionData} options={loaderData.options} />
        <FormActions>
          <SubmitButton>{t("mine.send")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
