import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { ChoiceGroup, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";

/** On the settings page: whether anyone may read the knowledge base's public articles. */
export function KnowledgeSetting({ public: isPublic, slug }: { public: boolean; slug: string }) {
  const { t } = useTranslation("advice");
  const address = `/kennisbank/${slug}`;
  return (
    <Section title={t("settings.title")} id="knowledge">
      <p className="utrecht-paragraph">{t("settings.intro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="knowledge" />
        <ChoiceGroup
          name="knowledgePublic"
          type="radio"
          legend={t("settings.legend")}
          options={[
            { value: "yes", label: t("settings.yes") },
            { value: "no", label: t("settings.no") },
          ]}
          defaultValues={[isPublic ? "yes" : "no"]}
          required
        />
        <FormActions>
          <SubmitButton secondary>{t("settings.save")}</SubmitButton>
        </FormActions>
      </Form>
      {isPublic && slug ? (
        <p className="utrecht-paragraph">
          {t("settings.link")}
          <Link className="utrecht-link" to={address}>
            {address}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}
