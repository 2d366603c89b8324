import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { createCohort, grantOptions } from "~/modules/training/cohorts.server";
import { cohortInput } from "~/modules/training/input";
import { PageHeading } from "~/ui/page";
import { CohortForm, emptyCohort } from "./+training/cohort-form";
import type { Route } from "./+types/_app.training.new";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:write");
  return scope.run(async (tx) => ({ grants: await grantOptions(tx, scope) }));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, cohortInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createCohort(tx, scope, parsed.value));
    return redirectWithNotice(`/training/${id}`, "cohortCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewCohort({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/training", label: t("title") }} />
      <CohortForm values={emptyCohort} state={actionData} grants={loaderData.grants} cancelTo="/training" />
    </>
  );
}
