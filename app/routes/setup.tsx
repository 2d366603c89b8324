import { Form, redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { signInWithPassword } from "~/modules/accounts/sign-in.server";
import { needsSetup, setupCentre, setupInput } from "~/modules/centres/create-centre.server";
import { DEMO_PASSWORD, type DemoLogin, demoLogins } from "~/modules/demo/logins";
import { onlyDemoExists, seedDemo } from "~/modules/demo/seed-demo.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageHeading, Section } from "~/ui/page";
import { Shell } from "~/ui/shell";
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
  return runIntents(request, {
    demo: intent({ run: () => seedDemo(db), done: () => redirect("/setup") }),
    centre: intent({
      schema: setupInput,
      run: async (value) => {
        await setupCentre(db, value);
        return signInWithPassword(db, request, value.email, value.password);
      },
      done: (cookies) => redirect("/start", { headers: cookies.headers }),
    }),
  });
}

export default function Setup({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  if (loaderData.demo)
    return <DemoReady logins={loaderData.demo.logins} password={loaderData.demo.password} />;
  return (
    <Shell narrow>
      <div className="page--narrow">
        <PageHeading title={t("setup.title")} lead={t("setup.intro")} />
        <ErrorSummary state={actionData} />
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="centre" />
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
          <FormActions>
            <SubmitButton>{t("setup.submit")}</SubmitButton>
          </FormActions>
        </Form>
        <Section title={t("setup.demoTitle")} id="demo" className="card">
          <p className="utrecht-paragraph">{t("setup.demoIntro")}</p>
          <IntentButton intent="demo" secondary>
            {t("setup.demoSubmit")}
          </IntentButton>
        </Section>
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
        <PageHeading title={td("title")} lead={t("setup.demoDone")} />
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
