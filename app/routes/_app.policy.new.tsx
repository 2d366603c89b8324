import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { todayIso } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { newTrajectoryInput } from "~/modules/policy/input";
import { clientOptions } from "~/modules/policy/queries.server";
import { createTrajectory } from "~/modules/policy/save-trajectory.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { TrajectoryFields } from "./+policy/trajectory-fields";
import type { Route } from "./+types/_app.policy.new";

export const handle: RouteHandle = { i18n: ["policy"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "policy:manage");
  return { clients: await scope.run((tx) => clientOptions(tx, scope)), today: todayIso() };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "policy:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, newTrajectoryInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createTrajectory(tx, scope, parsed.value));
    return redirectWithNotice(`/policy/${id}`, "policyCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewTrajectory({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("policy");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/policy", label: t("detail.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TrajectoryFields
          state={actionData}
          clients={loaderData.clients}
          defaults={{ startedOn: loaderData.today }}
          withPhase
        />
        <FormActions>
          <SubmitButton>{t("form.create")}</SubmitButton>
          <Link className="utrecht-link" to="/policy">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
