import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { addDays, todayIso } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { tandemInput } from "~/modules/tandems/input";
import { tandemFormOptions } from "~/modules/tandems/queries.server";
import { createTandem } from "~/modules/tandems/save-tandem.server";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageHeading } from "~/ui/page";
import { TandemFields } from "./+tandems/tandem-fields";
import type { Route } from "./+types/_app.tandems.new";

export const handle: RouteHandle = { i18n: ["tandems"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const today = todayIso();
  return {
    options: await scope.run((tx) => tandemFormOptions(tx, scope)),
    startsOn: today,
    endsOn: addDays(today, 90),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "tandems:manage");
  const formData = await readForm(request);
  const parsed = parseForm(formData, tandemInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const { id } = await scope.run((tx) => createTandem(tx, scope, parsed.value));
    return redirectWithNotice(`/tandems/${id}`, "tandemCreated");
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function NewTandem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("tandems");
  return (
    <>
      <PageHeading title={t("form.newTitle")} back={{ to: "/tandems", label: t("detail.back") }} />
      <ErrorSummary state={actionData} />
      <Form method="post" className="form" noValidate>
        <TandemFields
          state={actionData}
          options={loaderData.options}
          defaults={{ startsOn: loaderData.startsOn, endsOn: loaderData.endsOn }}
        />
        <FormActions>
          <SubmitButton>{t("form.create")}</SubmitButton>
          <Link className="utrecht-link" to="/tandems">
            {t("common:actions.cancel")}
          </Link>
        </FormActions>
      </Form>
    </>
  );
}
