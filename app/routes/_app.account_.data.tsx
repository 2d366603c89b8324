import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { requireViewer } from "~/modules/accounts/viewer.server";
import { centreBrand } from "~/modules/centres/brand.server";
import { ownCorrections, requestCorrection } from "~/modules/privacy/correction.server";
import { correctionInput } from "~/modules/privacy/input";
import { collectOwnData } from "~/modules/privacy/person-data.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { PageHeading, Section, StatusBadge } from "~/ui/page";
import { Holding } from "./+privacy/holding";
import type { Route } from "./+types/_app.account_.data";

export const handle: RouteHandle = {
  i18n: ["privacy", "audit", "policy", "advice", "intervisie"],
  hydrate: false,
};

/** Mijn gegevens: everything Tandem holds about the signed-in person in this centre (AVG, right of access). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await requireViewer(request);
  const data = await collectOwnData(viewer.db, viewer);
  const { brand, corrections } = await viewer.run(async (tx) => ({
    brand: await centreBrand(tx, viewer.centreId),
    corrections: await ownCorrections(tx, viewer),
  }));
  return {
    data,
    corrections,
    je: viewer.role !== "client_contact" && viewer.role !== "funder",
    centreEmail: brand?.email ?? null,
  };
}

export async function action({ request }: Route.ActionArgs) {
  const viewer = await requireViewer(request);
  return runIntents(request, {
    correction: intent({
      schema: correctionInput,
      run: (v) => viewer.run((tx) => requestCorrection(tx, viewer, v)),
      done: () => redirectWithNotice("/account/data#correction", "correctionSent"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

/** Ask for a correction, and what became of earlier requests. */
function Correction({
  data,
  je,
  corrections,
  state,
}: Pick<Data, "data" | "je" | "corrections"> & { state: FormState }) {
  const { t, i18n } = useTranslation("privacy");
  const parts = data.groups.flatMap((g) => g.holdings.filter((h) => h.rows.length > 0).map((h) => h.key));
  return (
    <Section title={t("correction.title")} id="correction">
      <p className="utrecht-paragraph">{t(je ? "correction.introJe" : "correction.intro")}</p>
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="correction" />
        <SelectField
          name="about"
          label={t("correction.about")}
          state={state}
          options={parts.map((key) => ({ value: key, label: t(`holdings.${key}.title`) }))}
          emptyLabel={t("correction.aboutAny")}
        />
        <TextArea name="message" label={t("correction.message")} required rows={4} state={state} />
        <FormActions>
          <SubmitButton>{t("correction.send")}</SubmitButton>
        </FormActions>
      </Form>
      {corrections.length ? (
        <DataTable
          caption={t("correction.mineCaption")}
          rows={corrections}
          rowKey={(c) => c.id}
          columns={[
            {
              key: "asked",
              header: t("correction.asked"),
              cell: (c) => formatDate(c.createdAt, i18n.language),
            },
            {
              key: "about",
              header: t("correction.about"),
              cell: (c) => (c.about ? t(`holdings.${c.about}.title`) : t("correction.aboutAny")),
            },
            { key: "question", header: t("correction.question"), rowHeader: true, cell: (c) => c.message },
            {
              key: "status",
              header: t("correction.status"),
              cell: (c) => (
                <StatusBadge
                  tone={c.status === "open" ? "warning" : c.status === "corrected" ? "success" : "neutral"}
                >
                  {t(`correction.statuses.${c.status}`)}
                </StatusBadge>
              ),
            },
            {
              key: "answer",
              header: t("correction.answer"),
              cell: (c) => c.answer ?? t("correction.noAnswer"),
            },
          ]}
        />
      ) : null}
    </Section>
  );
}

export default function MyData({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("privacy");
  const { data, je, centreEmail, corrections } = loaderData;
  return (
    <>
      <PageHeading
        title={t("data.title")}
        lead={t(je ? "data.leadJe" : "data.lead", { centre: data.centre })}
        actions={
          <>
            <a className="utrecht-button utrecht-button--secondary-action" href="/account/data.pdf" download>
              {t("data.downloadPdf")}
            </a>
            <a className="utrecht-button utrecht-button--secondary-action" href="/account/data.json" download>
              {t("data.download")}
            </a>
          </>
        }
      />
      <PageNotice />
      <p className="utrecht-paragraph muted">{t("data.downloadHint")}</p>
      {data.groups.length === 0 ? <p className="utrecht-paragraph">{t("data.none")}</p> : null}
      {data.groups.map((group) => (
        <Section key={group.group} title={t(`groups.${group.group}`)} id={`group-${group.group}`}>
          {group.holdings
            .filter((h) => h.rows.length > 0)
            .map((h) => (
              <Holding key={h.key} holdingKey={h.key} rows={h.rows} values={h.values} />
            ))}
        </Section>
      ))}
      <Correction data={data} je={je} corrections={corrections} state={actionData as FormState} />
      <p className="utrecht-paragraph">
        {centreEmail
          ? t("data.question", { centre: data.centre, email: centreEmail })
          : t("data.questionNoEmail", { centre: data.centre })}{" "}
        <Link className="utrecht-link" to="/account">
          {t("common:nav.account")}
        </Link>
      </p>
    </>
  );
}
