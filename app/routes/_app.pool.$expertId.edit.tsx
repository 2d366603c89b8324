import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { saveExpert } from "~/modules/pool/expert-login.server";
import { expertInput } from "~/modules/pool/input";
import { listAreas, listThemes, listWorkForms } from "~/modules/pool/lists.server";
import { expertForEdit } from "~/modules/pool/queries.server";
import { slotKey } from "~/modules/pool/rules";
import { PageHeading } from "~/ui/page";
import { ExpertForm } from "./+pool/expert-form";
import type { Route } from "./+types/_app.pool.$expertId.edit";

export const handle: RouteHandle = { i18n: ["pool"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:write");
  return scope.run(async (tx) => {
    const { availability, id: _id, ...expert } = await expertForEdit(tx, scope, uuidParam(params.expertId));
    return {
      expert: { ...expert, availability: availability.map(slotKey) },
      themes: await listThemes(tx),
      workForms: await listWorkForms(tx),
      areas: (await listAreas(tx)).map((a) => ({ id: a.id, name: a.name })),
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const formData = await readForm(request);
  const parsed = parseForm(formData, expertInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id, invited } = await saveExpert(scope, parsed.value, uuidParam(params.expertId));
    return redirectWithNotice(`/pool/${id}`, invited ? "expertSavedInvited" : "expertSaved");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function EditExpert({ loaderData, actionData, params }: Route.ComponentProps) {
  const { t } = useTranslation("pool");
  const { expert } = loaderData;
  return (
    <>
      <PageHeading
        title={t("form.editTitle", { name: `${expert.firstName} ${expert.lastName}` })}
        back={{ to: `/pool/${uuidParam(params.expertId)}`, label: `${expert.firstName} ${expert.lastName}` }}
      />
      <ExpertForm
        values={expert}
        state={actionData}
        lists={loaderData}
        cancelTo={`/pool/${uuidParam(params.expertId)}`}
      />
    </>
  );
}
