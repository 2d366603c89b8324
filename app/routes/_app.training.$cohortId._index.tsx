import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
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
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import { CohortFacts, Modules, Sessions, Trainees } from "./+training/programme-view";
import type { Route } from "./+types/_app.training.$cohortId._index";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => ({
    ...(await cohortProgramme(tx, scope, uuidParam(params.cohortId))),
    canWrite: can(scope.role, "training:write"),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const cohortId = uuidParam(params.cohortId);
  const done = () => redirectWithNotice(`/training/${cohortId}`, "cohortSaved");
  return runIntents(request, {
    addSession: intent({
      schema: sessionInput,
      run: (value) => scope.run((tx) => addSession(tx, scope, cohortId, value)),
      done,
    }),
    removeSession: intent({
      schema: removeInput,
      run: ({ id }) => scope.run((tx) => removeSession(tx, scope, cohortId, id)),
      done,
    }),
    addModule: intent({
      schema: moduleInput,
      run: (value) => scope.run((tx) => addModule(tx, scope, cohortId, value)),
      done,
    }),
    removeModule: intent({
      schema: removeInput,
      run: ({ id }) => scope.run((tx) => removeModule(tx, scope, cohortId, id)),
      done,
    }),
  });
}

export default function CohortPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("training");
  const state = actionData as FormState;
  const { cohort } = loaderData;
  return (
    <>
      <PageHeading
        title={cohort.name}
        back={{ to: "/training", label: t("cohort.back") }}
        actions={
          loaderData.canWrite ? (
            <Link
              className="utrecht-button utrecht-button--secondary-action"
              to={`/training/${cohort.id}/edit`}
            >
              {t("cohort.edit")}
            </Link>
          ) : null
        }
      />
      <PageNotice />
      <ErrorSummary state={state} />
      <Section title={t("cohort.facts")} id="facts">
        <CohortFacts cohort={cohort} />
      </Section>
      <Sessions data={loaderData} state={state} />
      <Modules data={loaderData} state={state} />
      <Trainees data={loaderData} />
    </>
  );
}
