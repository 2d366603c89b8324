import { useTranslation } from "react-i18next";
import { redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { createCohort, grantOptions } from "~/modules/training/cohorts.server";
import { cohortInput } from "~/modules/training/input";
import { PageTitle } from "~/ui/shell";
import { CohortForm, emptyCohort } from "./+training/cohort-form";
import type { Route } from "./+types/_app.training.new";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:write");
  return scope.run(async (tx) => ({ grants: await grantOptions(tx, scope) }));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await request.formData();
  const parsed = parseForm(formData, cohortInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createCohort(tx, scope, parsed.value));
    return redirect(`/training/${id}?saved=created`);
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewCohort({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  return (
    <>
      <PageTitle>{t("form.newTitle")}</PageTitle>
      <CohortForm values={emptyCohort} state={actionData} grants={loaderData.grants} cancelTo="/training" />
    </>
  );
}
