import { Form } from "react-router";
import { getDatabase } from "~/db/client.server";
import { clientAddress, withinRateLimit } from "~/db/rate-limit.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { invalid, parseForm } from "~/lib/forms.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { evaluationInput } from "~/modules/evaluations/input";
import { publicEvaluation, submitEvaluation } from "~/modules/evaluations/public.server";
import { ChoiceGroup, ErrorSummary, FormActions, SubmitButton, TextArea } from "~/ui/form";
import { Notice } from "~/ui/notice";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/evaluatie.$token";

export const handle: RouteHandle = { i18n: ["evaluations"], hydrate: false };

/**
 * The client's evaluation, public (no login): the secret link from the mail says which request it is.
 * Rate-limited per address, so nobody can try tokens.
 */
async function guard(request: Request) {
  const { db } = await getDatabase();
  if (!(await withinRateLimit(db, `evaluation:${clientAddress(request)}`, 60, 600)))
    throw new AppError("RATE_LIMITED");
  return db;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await guard(request);
  const evaluation = await publicEvaluation(db, params.token);
  return { ...evaluation, brand: await publicCentreBrand(db, evaluation.centreSlug) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await guard(request);
  const formData = await readForm(request);
  const parsed = parseForm(formData, evaluationInput);
  if (!parsed.ok) return invalid(parsed.result);
  const result = await submitEvaluation(db, params.token, parsed.value);
  return { ok: true as const, alreadyDone: result.alreadyDone };
}

export default function PublicEvaluation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("evaluations");
  const d = loaderData;
  const answered = actionData?.ok ? actionData : undefined;
  const failed = actionData && !actionData.ok ? actionData : undefined;
  return (
    <Shell centre={d.brand ?? { name: d.centreName }} narrow>
      <div className="page--narrow">
        <PageTitle>{t("public.title")}</PageTitle>
        {answered ? (
          <Notice kind="success">
            <p className="utrecht-paragraph">
              {t(answered.alreadyDone ? "public.alreadyDone" : "public.thanks")}
            </p>
          </Notice>
        ) : d.submitted ? (
          <Notice kind="info">
            <p className="utrecht-paragraph">{t("public.alreadyDone")}</p>
          </Notice>
        ) : (
          <>
            <p className="utrecht-paragraph">{t("public.intro", { centre: d.centreName })}</p>
            <p className="utrecht-paragraph">
              {t("public.about", { number: d.requestNumber, title: d.requestTitle })}
            </p>
            <ErrorSummary state={failed} />
            <Form method="post" className="form" noValidate>
              <ChoiceGroup
                name="score"
                type="radio"
                legend={t("public.score")}
                description={t("public.scoreHelp")}
                state={failed}
                required
                options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))}
              />
              <TextArea name="wentWell" label={t("public.wentWell")} state={failed} rows={4} />
              <TextArea
                name="quote"
                label={t("public.quote")}
                description={t("public.quoteHelp")}
                state={failed}
                rows={2}
              />
              <ChoiceGroup
                name="quotePublic"
                legend={t("public.quotePublicLegend")}
                state={failed}
                options={[{ value: "yes", label: t("public.quotePublic", { centre: d.centreName }) }]}
              />
              <FormActions>
                <SubmitButton>{t("public.submit")}</SubmitButton>
              </FormActions>
            </Form>
          </>
        )}
      </div>
    </Shell>
  );
}
