import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { cohortForEdit, grantOptions, updateCohort } from "~/modules/training/cohorts.server";
import { cohortInput } from "~/modules/training/input";
import { PageHeading } from "~/ui/page";
import { CohortForm } from "./+training/cohort-form";
import type { Route } from "./+types/_app.training.$cohortId.edit";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:write");
  return scope.run(async (tx) => ({
    cohort: await cohortForEdit(tx, scope, uuidParam(params.cohortId)),
    grants: await grantOptions(tx, scope),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, cohortInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) => updateCohort(tx, scope, { ...parsed.value, id: uuidParam(params.cohortId) }));
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirectWithNotice(`/training/${uuidParam(params.cohortId)}`, "cohortSaved");
}

export default function EditCohort({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  return (
    <>
      <PageHeading
        title={t("form.editTitle")}
        back={{ to: `/training/${uuidParam(params.cohortId)}`, label: loaderData.cohort.name }}
      />
      <CohortForm
        values={loaderData.cohort}
        state={actionData}
        grants={loaderData.grants}
        cancelTo={`/training/${uuidParam(params.cohortId)}`}
      />
    </>
  );
}
