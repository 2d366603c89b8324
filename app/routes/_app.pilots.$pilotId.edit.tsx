import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { pilotInput } from "~/modules/pilots/input";
import { grantOptions, pilotDetail } from "~/modules/pilots/queries.server";
import { updatePilot } from "~/modules/pilots/save-pilot.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { PilotFields } from "./+pilots/pilot-fields";
import type { Route } from "./+types/_app.pilots.$pilotId.edit";

export const handle: RouteHandle = { i18n: ["pilots", "grants"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const pilotId = uuidParam(params.pilotId);
  return scope.run(async (tx) => ({
    pilot: (await pilotDetail(tx, scope, pilotId)).pilot,
    grants: await grantOptions(tx, scope),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const pilotId = uuidParam(params.pilotId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, pilotInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updatePilot(tx, scope, { ...parsed.value, pilotId }));
    return redirectWithNotice(`/pilots/${pilotId}`, "pilotSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditPilot({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pilots");
  const { pilot } = loaderData;
  return (
    <>
      <PageHeading
        title={t("form.editTitle")}
        lead={pilot.name}
        back={{ to: `/pilots/${pilot.id}`, label: pilot.name }}
      />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <PilotFields state={actionData} grants={loaderData.grants} defaults={pilot} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={`/pilots/${pilot.id}`}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
