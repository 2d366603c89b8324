import { data, Form, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
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
import { ErrorSummary, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { TwoFactorSetupSteps } from "~/ui/two-factor-setup";
import type { Route } from "./+types/_app.account";

export const handle: RouteHandle = { i18n: ["auth"] };

const notices = {
  enabled: "auth:account.enabled",
  disabled: "auth:account.disabled",
  centre: "auth:account.centreSwitched",
  password: "auth:account.passwordChanged",
  joined: "auth:account.joined",
} as const;

export async function loader({ request, url }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const notice = url.searchParams.get("notice");
  return {
    name: viewer.name,
    email: viewer.email,
    role: viewer.role,
    centreId: viewer.centreId,
    centreName: viewer.centreName,
    centres: viewer.memberships.map((m) => ({ id: m.centreId, name: m.centreName, role: m.role })),
    twoFactorEnabled: viewer.twoFactorEnabled,
    hasPassword: await hasPassword(viewer.db, viewer.userId),
    notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
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
  const formData = await readForm(request);
  const intent = formData.get("intent");
  try {
    if (intent === "switch") {
      const parsed = parseForm(formData, switchCentreInput);
      if (!parsed.ok) return invalid(parsed.result);
      const cookie = centreCookie(scope.memberships, parsed.value.centreId, request.url.startsWith("https:"));
      await switchCentre(scope.db, scope.sessionId, parsed.value.centreId);
      return redirect("/account?notice=centre", { headers: { "Set-Cookie": cookie } });
    }
    if (intent === "enable") {
      const parsed = parseForm(formData, passwordInput);
      if (!parsed.ok) return invalid(parsed.result);
      const setup = await startTwoFactor(scope.db, request, parsed.value.password);
      return data<SetupState>({ setup, intent });
    }
    if (intent === "confirm") return await confirm(scope, request, formData);
    if (intent === "password") {
      const parsed = parseForm(formData, changePasswordInput);
      if (!parsed.ok) return invalid(parsed.result);
      const headers = await changePassword(scope.db, request, parsed.value);
      await scope.run((tx) => auditPasswordChange(tx, scope));
      return redirect("/account?notice=password", { headers });
    }
    if (intent === "disable") {
      const parsed = parseForm(formData, passwordInput);
      if (!parsed.ok) return invalid(parsed.result);
      const headers = await stopTwoFactor(scope.db, request, parsed.value.password);
      await scope.run((tx) => auditTwoFactor(tx, scope, false));
      return redirect("/account?notice=disabled", { headers });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  throw new Response(null, { status: 400 });
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
  const again = async (errors: Record<string, string[]>) =>
    uri.startsWith("otpauth://")
      ? data<SetupState>({ setup: await toSetup(uri, codes), errors, intent: "confirm" }, { status: 400 })
      : invalid({ errors, values: {} });
  if (!parsed.ok) return await again(parsed.result.errors);
  try {
    const headers = await finishTwoFactor(scope.db, request, parsed.value.code);
    await scope.run((tx) => auditTwoFactor(tx, scope, true));
    return redirect("/account?notice=enabled", { headers });
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
  const state = answer?.values?.intent === "password" ? undefined : answer;
  const passwordState = answer?.values?.intent === "password" ? answer : undefined;
  const setupState = (setup ? actionData : undefined) as FormState;
  return (
    <>
      <PageTitle>{t("account.title")}</PageTitle>
      {loaderData.notice ? (
        <p className="notice" role="status">
          {tc(loaderData.notice)}
        </p>
      ) : null}
      <h2 className="utrecht-heading-2">{t("account.details")}</h2>
      <dl>
        <dt>{t("account.name")}</dt>
        <dd>{loaderData.name}</dd>
        <dt>{t("account.email")}</dt>
        <dd>{loaderData.email}</dd>
        <dt>{t("account.role")}</dt>
        <dd>{tc(`roles.${loaderData.role}`)}</dd>
        <dt>{t("account.centre")}</dt>
        <dd>{loaderData.centreName}</dd>
      </dl>

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
          <div className="actions">
            <SubmitButton secondary>{t("account.switchSubmit")}</SubmitButton>
          </div>
        </Form>
      ) : null}

      <h2 className="utrecht-heading-2">{t("account.twoFactorTitle")}</h2>
      {!loaderData.hasPassword ? (
        <p className="utrecht-paragraph">{t("account.noPassword")}</p>
      ) : setup ? (
        <TwoFactorSetupSteps setup={setup} state={setupState} />
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
            <div className="actions">
              <SubmitButton secondary>{t("account.disable")}</SubmitButton>
            </div>
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
            <div className="actions">
              <SubmitButton>{t("account.enable")}</SubmitButton>
            </div>
          </Form>
        </>
      )}
      {loaderData.hasPassword ? <PasswordForm state={passwordState} /> : null}
    </>
  );
}

function PasswordForm({ state }: { state: FormState }) {
  const { t } = useTranslation("auth");
  return (
    <>
      <h2 className="utrecht-heading-2">{t("account.passwordTitle")}</h2>
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
        <div className="actions">
          <SubmitButton secondary>{t("account.passwordSubmit")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
