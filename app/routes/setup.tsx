import { Form, Link, redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { needsSetup, setupCentre, setupInput } from "~/modules/centres/create-centre.server";
import { DEMO_PASSWORD, type DemoLogin, demoLogins } from "~/modules/demo/logins";
import { onlyDemoExists, seedDemo } from "~/modules/demo/seed-demo.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, SubmitButton, TextField } from "~/ui/form";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/setup";

export const handle: RouteHandle = { i18n: ["auth", "demo"] };

/**
 * First run: while no centre exists, anyone who reaches the app may create the first centre and admin,
 * or a demo centre with invented data. While only the demo centre exists, this page lists its logins.
 */
export async function loader() {
  const { db } = await getDatabase();
  if (await needsSetup(db)) return { demo: null };
  if (await onlyDemoExists(db)) return { demo: { logins: demoLogins, password: DEMO_PASSWORD } };
  throw redirect("/login");
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  if (!(await needsSetup(db))) throw redirect("/login");
  const formData = await readForm(request);
  if (formData.get("intent") === "demo") {
    await seedDemo(db);
    return redirect("/setup");
  }
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

export default function Setup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  if (loaderData.demo)
    return <DemoReady logins={loaderData.demo.logins} password={loaderData.demo.password} />;
  return (
    <Shell narrow>
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
        <section aria-labelledby="demo-title" className="card">
          <h2 className="utrecht-heading-2" id="demo-title">
            {t("setup.demoTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("setup.demoIntro")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="demo" />
            <SubmitButton secondary>{t("setup.demoSubmit")}</SubmitButton>
          </Form>
        </section>
      </div>
    </Shell>
  );
}

function DemoReady({ logins, password }: { logins: DemoLogin[]; password: string }) {
  const { t } = useTranslation("auth");
  const { t: td } = useTranslation("demo");
  const { t: tc } = useTranslation();
  return (
    <Shell narrow>
      <div>
        <PageTitle>{td("title")}</PageTitle>
        <p className="utrecht-paragraph">{t("setup.demoDone")}</p>
        <DataTable
          caption={td("caption")}
          captionHidden
          rows={logins}
          rowKey={(login) => login.email}
          columns={[
            { key: "name", header: td("name"), rowHeader: true, cell: (login) => login.name },
            { key: "email", header: td("email"), cell: (login) => login.email },
            { key: "role", header: td("role"), cell: (login) => tc(`roles.${login.role}`) },
            {
              key: "how",
              header: td("how"),
              cell: (login) => (login.password ? td("withPassword") : td("withCode")),
            },
          ]}
        />
        <p className="utrecht-paragraph">
          {t("setup.demoPassword")}: <code>{password}</code>
        </p>
        <p className="utrecht-paragraph muted">{td("note")}</p>
        <p className="utrecht-paragraph">
          <Link to="/login" className="utrecht-link">
            {t("setup.demoLogin")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
