import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { saveExpert } from "~/modules/pool/expert-login.server";
import { expertInput } from "~/modules/pool/input";
import { listAreas, listThemes, listWorkForms } from "~/modules/pool/lists.server";
import { PageHeading } from "~/ui/page";
import { ExpertForm, emptyExpert } from "./+pool/expert-form";
import type { Route } from "./+types/_app.pool.new";

export const handle: RouteHandle = { i18n: ["pool"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:write");
  return scope.run(async (tx) => ({
    themes: await listThemes(tx),
    workForms: await listWorkForms(tx),
    areas: (await listAreas(tx)).map((a) => ({ id: a.id, name: a.name })),
  }));
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, expertInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id, invited } = await saveExpert(scope, parsed.value);
    return redirectWithNotice(`/pool/${id}`, invited ? "expertCreatedInvited" : "expertCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewExpert({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pool");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/pool", label: t("profile.back") }} />
      <ExpertForm values={emptyExpert} state={actionData} lists={loaderData} cancelTo="/pool" />
    </>
  );
}
