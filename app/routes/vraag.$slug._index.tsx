import { data, Form, redirect } from "react-router";
import { type Db, getDatabase } from "~/db/client.server";
import { clientAddress } from "~/db/rate-limit.server";
import type { RouteHandle } from "~/i18n/handle";
import { localeOf } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { invalid, parseForm, valuesOf } from "~/lib/forms.server";
import { askPublicQuestion } from "~/modules/advice/ask-question.server";
import { publicQuestionInput } from "~/modules/advice/input";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { flushMail } from "~/modules/mail/queue.server";
import { findPublicCentre, formStamp } from "~/modules/requests/public-form.server";
import { ErrorSummary, FormActions, SelectField, SubmitButton, TextArea, TextField } from "~/ui/form";
import { PageHeading, Section } from "~/ui/page";
import { Shell } from "~/ui/shell";
import { categoryOptions } from "./+advice/category-options";
import type { Route } from "./+types/vraag.$slug._index";

export const handle: RouteHandle = { i18n: ["advice"], hydrate: false };

/** The public question form of the advice desk: no account needed, the centre by its short name. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  return {
    brand: await publicCentreBrand(db, centre.slug),
    centreName: centre.name,
    slug: centre.slug,
    stamp: await formStamp(db, centre.slug),
  };
}

/** The form again with a fresh one-time stamp (the old one may be used up). */
async function again(db: Db, slug: string, response: ReturnType<typeof invalid>, status?: number) {
  return data(
    { ...response.data, stamp: await formStamp(db, slug) },
    { status: status ?? response.init?.status },
  );
}

export async function action({ request, params }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const formData = await readForm(request);
  const centre = await findPublicCentre(db, params.slug);
  const parsed = parseForm(formData, publicQuestionInput);
  if (!parsed.ok) return again(db, centre.slug, invalid(parsed.result));
  try {
    // A robot's try (trap filled, stamp missing, forged or used) is thanked like anyone and not saved.
    const result = await askPublicQuestion(db, {
      slug: centre.slug,
      values: parsed.value,
      address: clientAddress(request),
      locale: localeOf(request),
    });
    if (result.saved) await flushMail(db);
    return redirect(`/vraag/${centre.slug}/bedankt`);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED")
      return again(
        db,
        centre.slug,
        invalid({ errors: {}, values: valuesOf(formData), formError: "errors.RATE_LIMITED" }),
        429,
      );
    if (error instanceof AppError && error.code === "INVALID")
      return again(
        db,
        centre.slug,
        invalid({ errors: error.fields, values: valuesOf(formData), formError: error.messageKey }),
      );
    throw error;
  }
}

export default function PublicQuestion({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("advice");
  const stamp = actionData && "stamp" in actionData ? actionData.stamp : loaderData.stamp;
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName, slug: loaderData.slug }} narrow>
      <div className="page--narrow">
        <PageHeading title={t("public.title")} lead={t("public.intro")} />
        <p className="utrecht-paragraph">{t("public.centre", { name: loaderData.centreName })}</p>
        <Section title={t("public.privacyTitle")} id="privacy">
          <p className="utrecht-paragraph">{t("public.privacyText", { name: loaderData.centreName })}</p>
          <p className="utrecht-paragraph">{t("public.privacyNoNames")}</p>
        </Section>
        <ErrorSummary state={actionData} />
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="startedAt" value={stamp} />
          <div className="visually-hidden" aria-hidden="true">
            <label htmlFor="website">{t("public.trap")}</label>
            <input type="text" id="website" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          <fieldset className="utrecht-form-fieldset choice-group form">
            <legend className="utrecht-form-fieldset__legend">{t("public.you")}</legend>
            <TextField
              name="organisation"
              label={t("public.organisation")}
              state={actionData}
              required
              autoComplete="organization"
            />
            <TextField
              name="askerName"
              label={t("public.askerName")}
              state={actionData}
              required
              autoComplete="name"
            />
            <TextField
              name="askerEmail"
              type="email"
              label={t("public.askerEmail")}
              state={actionData}
              required
              autoComplete="email"
            />
            <TextField
              name="askerPhone"
              type="tel"
              label={t("public.askerPhone")}
              state={actionData}
              autoComplete="tel"
            />
          </fieldset>
          <fieldset className="utrecht-form-fieldset choice-group form">
            <legend className="utrecht-form-fieldset__legend">{t("public.yourQuestion")}</legend>
            <SelectField
              name="category"
              label={t("public.category")}
              state={actionData}
              options={categoryOptions(t)}
              emptyLabel={t("public.chooseCategory")}
              required
            />
            <TextArea
              name="question"
              label={t("public.question")}
              description={t("public.questionHelp")}
              state={actionData}
              rows={7}
              required
            />
          </fieldset>
          <FormActions>
            <SubmitButton>{t("public.submit")}</SubmitButton>
          </FormActions>
        </Form>
      </div>
    </Shell>
  );
}
