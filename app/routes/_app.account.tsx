import { data, Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { AppError } from "~/lib/errors";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import {
  auditPasswordChange,
  auditTwoFactor,
  centreCookie,
  confirmTwoFactorInput,
  passwordInput,
  switchCentre,
  switchCentreInput,
} from "~/modules/accounts/account.server";
import { changePassword, changePasswordInput } from "~/modules/accounts/password.server";
import {
  finishTwoFactor,
  hasPassword,
  startTwoFactor,
  stopTwoFactor,
  type TwoFactorSetup,
  toSetup,
} from "~/modules/accounts/two-factor.server";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section } from "~/ui/page";
import { TwoFactorSetupSteps } from "~/ui/two-factor-setup";
import type { Route } from "./+types/_app.account";

export const handle: RouteHandle = { i18n: ["auth"] };

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  return {
    name: viewer.name,
    email: viewer.email,
    role: viewer.role,
    centreId: viewer.centreId,
    centreName: viewer.centreName,
    centres: viewer.memberships.map((m) => ({ id: m.centreId, name: m.centreName, role: m.role })),
    twoFactorEnabled: viewer.twoFactorEnabled,
    hasPassword: await hasPassword(viewer.db, viewer.userId),
  };
}

type SetupState = {
  setup: TwoFactorSetup;
  errors?: Record<string, string[]>;
  formError?: string;
  intent: string;
};

type Scope = Awaited<ReturnType<typeof requireViewer>>;

export async function action({ request }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  return runIntents(request, {
    switch: intent({
      schema: switchCentreInput,
      run: async ({ centreId }) => {
        const cookie = centreCookie(scope.memberships, centreId, request.url.startsWith("https:"));
        await switchCentre(scope.db, scope.sessionId, centreId);
        return cookie;
      },
      done: (cookie) =>
        redirectWithNotice("/account", "centreSwitched", { headers: { "Set-Cookie": cookie } }),
    }),
    enable: enable(scope, request),
    confirm: (formData: FormData) => confirm(scope, request, formData),
    password: intent({
      schema: changePasswordInput,
      run: async (value) => {
        const headers = await changePassword(scope.db, request, value);
        await scope.run((tx) => auditPasswordChange(tx, scope));
        return headers;
      },
      done: (headers) => redirectWithNotice("/account", "passwordChanged", { headers }),
    }),
    disable: intent({
      schema: passwordInput,
      run: async ({ password }) => {
        const headers = await stopTwoFactor(scope.db, request, password);
        await scope.run((tx) => auditTwoFactor(tx, scope, false));
        return headers;
      },
      done: (headers) => redirectWithNotice("/account", "twoFactorOff", { headers }),
    }),
  });
}

/** Starting: the password again, then the page shows the key, the QR code and the backup codes (no redirect). */
function enable(scope: Scope, request: Request) {
  return async (formData: FormData) => {
    const parsed = parseForm(formData, passwordInput);
    if (!parsed.ok) return invalid(parsed.result);
    try {
      const setup = await startTwoFactor(scope.db, request, parsed.value.password);
      return data<SetupState>({ setup, intent: "enable" });
    } catch (error) {
      return formErrorFrom(error, formData);
    }
  };
}

/** Finishing: a wrong code shows the same key and codes again (sent back from the form), so the user can retry. */
async function confirm(scope: Scope, request: Request, formData: FormData) {
  const parsed = parseForm(formData, confirmTwoFactorInput);
  const uri = String(formData.get("totpURI") ?? "");
  const codes = String(formData.get("backupCodes") ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const again = async (errors: Record<string, string[]>) =>
    uri.startsWith("otpauth://")
      ? data<SetupState>({ setup: await toSetup(uri, codes), errors, intent: "confirm" }, { status: 400 })
      : invalid({ errors, values: {} });
  if (!parsed.ok) return await again(parsed.result.errors);
  try {
    const headers = await finishTwoFactor(scope.db, request, parsed.value.code);
    await scope.run((tx) => auditTwoFactor(tx, scope, true));
    return redirectWithNotice("/account", "twoFactorOn", { headers });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return await again(error.fields);
    throw error;
  }
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  const setup = actionData && "setup" in actionData ? actionData.setup : undefined;
  const answer = (actionData && !("setup" in actionData) ? actionData : undefined) as FormState;
  const passwordState = answer?.values?.intent === "password" ? answer : undefined;
  const state = passwordState ? undefined : answer;
  const setupState = (setup ? actionData : undefined) as FormState;
  return (
    <>
      <PageHeading title={t("account.title")} />
      {answer || setup ? null : <PageNotice />}
      <ErrorSummary state={answer} />
      <Section title={t("account.details")} id="details">
        <Facts
          items={[
            { label: t("account.name"), value: loaderData.name },
            { label: t("account.email"), value: loaderData.email },
            { label: t("account.role"), value: tc(`roles.${loaderData.role}`) },
            { label: t("account.centre"), value: loaderData.centreName },
          ]}
        />
        {loaderData.centres.length > 1 ? <SwitchCentre data={loaderData} /> : null}
      </Section>
      <Section title={t("account.dataTitle")} id="data">
        <p className="utrecht-paragraph">{t("account.dataIntro")}</p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/account/data">
            {t("account.dataLink")}
          </Link>
        </p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/account/reads">
            {t("account.readsLink")}
          </Link>
        </p>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/account/consent">
            {t("account.consentLink")}
          </Link>
        </p>
      </Section>
      <Section title={t("account.twoFactorTitle")} id="two-factor">
        {!loaderData.hasPassword ? (
          <p className="utrecht-paragraph">{t("account.noPassword")}</p>
        ) : setup ? (
          <TwoFactorSetupSteps setup={setup} state={setupState} />
        ) : (
          <TwoFactorForm on={loaderData.twoFactorEnabled} state={state} />
        )}
      </Section>
      {loaderData.hasPassword ? <PasswordForm state={passwordState} /> : null}
    </>
  );
}

function SwitchCentre({ data }: { data: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  return (
    <Form method="post" className="form">
      <input type="hidden" name="intent" value="switch" />
      <SelectField
        name="centreId"
        label={t("account.switchCentre")}
        required
        defaultValue={data.centreId}
        options={data.centres.map((c) => ({ value: c.id, label: `${c.name} (${tc(`roles.${c.role}`)})` }))}
      />
      <FormActions>
        <SubmitButton secondary>{t("account.switchSubmit")}</SubmitButton>
      </FormActions>
    </Form>
  );
}

/** Two-factor sign-in is on: the password switches it off; it is off: the password starts switching it on. */
function TwoFactorForm({ on, state }: { on: boolean; state: FormState }) {
  const { t } = useTranslation("auth");
  return (
    <>
      <p className="utrecht-paragraph">{t(on ? "account.twoFactorOn" : "account.twoFactorOff")}</p>
      <p className="utrecht-paragraph">{t(on ? "account.disableIntro" : "account.enableIntro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value={on ? "disable" : "enable"} />
        <TextField
          name="password"
          type="password"
          label={t("account.password")}
          state={state}
          required
          autoComplete="current-password"
        />
        <FormActions>
          <SubmitButton secondary={on}>{t(on ? "account.disable" : "account.enable")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}

function PasswordForm({ state }: { state: FormState }) {
  const { t } = useTranslation("auth");
  return (
    <Section title={t("account.passwordTitle")} id="password">
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="password" />
        <TextField
          name="currentPassword"
          type="password"
          label={t("account.currentPassword")}
          state={state}
          required
          autoComplete="current-password"
        />
        <TextField
          name="newPassword"
          type="password"
          label={t("account.newPassword")}
          description={t("account.newPasswordHelp")}
          state={state}
          required
          autoComplete="new-password"
        />
        <FormActions>
          <SubmitButton secondary>{t("account.passwordSubmit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
