import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { tandemInput } from "~/modules/tandems/input";
import { tandemForEdit, tandemFormOptions } from "~/modules/tandems/queries.server";
import { updateTandem } from "~/modules/tandems/save-tandem.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { TandemFields } from "./+tandems/tandem-fields";
import type { Route } from "./+types/_app.tandems.$tandemId.edit";

export const handle: RouteHandle = { i18n: ["tandems"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const tandemId = uuidParam(params.tandemId);
  return scope.run(async (tx) => ({
    tandemId,
    tandem: await tandemForEdit(tx, scope, tandemId),
    options: await tandemFormOptions(tx, scope),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const tandemId = uuidParam(params.tandemId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, tandemInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateTandem(tx, scope, { ...parsed.value, tandemId }));
    return redirectWithNotice(`/tandems/${tandemId}`, "tandemSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditTandem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("tandems");
  const back = `/tandems/${loaderData.tandemId}`;
  return (
    <>
      <PageHeading title={t("form.editTitle")} back={{ to: back, label: t("detail.backOne") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TandemFields state={actionData} options={loaderData.options} defaults={loaderData.tandem} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={back}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
