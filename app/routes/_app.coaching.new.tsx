import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { todayIso } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { trajectoryInput } from "~/modules/coaching/input";
import { coachOptions, expertOptions } from "~/modules/coaching/queries.server";
import { createTrajectory } from "~/modules/coaching/trajectory.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { TrajectoryFields } from "./+coaching/trajectory-fields";
import type { Route } from "./+types/_app.coaching.new";

export const handle: RouteHandle = { i18n: ["coaching"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  return scope.run(async (tx) => ({
    experts: await expertOptions(tx, scope),
    coaches: await coachOptions(tx),
    today: todayIso(),
    me: scope.userId,
  }));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "coaching:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, trajectoryInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createTrajectory(tx, scope, parsed.value));
    return redirectWithNotice(`/coaching/${id}`, "coachingCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewCoaching({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("coaching");
  const { experts, coaches, today, me } = loaderData;
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/coaching", label: t("detail.back") }} />
      <ErrorSummary state={actionData} />
      {experts.length === 0 ? <Notice kind="info">{t("form.noExperts")}</Notice> : null}
      <Form method="post" className="form" noValidate>
        <TrajectoryFields
          state={actionData}
          experts={experts}
          coaches={coaches}
          defaults={{ startsOn: today, coachUserId: me }}
        />
        <FormActions>
          <SubmitButton>{t("form.create")}</SubmitButton>
          <Link className="utrecht-link" to="/coaching">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
