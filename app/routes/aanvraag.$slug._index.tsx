import { data, Form, redirect } from "react-router";
import { type Db, getDatabase } from "~/db/client.server";
import { clientAddress } from "~/db/rate-limit.server";
import { sectors } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { localeOf } from "~/i18n/locale.server";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { invalid, parseForm, valuesOf } from "~/lib/forms.server";
import { publicCentreBrand } from "~/modules/centres/brand.server";
import { formWithExtraRow } from "~/modules/requests/form-state.server";
import { publicRequestInput } from "~/modules/requests/input";
import {
  findPublicCentre,
  formStamp,
  publicFormOptions,
  submitPublicRequest,
} from "~/modules/requests/public-form.server";
import { ErrorSummary, FormActions, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageHeading, Section } from "~/ui/page";
import { Shell } from "~/ui/shell";
import { RequestFields } from "./+requests/request-fields";
import type { Route } from "./+types/aanvraag.$slug._index";

export const handle: RouteHandle = { i18n: ["clients", "requests"], hydrate: false };

/** The public request form: no account needed. The centre is found by the short name in the address. */
export async function loader({ params }: Route.LoaderArgs) {
  const { db } = await getDatabase();
  const centre = await findPublicCentre(db, params.slug);
  const options = await publicFormOptions(db, centre.id);
  return {
    brand: await publicCentreBrand(db, centre.slug),
    centreName: centre.name,
    slug: centre.slug,
    centreEmail: centre.email,
    stamp: await formStamp(db, centre.slug),
    options,
  };
}

/** An answer that shows the form again, with a fresh one-time stamp (the old one may be used up). */
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
  if (formData.get("intent") === "addRow") return formWithExtraRow(formData);
  const parsed = parseForm(formData, publicRequestInput);
  if (!parsed.ok) return again(db, centre.slug, invalid(parsed.result));
  try {
    // A robot's try (trap filled, stamp missing, forged or used) is thanked like anyone and not saved.
    await submitPublicRequest(db, {
      slug: centre.slug,
      values: parsed.value,
      address: clientAddress(request),
      locale: localeOf(request),
    });
    return redirect(`/aanvraag/${centre.slug}/bedankt`);
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

export default function PublicRequest({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation(["requests", "clients"]);
  const stamp = actionData && "stamp" in actionData ? actionData.stamp : loaderData.stamp;
  return (
    <Shell centre={loaderData.brand ?? { name: loaderData.centreName, slug: loaderData.slug }} narrow>
      <div className="page--narrow">
        <PageHeading title={t("public.title")} lead={t("public.intro")} />
        <p className="utrecht-paragraph">{t("public.centre", { name: loaderData.centreName })}</p>
        <Section title={t("public.privacyTitle")} id="privacy">
          <p className="utrecht-paragraph">{t("public.privacyText", { name: loaderData.centreName })}</p>
          {loaderData.centreEmail ? (
            <p className="utrecht-paragraph">
              {t("public.privacyContact", { name: loaderData.centreName, email: loaderData.centreEmail })}
            </p>
          ) : null}
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
            <SelectField
              name="sector"
              label={t("public.sector")}
              state={actionData}
              options={sectors.map((s) => ({ value: s, label: t(`clients:sectors.${s}`) }))}
              emptyLabel={t("public.chooseSector")}
              required
            />
            <TextField
              name="contactName"
              label={t("public.contactName")}
              state={actionData}
              required
              autoComplete="name"
            />
            <TextField
              name="email"
              type="email"
              label={t("public.email")}
              state={actionData}
              required
              autoComplete="email"
            />
            <TextField
              name="phone"
              type="tel"
              label={t("public.phone")}
              state={actionData}
              autoComplete="tel"
            />
          </fieldset>
          <RequestFields state={actionData} options={loaderData.options} showBudget={false} />
          <FormActions>
            <SubmitButton>{t("public.submit")}</SubmitButton>
          </FormActions>
        </Form>
      </div>
    </Shell>
  );
}
