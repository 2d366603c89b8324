import { Form } from "react-router";
import { getDatabase } from "~/db/client.server";
import { clientAddress, withinRateLimit } from "~/db/rate-limit.server";
import { pilots as en } from "~/i18n/en/pilots";
import type { RouteHandle } from "~/i18n/handle";
import { localeOf } from "~/i18n/locale.server";
import { pilots as nl } from "~/i18n/nl/pilots";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { formErrorFrom } from "~/lib/forms.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { scoresFrom } from "~/modules/pilots/input";
import { answerQuestionnaire, publicQuestionnaire } from "~/modules/pilots/public.server";
import { scores } from "~/modules/pilots/values";
import { ChoiceGroup, ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Notice } from "~/ui/notice";
import { PageTitle, Shell } from "~/ui/shell";
import type { Route } from "./+types/vragenlijst.$token";

export const handle: RouteHandle = { i18n: ["pilots"], hydrate: false };

export const meta: Route.MetaFunction = ({ data }) =>
  data ? [{ name: "description", content: data.description }] : [];

/**
 * A professional's questionnaire before or after a pilot, public (no account): the secret link from
 * the mail says which one it is. Rate-limited per address, so nobody can try tokens.
 */
async function guard(request: Request) {
  const { db } = await getDatabase();
  if (!(await withinRateLimit(db, `questionnaire:${clientAddress(request)}`, 60, 600)))
    throw new AppError("RATE_LIMITED");
  return db;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const db = await guard(request);
  const questionnaire = await publicQuestionnaire(db, params.token);
  const texts = localeOf(request) === "en" ? en : nl;
  return {
    ...questionnaire,
    description: texts.public.metaDescription,
    brand: await publicCentreBrand(db, questionnaire.centreSlug),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const db = await guard(request);
  const formData = await readForm(request);
  try {
    await answerQuestionnaire(db, params.token, scoresFrom(formData));
    return { ok: true as const, alreadyDone: false };
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT")
      return { ok: true as const, alreadyDone: true };
    return formErrorFrom(error, formData);
  }
}

export default function Questionnaire({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("pilots");
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
              {t(answered.alreadyDone ? "public.alreadyAnswered" : "public.thanks")}
            </p>
          </Notice>
        ) : d.answered ? (
          <Notice kind="info">
            <p className="utrecht-paragraph">{t("public.alreadyAnswered")}</p>
          </Notice>
        ) : (
          <>
            <p className="utrecht-paragraph">
              {t(`public.intro.${d.moment}`, { pilot: d.pilot, centre: d.centreName })}
            </p>
            <p className="utrecht-paragraph">{t("public.scale")}</p>
            <p className="utrecht-paragraph">{t("public.privacy")}</p>
            <ErrorSummary state={failed} />
            <Form method="post" className="form" noValidate>
              {d.statements.map((s) => (
                <ChoiceGroup
                  key={s.id}
                  name={`s_${s.id}`}
                  type="radio"
                  legend={s.text}
                  state={failed}
                  required
                  options={scores.map((n) => ({ value: String(n), label: t(`public.score${n}`) }))}
                />
              ))}
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
