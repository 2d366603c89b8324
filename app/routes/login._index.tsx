import { Form, redirect } from "react-router";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { safeNext } from "~/lib/redirects";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { getViewer } from "~/modules/accounts/viewer.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { needsSetup } from "~/modules/centres/create-centre.server";
import { ErrorSummary, FormActions, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/login._index";

export const handle: RouteHandle = { i18n: ["auth"], hydrate: false };

const input = z.object({
  email: z.email({ error: "validation.email" }).trim().toLowerCase(),
  password: z.string({ error: "validation.required" }).min(1, "validation.required"),
  next: z.string().optional(),
});

export async function loader({ request, url }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  if (await needsSetup(db)) throw redirect("/setup");
  if (await getViewer(request, db)) throw redirect("/start");
  // a link from an invitation names the centre: its header and contact, not Tandem's
  return {
    next: url.searchParams.get("next") ?? "",
    brand: await publicCentreBrand(db, url.searchParams.get("centre")),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const formData = await readForm(request);
  const parsed = parseForm(formData, input);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const result = await signInWithPassword(db, request, parsed.value.email, parsed.value.password);
    const next = safeNext(parsed.value.next);
    const to = result.twoFactor ? `/login/two-factor?${new URLSearchParams({ next })}` : next;
    return redirect(to, { headers: result.headers });
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function Login({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  return (
    <Shell centre={loaderData.brand ?? undefined} narrow>
      <div className="page--narrow">
        <PageTitle>{t("login.title")}</PageTitle>
        <p className="utrecht-paragraph">{t("login.staffHint")}</p>
        <ErrorSummary state={actionData} />
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="next" value={loaderData.next} />
          <TextField
            name="email"
            type="email"
            label={t("login.email")}
            state={actionData}
            required
            autoComplete="username"
          />
          <TextField
            name="password"
            type="password"
            label={t("login.password")}
            state={actionData}
            required
            autoComplete="current-password"
          />
          <FormActions>
            <SubmitButton>{t("login.submit")}</SubmitButton>
          </FormActions>
        </Form>
        <p className="utrecht-paragraph">
          <Link
            className="utrecht-link"
            to={
              loaderData.next
                ? `/login/code?${new URLSearchParams({ next: loaderData.next })}`
                : "/login/code"
            }
          >
            {t("login.withCode")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
