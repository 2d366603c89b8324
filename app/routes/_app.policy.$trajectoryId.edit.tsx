import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { trajectoryInput } from "~/modules/policy/input";
import { clientOptions, trajectoryDetail } from "~/modules/policy/queries.server";
import { updateTrajectory } from "~/modules/policy/save-trajectory.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { TrajectoryFields } from "./+policy/trajectory-fields";
import type { Route } from "./+types/_app.policy.$trajectoryId.edit";

export const handle: RouteHandle = { i18n: ["policy"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "policy:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  return scope.run(async (tx) => ({
    trajectory: (await trajectoryDetail(tx, scope, trajectoryId)).trajectory,
    clients: await clientOptions(tx, scope),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "policy:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, trajectoryInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateTrajectory(tx, scope, { ...parsed.value, trajectoryId }));
    return redirectWithNotice(`/policy/${trajectoryId}`, "policySaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditTrajectory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("policy");
  const { trajectory } = loaderData;
  const back = `/policy/${trajectory.id}`;
  return (
    <>
      <PageHeading title={t("form.editTitle")} back={{ to: back, label: trajectory.topic }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TrajectoryFields state={actionData} clients={loaderData.clients} defaults={trajectory} />
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
