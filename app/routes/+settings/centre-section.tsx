import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { FormActions, SubmitButton, TextField } from "~/ui/form";
import { Section } from "~/ui/page";
import type { SettingsState } from "./fields";

export type CentreSettings = {
  name: string;
  email: string | null;
  phone: string | null;
  colour: string | null;
  logoUrl: string | null;
};

/** The admin's part of the settings: the centre's contact (mail signature) and its colour and logo. */
export function CentreSection({ centre, state }: { centre: CentreSettings; state: SettingsState }) {
  const { t } = useTranslation("settings");
  const contactState = state?.target === "contact" ? state : undefined;
  const brandState = state?.target === "brand" ? state : undefined;
  return (
    <>
      <Section title={t("contact.title")} id="contact">
        <p className="utrecht-paragraph">{t("contact.intro")}</p>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="contact" />
          <TextField
            name="email"
            type="email"
            label={t("contact.email")}
            state={contactState}
            defaultValue={centre.email}
            autoComplete="email"
          />
          <TextField
            name="phone"
            type="tel"
            label={t("contact.phone")}
            state={contactState}
            defaultValue={centre.phone}
            autoComplete="tel"
          />
          <FormActions>
            <SubmitButton>{t("contact.submit")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
      <Section title={t("brand.title")} id="brand">
        <p className="utrecht-paragraph">{t("brand.intro")}</p>
        <Form method="post" className="form" encType="multipart/form-data" noValidate>
          <input type="hidden" name="intent" value="brand" />
          <TextField
            name="colour"
            label={t("brand.colour")}
            description={t("brand.colourHint")}
            state={brandState}
            defaultValue={centre.colour}
            short
          />
          {centre.logoUrl ? (
            <p className="utrecht-paragraph">
              <img src={centre.logoUrl} alt={t("brand.current", { name: centre.name })} height="48" />
            </p>
          ) : null}
          <div className={`field utrecht-form-field${brandState?.errors?.logo ? " field--invalid" : ""}`}>
            <label className="utrecht-form-label" htmlFor="logo">
              {t("brand.logo")} <span className="field-optional">({t("common:form.optional")})</span>
            </label>
            <p className="field__hint" id="logo-hint">
              {t("brand.logoHint")}
            </p>
            {brandState?.errors?.logo ? (
              <p className="field__error" id="logo-error">
                {brandState.errors.logo.map((m) => t(m)).join(" ")}
              </p>
            ) : null}
            <input
              id="logo"
              name="logo"
              type="file"
              accept="image/png,image/jpeg,image/webp"
              aria-describedby={brandState?.errors?.logo ? "logo-hint logo-error" : "logo-hint"}
            />
          </div>
          {centre.logoUrl ? (
            <div className="choice">
              <input
                type="checkbox"
                id="removeLogo"
                name="removeLogo"
                value="yes"
                className="utrecht-checkbox"
              />
              <label htmlFor="removeLogo">{t("brand.removeLogo")}</label>
            </div>
          ) : null}
          <FormActions>
            <SubmitButton>{t("brand.submit")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}
