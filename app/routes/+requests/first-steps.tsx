import { useTranslation } from "~/i18n/use-translation";
import { Link } from "~/ui/link";
import { Section } from "~/ui/page";

type Setup = { areas: number; experts: number; requests: number };

/** A new centre's start page: the three things to do first, each with its link, ticked off when done. */
export function FirstSteps({ setup, formUrl }: { setup: Setup; formUrl: string }) {
  const { t } = useTranslation("requests");
  const steps = [
    { key: "areas", done: setup.areas > 0, to: "/settings", link: t("firstSteps.areasLink") },
    { key: "experts", done: setup.experts > 0, to: "/pool/new", link: t("firstSteps.expertsLink") },
    { key: "form", done: setup.requests > 0, to: null, link: null },
  ] as const;
  return (
    <Section title={t("firstSteps.title")} id="first-steps" className="card card--accent">
      <p className="utrecht-paragraph">{t("firstSteps.intro")}</p>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.key} className={step.done ? "steps__done" : undefined}>
            <strong>{t(`firstSteps.${step.key}`)}</strong>
            {step.done ? <span className="muted"> · {t("firstSteps.done")}</span> : null}
            <p className="utrecht-paragraph">{t(`firstSteps.${step.key}Help`)}</p>
            {step.to ? (
              <Link className="utrecht-link" to={step.to}>
                {step.link}
              </Link>
            ) : (
              <p className="utrecht-paragraph">
                <a className="utrecht-link" href={formUrl}>
                  {formUrl}
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
