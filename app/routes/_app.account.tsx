import { useTranslation } from "react-i18next";
import { data, Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
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
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section } from "~/ui/page";
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

export async function action({ request }: Route.ActionArgs) {
  const scope = await requireViewer(request);
  return runIntents(request, {
    switch: intent({
      schema: switchCentreInput,
      run: async ({ centreId }) =>
        centreCookie(scope.memberships, centreId, request.url.startsWith("https:")),
      done: (cookie) =>
        redirectWithNotice("/account", "centreSwitched", { headers: { "Set-Cookie": cookie } }),
    }),
    // shows the key and the backup codes on this page (no redirect): the next step is "confirm"
    enable: async (formData) => {
      const parsed = parseForm(formData, passwordInput);
      if (!parsed.ok) return invalid(parsed.result);
      try {
        const setup = await startTwoFactor(scope.db, request, parsed.value.password);
        return data<SetupState>({ setup, intent: "enable" });
      } catch (error) {
        return formErrorFrom(error, formData);
      }
    },
    confirm: (formData) => confirm(scope, request, formData),
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

/** Finishing: a wrong code shows the same key and codes again (sent back from the form), so the user can retry. */
async function confirm(
  scope: Awaited<ReturnType<typeof requireViewer>>,
  request: Request,
  formData: FormData,
) {
  const parsed = parseForm(formData, confirmTwoFactorInput);
  const uri = String(formData.get("totpURI") ?? "");
  const codes = String(formData.get("backupCodes") ?? "")
    .split(/\s+/)
    .filter(Boolean);
  const again = (errors: Record<string, string[]>) =>
    uri.startsWith("otpauth://")
      ? data<SetupState>({ setup: toSetup(uri, codes), errors, intent: "confirm" }, { status: 400 })
      : invalid({ errors, values: {} });
  if (!parsed.ok) return again(parsed.result.errors);
  try {
    const headers = await finishTwoFactor(scope.db, request, parsed.value.code);
    await scope.run((tx) => auditTwoFactor(tx, scope, true));
    return redirectWithNotice("/account", "twoFactorOn", { headers });
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") return again(error.fields);
    throw error;
  }
}

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  const { t: tc } = useTranslation();
  const sent = actionData as SetupState | FormState;
  const setup = sent && "setup" in sent ? sent.setup : undefined;
  const answer = (sent && !("setup" in sent) ? sent : undefined) as FormState;
  const state = answer?.values?.intent === "password" ? undefined : answer;
  const passwordState = answer?.values?.intent === "password" ? answer : undefined;
  const setupState = (setup ? sent : undefined) as FormState;
  return (
    <>
      <PageHeading title={t("account.title")} />
      <PageNotice />
      <Section title={t("account.details")} id="details">
        <Facts
          items={[
            { label: t("account.name"), value: loaderData.name },
            { label: t("account.email"), value: loaderData.email },
            { label: t("account.role"), value: tc(`roles.${loaderData.role}`) },
            { label: t("account.centre"), value: loaderData.centreName },
          ]}
        />
        {loaderData.centres.length > 1 ? (
          <Form method="post" className="form">
            <input type="hidden" name="intent" value="switch" />
            <SelectField
              name="centreId"
              label={t("account.switchCentre")}
              required
              defaultValue={loaderData.centreId}
              options={loaderData.centres.map((c) => ({
                value: c.id,
                label: `${c.name} (${tc(`roles.${c.role}`)})`,
              }))}
            />
            <FormActions>
              <SubmitButton secondary>{t("account.switchSubmit")}</SubmitButton>
            </FormActions>
          </Form>
        ) : null}
      </Section>

      <Section title={t("account.twoFactorTitle")} id="two-factor">
        {!loaderData.hasPassword ? (
          <p className="utrecht-paragraph">{t("account.noPassword")}</p>
        ) : setup ? (
          <SetupSteps setup={setup} state={setupState} />
        ) : loaderData.twoFactorEnabled ? (
          <>
            <p className="utrecht-paragraph">{t("account.twoFactorOn")}</p>
            <p className="utrecht-paragraph">{t("account.disableIntro")}</p>
            <ErrorSummary state={state} />
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="disable" />
              <TextField
                name="password"
                type="password"
                label={t("account.password")}
                state={state}
                required
                autoComplete="current-password"
              />
              <FormActions>
                <SubmitButton secondary>{t("account.disable")}</SubmitButton>
              </FormActions>
            </Form>
          </>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("account.twoFactorOff")}</p>
            <p className="utrecht-paragraph">{t("account.enableIntro")}</p>
            <ErrorSummary state={state} />
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value="enable" />
              <TextField
                name="password"
                type="password"
                label={t("account.password")}
                state={state}
                required
                autoComplete="current-password"
              />
              <FormActions>
                <SubmitButton>{t("account.enable")}</SubmitButton>
              </FormActions>
            </Form>
          </>
        )}
      </Section>
      {loaderData.hasPassword ? <PasswordForm state={passwordState} /> : null}
    </>
  );
}

function PasswordForm({ state }: { state: FormState }) {
  const { t } = useTranslation("auth");
  return (
    <Section title={t("account.passwordTitle")} id="password">
      <ErrorSummary state={state} />
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

function SetupSteps({ setup, state }: { setup: TwoFactorSetup; state: FormState }) {
  const { t } = useTranslation("auth");
  return (
    <>
      <p className="utrecht-paragraph">{t("account.secret")}:</p>
      <p className="utrecht-paragraph">
        <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={setup.totpURI}>
          {t("account.uri")}
        </a>
      </p>
      <p className="utrecht-paragraph">{t("account.backupCodes")}</p>
      <ul className="plain-list">
        {setup.backupCodes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="totpURI" value={setup.totpURI} />
        <input type="hidden" name="backupCodes" value={setup.backupCodes.join(" ")} />
        <TextField
          name="code"
          label={t("account.confirm")}
          state={state}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
        />
        <FormActions>
          <SubmitButton>{t("account.confirmSubmit")}</SubmitButton>
        </FormActions>
      </Form>
    </>
  );
}
