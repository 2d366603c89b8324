import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { consentHistory, currentConsents, decideConsent } from "~/modules/privacy/consent.server";
import { consentInput } from "~/modules/privacy/input";
import { consentVersions, purposesFor } from "~/modules/privacy/values";
import { DataTable } from "~/ui/data-table";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import type { Route } from "./+types/_app.account_.consent";

export const handle: RouteHandle = { i18n: ["privacy"], hydrate: false };

/** Mijn toestemming: per purpose, given or withdrawn by the person, with the version of the text. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const purposes = purposesFor(viewer.role);
  const history = await viewer.run((tx) => consentHistory(tx, viewer.userId));
  return {
    centre: viewer.centreName,
    je: viewer.role !== "client_contact" && viewer.role !== "funder",
    consents: currentConsents(history).filter((c) => purposes.includes(c.purpose)),
    history,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireViewer(request);
  return runIntents(request, {
    decide: intent({
      schema: consentInput,
      run: (v) => viewer.run((tx) => decideConsent(tx, viewer, v.purpose, v.given)),
      done: () => redirectWithNotice("/account/consent", "consentSaved"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Purpose({
  consent,
  centre,
  je,
  everGiven,
}: {
  consent: Data["consents"][number];
  centre: string;
  je: boolean;
  everGiven: boolean;
}) {
  const { t, i18n } = useTranslation("privacy");
  const { purpose, given, decidedAt, outdated } = consent;
  const date = decidedAt ? formatDate(decidedAt, i18n.language) : "";
  const title = t(`consent.purposes.${purpose}.title`);
  return (
    <Section title={title} id={`consent-${purpose}`}>
      <p className="utrecht-paragraph">“{t(`consent.purposes.${purpose}.text`, { centre })}”</p>
      <p className="utrecht-paragraph muted">{t("consent.version", { version: consentVersions[purpose] })}</p>
      <p className="utrecht-paragraph">
        <strong>{t("consent.state")}: </strong>
        {given === null ? (
          t(je ? "consent.notAskedJe" : "consent.notAsked")
        ) : given ? (
          <StatusBadge tone="success">{t("consent.given", { date })}</StatusBadge>
        ) : (
          <StatusBadge tone="neutral">
            {t(everGiven ? "consent.withdrawn" : "consent.refused", { date })}
          </StatusBadge>
        )}
      </p>
      {outdated ? (
        <p className="utrecht-paragraph">{t(je ? "consent.outdatedJe" : "consent.outdated")}</p>
      ) : null}
      <div className="actions">
        {given !== true || outdated ? (
          <IntentButton
            intent="decide"
            fields={{ purpose, given: "yes" }}
            label={`${t("consent.yes")}: ${title}`}
          >
            {t("consent.yes")}
          </IntentButton>
        ) : null}
        {given !== false ? (
          <IntentButton
            intent="decide"
            fields={{ purpose, given: "no" }}
            secondary
            label={`${given ? t("consent.withdraw") : t("consent.no")}: ${title}`}
          >
            {given ? t("consent.withdraw") : t("consent.no")}
          </IntentButton>
        ) : null}
      </div>
    </Section>
  );
}

export default function MyConsent({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("privacy");
  const { consents, history, centre, je } = loaderData;
  return (
    <>
      <PageHeading
        title={t("consent.title")}
        lead={t(je ? "consent.leadJe" : "consent.lead", { centre })}
        back={{ to: "/account", label: t("common:nav.account") }}
      />
      <PageNotice />
      {consents.map((c) => (
        <Purpose
          key={c.purpose}
          consent={c}
          centre={centre}
          je={je}
          everGiven={history.some((h) => h.purpose === c.purpose && h.given)}
        />
      ))}
      <Section title={t("consent.history")} id="history">
        <DataTable
          caption={t("consent.historyCaption")}
          captionHidden
          rows={history}
          rowKey={(r) => `${r.purpose}-${new Date(r.decidedAt).toISOString()}`}
          empty={<EmptyState title={t("consent.noHistory")} />}
          columns={[
            {
              key: "when",
              header: t("consent.when"),
              cell: (r) => formatDateTime(r.decidedAt, i18n.language),
            },
            {
              key: "what",
              header: t("consent.what"),
              rowHeader: true,
              cell: (r) => t(`consent.purposes.${r.purpose}.title`),
            },
            {
              key: "choice",
              header: t("consent.choice"),
              cell: (r) => (r.given ? t("consent.choiceYes") : t("consent.choiceNo")),
            },
            { key: "version", header: t("consent.textVersion"), cell: (r) => r.textVersion },
          ]}
        />
      </Section>
    </>
  );
}
