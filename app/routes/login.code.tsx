import { Form, redirect } from "react-router";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { safeNext } from "~/lib/redirects";
import { sendSignInCode, signInWithCode } from "~/modules/accounts/sign-in.server";
import { getViewer } from "~/modules/accounts/viewer.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { ErrorSummary, FormActions, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/login.code";

export const handle: RouteHandle = { i18n: ["auth"], hydrate: false };

const email = z.email({ error: "validation.email" }).trim().toLowerCase();
const next = z.string().max(2000).optional();
const sendInput = z.object({ intent: z.literal("send"), email, next });
const checkInput = z.object({
  intent: z.literal("check"),
  email,
  next,
  code: z
    .string({ error: "validation.required" })
    .trim()
    .regex(/^\d{6}$/, "auth:code.failed"),
});

/**
 * Experts log in without a password: a code by e-mail, or the link in that mail (which fills in the code).
 * A link from another mail (an offer) brings `email` and `next`: signed in, it goes on to that page.
 */
export async function loader({ request, url }: Route.LoaderArgs) {
  const next = safeNext(url.searchParams.get("next"), "");
  const { db } = await getDatabase();
  if (next && (await getViewer(request, db))) throw redirect(next);
  return {
    email: url.searchParams.get("email") ?? "",
    code: url.searchParams.get("code") ?? "",
    next,
    // the link in an offer or reminder mail names the centre: its header and contact, not Tandem's
    brand: await publicCentreBrand(db, url.searchParams.get("centre")),
  };
}

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const formData = await readForm(request);
  if (formData.get("intent") === "send") {
    const parsed = parseForm(formData, sendInput);
    if (!parsed.ok) return invalid(parsed.result);
    try {
      await sendSignInCode(db, request, parsed.value.email, { next: safeNext(parsed.value.next, "") });
    } catch (error) {
      return formErrorFrom(error, formData);
    }
    return { ok: true as const, sent: true, email: parsed.value.email, next: parsed.value.next ?? "" };
  }
  const parsed = parseForm(formData, checkInput);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    const result = await signInWithCode(db, request, parsed.value.email, parsed.value.code);
    return redirect(safeNext(parsed.value.next), { headers: result.headers });
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

export default function LoginWithCode({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("auth");
  const sent = actionData && "sent" in actionData;
  const fromLink = Boolean(loaderData.code);
  const knownEmail = sent ? actionData.email : loaderData.email;
  const next = loaderData.next;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const showCodeForm = sent || fromLink || failed?.values?.intent === "check";
  return (
    <Shell centre={loaderData.brand ?? undefined} narrow>
      <div className="page--narrow">
        <PageTitle>{t("code.title")}</PageTitle>
        <ErrorSummary state={failed} />
        {sent ? (
          <Notice kind="success">
            <p className="utrecht-paragraph">{t("code.sent")}</p>
          </Notice>
        ) : null}
        {showCodeForm ? (
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="check" />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            {fromLink ? <p className="utrecht-paragraph">{t("code.linkIntro")}</p> : null}
            <TextField
              name="email"
              type="email"
              label={t("login.email")}
              state={failed}
              defaultValue={knownEmail}
              required
              autoComplete="email"
            />
            <TextField
              name="code"
              label={t("code.code")}
              description={t("code.codeHelp")}
              state={failed}
              defaultValue={loaderData.code}
              required
              inputMode="numeric"
              autoComplete="one-time-code"
            />
            <FormActions>
              <SubmitButton>{t("code.submit")}</SubmitButton>
            </FormActions>
          </Form>
        ) : null}
        {showCodeForm ? (
          <h2 className="utrecht-heading-2">{t("code.again")}</h2>
        ) : (
          <p className="utrecht-paragraph">{t("code.intro")}</p>
        )}
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="send" />
          {next ? <input type="hidden" name="next" value={next} /> : null}
          {showCodeForm ? (
            <input type="hidden" name="email" value={knownEmail} />
          ) : (
            <TextField
              name="email"
              type="email"
              label={t("login.email")}
              state={failed}
              defaultValue={knownEmail}
              required
              autoComplete="email"
            />
          )}
          <FormActions>
            <SubmitButton secondary={showCodeForm}>{t("code.send")}</SubmitButton>
          </FormActions>
        </Form>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/login">
            {t("login.title")}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
