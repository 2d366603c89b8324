import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientInput } from "~/modules/clients/input";
import { createClient } from "~/modules/clients/save-client.server";
import { listAreas } from "~/modules/pool/lists.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { ClientFields } from "./+clients/client-fields";
import type { Route } from "./+types/_app.clients.new";

export const handle: RouteHandle = { i18n: ["clients"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:write");
  const areas = await scope.run((tx) => listAreas(tx));
  return { areas: areas.map((a) => ({ value: a.id, label: a.name })) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "clients:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, clientInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const created = await scope.run((tx) => createClient(tx, scope, parsed.value));
    return redirectWithNotice(`/clients/${created.id}`, "clientSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewClient({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("clients");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/clients", label: t("list.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <ClientFields state={actionData} areas={loaderData.areas} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={"/clients"}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
