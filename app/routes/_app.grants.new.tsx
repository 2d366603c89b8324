import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { grantInput } from "~/modules/grants/input";
import { createGrant } from "~/modules/grants/save-grant.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { PageHeading } from "~/ui/page";
import { GrantFields } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants.new";

export const handle: RouteHandle = { i18n: ["grants"] };

export async function loader({ request }: Route.LoaderArgs) {
  await requirePermission(request, "grants:manage");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, grantInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const created = await scope.run((tx) => createGrant(tx, scope, parsed.value));
    return redirectWithNotice(`/grants/${created.id}`, "grantSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewGrant({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("grants");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/grants", label: t("detail.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <GrantFields state={actionData} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
