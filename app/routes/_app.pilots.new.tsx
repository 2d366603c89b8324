import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { pilotInput } from "~/modules/pilots/input";
import { grantOptions } from "~/modules/pilots/queries.server";
import { createPilot } from "~/modules/pilots/save-pilot.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageHeading } from "~/ui/page";
import { PilotFields } from "./+pilots/pilot-fields";
import type { Route } from "./+types/_app.pilots.new";

export const handle: RouteHandle = { i18n: ["pilots", "grants"] };

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  return {
    grants: await scope.run((tx) => grantOptions(tx, scope)),
    grantId: url.searchParams.get("grantId") ?? "",
  };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pilots:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, pilotInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createPilot(tx, scope, parsed.value));
    return redirectWithNotice(`/pilots/${id}`, "pilotCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewPilot({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pilots");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/pilots", label: t("detail.back") }} />
      {loaderData.grants.length === 0 ? (
        <Notice kind="info">
          <p className="utrecht-paragraph">
            {t("form.noGrants")}{" "}
            <Link className="utrecht-link" to="/grants/new">
              {t("form.grant")}
            </Link>
          </p>
        </Notice>
      ) : (
        <>
          <ErrorSummary state={actionData} />
          <Form method="post" className="form" noValidate>
            <PilotFields
              state={actionData}
              grants={loaderData.grants}
              defaults={{ grantId: loaderData.grantId }}
            />
            <FormActions>
              <SubmitButton>{t("form.create")}</SubmitButton>
              <Link className="utrecht-link" to="/pilots">
                {t("common:actions.cancel")}
              </Link>
            </FormActions>
          </Form>
        </>
      )}
    </>
  );
}
