import { data, Form, redirect } from "react-router";
import { z } from "zod";
import { type Db, getDatabase, inCentre } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { safeNext } from "~/lib/redirects";
import { auditTwoFactor, confirmTwoFactorInput, passwordInput } from "~/modules/accounts/account.server";
import { mustUseTwoFactor } from "~/modules/accounts/permissions";
import {
  finishTwoFactor,
  hasPassword,
  setFirstPassword,
  startTwoFactor,
  type TwoFactorSetup,
  toSetup,
} from "~/modules/accounts/two-factor.server";
import { getViewer, type Viewer } from "~/modules/accounts/viewer.server";
import { ErrorSummary, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { PageTitle, Shell } from "~/ui/shell";
import { TwoFactorSetupSteps } from "~/ui/two-factor-setup";
import type { Route } from "./+types/login.enrol";

export const handle: RouteHandle = { i18n: ["auth"] };

export const meta: Route.MetaFunction = () => [{ title: "Tweestapsverificatie instellen – Tandem" }];

const nextInput = z.object({ next: z.string().optional() });

type SetupState = { setup: TwoFactorSetup; errors?: Record<string, string[]>; next: string };

/** The signed-in admin or coordinator who still has to switch on two-factor sign-in; others go on. */
async function enrolling(request: Request, db: Db): Promise<Viewer> {
  const viewer = await getViewer(request, db);
  if (!viewer) throw redirect("/login");
  const next = safeNext(new URL(request.url).searchParams.get("next"));
  if (!mustUseTwoFactor(viewer.role) || viewer.twoFactorEnabled) throw redirect(next);
  return viewer;
}

/** Asked right after sign-in, before any other page: staff switch on two-factor sign-in here. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const viewer = await enrolling(request, db);
  return {
    next: safeNext(url.searchParams.get("next")),
    hasPassword: await hasPassword(db, viewer.userId),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const viewer = await enrolling(request, db);
  const formData = await readForm(request);
  const next = safeNext(nextInput.parse({ next: formData.get("next") ?? undefined }).next);
  const intent = formData.get("intent");
  try {
    if (intent === "enable" || intent === "password") {
      const parsed = parseForm(formData, passwordInput);
      if (!parsed.ok) return invalid(parsed.result);
      if (intent === "password") await setFirstPassword(db, request, parsed.value.password);
      const setup = await startTwoFactor(db, request, parsed.value.password);
      return data<SetupState>({ setup, next });
    }
    if (intent === "confirm") {
      const parsed = parseForm(formData, confirmTwoFactorInput);
      const uri = String(formData.get("totpURI") ?? "");
      const codes = String(formData.get("backupCodes") ?? "")
        .split(/\s+/)
        .filter(Boolean);
      const again = async (errors: Record<string, string[]>) =>
        uri.startsWith("otpauth://")
          ? data<SetupState>({ setup: await toSetup(uri, codes), errors, next }, { status: 400 })
          : invalid({ errors, values: {} });
      if (!parsed.ok) return await again(parsed.result.errors);
      try {
        const headers = await finishTwoFactor(db, request, parsed.value.code);
        await inCentre(db, viewer.centreId, (tx) => auditTwoFactor(tx, viewer, true));
        return redirect(next, { headers });
      } catch (error) {
        if (error instanceof AppError && error.code === "INVALID") return await again(error.fields);
        throw error;
      }
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  throw new Response(null, { status: 400 });
}

export default function Enrol({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  const setup = actionData && "setup" in actionData ? actionData : undefined;
  const state = (actionData && !("setup" in actionData) ? actionData : undefined) as FormState;
  return (
    <Shell>
      <div className="page--narrow">
        <PageTitle>{t("enrol.title")}</PageTitle>
        <p className="utrecht-paragraph">{t("enrol.intro")}</p>
        {setup ? (
          <TwoFactorSetupSteps setup={setup.setup} state={setup as FormState} next={setup.next} />
        ) : (
          <>
            <p className="utrecht-paragraph">
              {loaderData.hasPassword ? t("enrol.password") : t("enrol.choose")}
            </p>
            <ErrorSummary state={state} />
            <Form method="post" className="form" noValidate>
              <input type="hidden" name="intent" value={loaderData.hasPassword ? "enable" : "password"} />
              <input type="hidden" name="next" value={loaderData.next} />
              <TextField
                name="password"
                type="password"
                label={loaderData.hasPassword ? t("account.password") : t("enrol.newPassword")}
                description={loaderData.hasPassword ? undefined : t("account.newPasswordHelp")}
                state={state}
                required
                autoComplete={loaderData.hasPassword ? "current-password" : "new-password"}
              />
              <FormActions>
                <SubmitButton>{t("enrol.start")}</SubmitButton>
              </FormActions>
            </Form>
          </>
        )}
      </div>
    </Shell>
  );
}
