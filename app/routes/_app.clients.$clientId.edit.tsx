import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { clientInput } from "~/modules/clients/input";
import { getClient } from "~/modules/clients/queries.server";
import { updateClient } from "~/modules/clients/save-client.server";
import { listAreas } from "~/modules/pool/lists.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { ClientFields } from "./+clients/client-fields";
import type { Route } from "./+types/_app.clients.$clientId.edit";

export const handle: RouteHandle = { i18n: ["clients"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "clients:write");
  return scope.run(async (tx) => {
    const { client } = await getClient(tx, scope, uuidParam(params.clientId));
    const areas = await listAreas(tx);
    return { client, areas: areas.map((a) => ({ value: a.id, label: a.name })) };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "clients:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, clientInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) =>
      updateClient(tx, scope, { ...parsed.value, clientId: uuidParam(params.clientId) }),
    );
    return redirectWithNotice(`/clients/${uuidParam(params.clientId)}`, "clientSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditClient({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("clients");
  const { client, areas } = loaderData;
  return (
    <>
      <PageHeading title={t("form.editTitle")} back={{ to: `/clients/${client.id}`, label: client.name }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <ClientFields state={actionData} areas={areas} defaults={client} />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
          <Link className="utrecht-link" to={`/clients/${client.id}`}>
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
