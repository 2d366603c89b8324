import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { createGroup } from "~/modules/intervisie/groups.server";
import { groupInput } from "~/modules/intervisie/input";
import { employerOptions } from "~/modules/intervisie/queries.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { GroupFields } from "./+intervisie/group-fields";
import type { Route } from "./+types/_app.intervisie.new";

export const handle: RouteHandle = { i18n: ["intervisie"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  return { employers: await scope.run((tx) => employerOptions(tx, scope)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, groupInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createGroup(tx, scope, parsed.value));
    return redirectWithNotice(`/intervisie/${id}`, "intervisieGroupCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewGroup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("intervisie");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/intervisie", label: t("form.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <GroupFields state={actionData} employers={loaderData.employers} />
        <FormActions>
          <SubmitButton>{t("form.create")}</SubmitButton>
          <Link className="utrecht-link" to="/intervisie">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
