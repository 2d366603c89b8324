import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { needsSetup, setupCentre, setupInput } from "~/modules/centres/create-centre.server";
import { ErrorSummary, SubmitButton, TextField } from "~/ui/form";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/setup";

/** First run: while no centre exists, anyone who reaches the app may create the first centre and admin. */
export async function loader() {
  const { db } = await getDatabase();
  if (!(await needsSetup(db))) throw redirect("/login");
  return null;
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  if (!(await needsSetup(db))) throw redirect("/login");
  const formData = await request.formData();
  const parsed = parseForm(formData, setupInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await setupCentre(db, parsed.value);
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  const cookies = await signInWithPassword(db, request, parsed.value.email, parsed.value.password);
  return redirect("/start", { headers: cookies.headers });
}

export default function Setup({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  return (
    <Shell>
      <div className="page--narrow">
        <PageTitle>{t("setup.title")}</PageTitle>
        <p className="utrecht-paragraph">{t("setup.intro")}</p>
        <ErrorSummary state={actionData} />
        <Form method="post" className="form" noValidate>
          <h2 className="utrecht-heading-2">{t("setup.centre")}</h2>
          <TextField
            name="centreName"
            label={t("setup.centreName")}
            state={actionData}
            required
            autoComplete="organization"
          />
          <TextField
            name="slug"
            label={t("setup.slug")}
            description={t("setup.slugHelp")}
            state={actionData}
            required
          />
          <h2 className="utrecht-heading-2">{t("setup.admin")}</h2>
          <TextField
            name="adminName"
            label={t("setup.adminName")}
            state={actionData}
            required
            autoComplete="name"
          />
          <TextField
            name="email"
            type="email"
            label={t("setup.email")}
            state={actionData}
            required
            autoComplete="email"
          />
          <TextField
            name="password"
            type="password"
            label={t("setup.password")}
            description={t("setup.passwordHelp")}
            state={actionData}
            required
            autoComplete="new-password"
          />
          <div className="actions">
            <SubmitButton>{t("setup.submit")}</SubmitButton>
          </div>
        </Form>
      </div>
    </Shell>
  );
}
