import { useTranslation } from "react-i18next";
import { Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { moduleInput, removeInput, sessionInput } from "~/modules/training/input";
import {
  addModule,
  addSession,
  cohortProgramme,
  removeModule,
  removeSession,
} from "~/modules/training/programme.server";
import { ErrorSummary, type FormState } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { CohortFacts, Modules, Sessions, Trainees } from "./+training/programme-view";
import type { Route } from "./+types/_app.training.$cohortId._index";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  const url = new URL(request.url);
  return scope.run(async (tx) => ({
    ...(await cohortProgramme(tx, scope, params.cohortId)),
    canWrite: can(scope.role, "training:write"),
    saved: url.searchParams.get("saved"),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await request.formData();
  const intent = formData.get("intent");
  const cohortId = params.cohortId;
  try {
    if (intent === "addSession") {
      const parsed = parseForm(formData, sessionInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => addSession(tx, scope, cohortId, parsed.value));
    } else if (intent === "removeSession") {
      const parsed = parseForm(formData, removeInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => removeSession(tx, scope, cohortId, parsed.value.id));
    } else if (intent === "addModule") {
      const parsed = parseForm(formData, moduleInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => addModule(tx, scope, cohortId, parsed.value));
    } else if (intent === "removeModule") {
      const parsed = parseForm(formData, removeInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => removeModule(tx, scope, cohortId, parsed.value.id));
    } else {
      return invalid({ errors: { form: ["validation.invalid"] }, values: {} });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirect(`/training/${cohortId}?saved=1`);
}

export default function CohortPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  const state = actionData as FormState;
  const { cohort } = loaderData;
  return (
    <>
      <PageTitle>{cohort.name}</PageTitle>
      <p>
        <Link className="utrecht-link" to="/training">
          {t("cohort.back")}
        </Link>
      </p>
      {loaderData.saved ? (
        <p className="notice" role="status">
          {loaderData.saved === "created" ? t("cohort.created") : t("cohort.saved")}
        </p>
      ) : null}
      <ErrorSummary state={state} />
      <h2 className="utrecht-heading-2">{t("cohort.facts")}</h2>
      <CohortFacts cohort={cohort} />
      {loaderData.canWrite ? (
        <p className="actions">
          <Link
            className="utrecht-button utrecht-button--secondary-action"
            to={`/training/${cohort.id}/edit`}
          >
            {t("cohort.edit")}
          </Link>
        </p>
      ) : null}
      <Sessions data={loaderData} state={state} />
      <Modules data={loaderData} state={state} />
      <Trainees data={loaderData} />
    </>
  );
}
