import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { trajectoryEditInput } from "~/modules/coaching/input";
import { coachOptions, trajectoryForEdit } from "~/modules/coaching/queries.server";
import { updateTrajectory } from "~/modules/coaching/trajectory.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { TrajectoryFields } from "./+coaching/trajectory-fields";
import type { Route } from "./+types/_app.coaching.$trajectoryId.edit";

export const handle: RouteHandle = { i18n: ["coaching"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  return scope.run(async (tx) => ({
    trajectory: await trajectoryForEdit(tx, scope, trajectoryId),
    coaches: await coachOptions(tx),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  const trajectoryId = uuidParam(params.trajectoryId);
  const formData = await readForm(request);
  const parsed = parseForm(formData, trajectoryEditInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateTrajectory(tx, scope, trajectoryId, parsed.value));
    return redirectWithNotice(`/coaching/${trajectoryId}`, "coachingSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditCoaching({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("coaching");
  const { trajectory, coaches } = loaderData;
  const back = `/coaching/${trajectory.id}`;
  return (
    <>
      <PageHeading
        title={t("form.editTitle")}
        lead={trajectory.expertName}
        back={{ to: back, label: trajectory.expertName }}
      />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TrajectoryFields state={actionData} coaches={coaches} defaults={trajectory} withStatus />
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
