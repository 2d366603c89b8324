import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { grantInput } from "~/modules/grants/input";
import { grantDetail } from "~/modules/grants/queries.server";
import { updateGrant } from "~/modules/grants/save-grant.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { GrantFields } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants.$grantId.edit";

export const handle: RouteHandle = { i18n: ["grants"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const { grant } = await scope.run((tx) => grantDetail(tx, scope, uuidParam(params.grantId)));
  return { grant };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, grantInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateGrant(tx, scope, uuidParam(params.grantId), parsed.value));
    return redirectWithNotice(`/grants/${uuidParam(params.grantId)}`, "grantSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditGrant({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("grants");
  const { grant } = loaderData;
  return (
    <>
      <PageHeading title={t("form.editTitle")} back={{ to: `/grants/${grant.id}`, label: grant.name }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <GrantFields state={actionData} grant={grant} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={`/grants/${grant.id}`}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
