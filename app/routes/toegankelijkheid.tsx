import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { PageHeading, Section } from "~/ui/page";
import { Shell } from "~/ui/shell";

export const handle: RouteHandle = { i18n: ["about"], hydrate: false };

/** The accessibility statement, linked from every page's footer. */
export default function AccessibilityPage() {
  const { t } = useTranslation("about");
  return (
    <Shell narrow>
      <PageHeading title={t("accessibility.title")} lead={t("accessibility.intro")} />
      <Section title={t("accessibility.goalTitle")} id="goal">
        <p className="utrecht-paragraph">{t("accessibility.goal")}</p>
      </Section>
      <Section title={t("accessibility.howTitle")} id="how">
        <ul className="utrecht-unordered-list">
          <li>{t("accessibility.how1")}</li>
          <li>{t("accessibility.how2")}</li>
          <li>{t("accessibility.how3")}</li>
          <li>{t("accessibility.how4")}</li>
        </ul>
      </Section>
      <Section title={t("accessibility.limitsTitle")} id="limits">
        <p className="utrecht-paragraph">{t("accessibility.limits")}</p>
      </Section>
      <Section title={t("accessibility.contactTitle")} id="contact">
        <p className="utrecht-paragraph">{t("accessibility.contact")}</p>
      </Section>
    </Shell>
  );
}
