import { Form, redirect } from "react-router";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { safeNext } from "~/lib/redirects";
import { verifyTwoFactor } from "~/modules/accounts/sign-in.server";
import { ErrorSummary, FormActions, SubmitButton, TextField } from "~/ui/form";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/login.two-factor";

export const handle: RouteHandle = { i18n: ["auth"], hydrate: false };

const input = z.object({
  code: z
    .string({ error: "validation.required" })
    .trim()
    .min(6, "auth:twoFactor.failed")
    .max(20, "auth:twoFactor.failed"),
  next: z.string().optional(),
});

export async function loader({ url }: Route.LoaderArgs) {
  return { next: url.searchParams.get("next") ?? "" };
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const formData = await readForm(request);
  const parsed = parseForm(formData, input);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const result = await verifyTwoFactor(db, request, parsed.value.code);
    return redirect(safeNext(parsed.value.next), { headers: result.headers });
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function TwoFactor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  return (
    <Shell narrow>
      <div className="page--narrow">
        <PageTitle>{t("twoFactor.title")}</PageTitle>
        <p className="utrecht-paragraph">{t("twoFactor.intro")}</p>
        <ErrorSummary state={actionData} />
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="next" value={loaderData.next} />
          <TextField
            name="code"
            label={t("twoFactor.code")}
            description={t("twoFactor.backupHint")}
            state={actionData}
            required
            autoComplete="one-time-code"
          />
          <FormActions>
            <SubmitButton>{t("twoFactor.submit")}</SubmitButton>
          </FormActions>
        </Form>
      </div>
    </Shell>
  );
}
