import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { answerCorrection, listCorrections } from "~/modules/privacy/correction.server";
import { erasePerson, erasuresAt } from "~/modules/privacy/erase.server";
import {
  correctionAnswerInput,
  eraseInput,
  readReasonSettingInput,
  retentionInput,
} from "~/modules/privacy/input";
import { readReasonAsked, setReadReason } from "~/modules/privacy/read-reason.server";
import { lastRetentionRun, retentionOf, setRetention } from "~/modules/privacy/retention.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { Corrections } from "./+privacy/corrections";
import { ReadReasonSetting } from "./+privacy/read-reason";
import { Retention } from "./+privacy/retention";
import type { Route } from "./+types/_app.privacy";

export const handle: RouteHandle = { i18n: ["privacy"] };

/** A person's rights on request, for coordinators: their data as a file, and erasure. */
export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "privacy:manage");
  return scope.run(async (tx) => ({
    register: can(scope.role, "centre:manage"),
    erasures: await erasuresAt(tx, scope),
    corrections: await listCorrections(tx, scope),
    answering: url.searchParams.get("answer"),
    retention: await retentionOf(tx),
    lastRun: await lastRetentionRun(tx),
    askReadReason: await readReasonAsked(tx, scope.centreId),
  }));
}

/** An address the centre does not know is a message next to the field, not a 404 page. */
async function known<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND")
      throw new AppError("INVALID", "errors.INVALID", { address: ["privacy:erase.errors.unknown"] });
    throw error;
  }
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "privacy:manage");
  return runIntents(request, {
    erase: intent({
      schema: eraseInput,
      run: (v) => known(() => erasePerson(scope.db, scope.centreId, v.address, scope)),
      done: () => redirectWithNotice("/privacy", "personErased"),
    }),
    answerCorrection: intent({
      schema: correctionAnswerInput,
      run: (v) => scope.run((tx) => answerCorrection(tx, scope, v)),
      done: () => redirectWithNotice("/privacy#corrections", "correctionAnswered"),
    }),
    readReason: intent({
      schema: readReasonSettingInput,
      run: (v) => scope.run((tx) => setReadReason(tx, scope, v.askReadReason)),
      done: () => redirectWithNotice("/privacy#read-reason", "readReasonSaved"),
    }),
    retention: intent({
      schema: retentionInput,
      run: (v) => scope.run((tx) => setRetention(tx, scope, v)),
      done: () => redirectWithNotice("/privacy#retention", "retentionSaved"),
    }),
  });
}

export default function Privacy({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("privacy");
  const state = actionData as FormState;
  const which = (name: string) => (state?.values?.intent === name ? state : undefined);
  return (
    <>
      <PageHeading title={t("erase.title")} lead={t("erase.lead")} />
      <PageNotice />
      {loaderData.register ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/privacy/register">
            {t("register.link")}
          </Link>
        </p>
      ) : null}
      <ErrorSummary state={state} />
      <Corrections
        rows={loaderData.corrections}
        answering={loaderData.answering}
        state={which("answerCorrection")}
      />
      <Section title={t("erase.exportTitle")} id="export">
        <p className="utrecht-paragraph">{t("erase.exportIntro")}</p>
        <Form method="post" action="/privacy/export.json" className="form" noValidate reloadDocument>
          <TextField name="email" type="email" label={t("erase.email")} required />
          <FormActions>
            <SubmitButton secondary>{t("erase.exportButton")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
      <Section title={t("erase.eraseTitle")} id="erase">
        <p className="utrecht-paragraph">{t("erase.eraseIntro")}</p>
        <ul className="utrecht-unordered-list">
          <li>{t("erase.what.gone")}</li>
          <li>{t("erase.what.kept")}</li>
          <li>{t("erase.what.login")}</li>
        </ul>
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="erase" />
          <TextField name="address" type="email" label={t("erase.email")} state={which("erase")} required />
          <TextField
            name="confirm"
            label={t("erase.confirm")}
            description={t("erase.confirmHint")}
            required
            state={which("erase")}
            autoComplete="off"
          />
          <FormActions>
            <SubmitButton>{t("erase.eraseButton")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
      <ReadReasonSetting ask={loaderData.askReadReason} />
      <Retention periods={loaderData.retention} last={loaderData.lastRun} state={which("retention")} />
      <Section title={t("erase.doneTitle")} id="done">
        <DataTable
          caption={t("erase.doneTitle")}
          captionHidden
          rows={loaderData.erasures}
          rowKey={(r) => `${r.at}-${r.pseudonym}`}
          empty={<EmptyState title={t("erase.none")} />}
          columns={[
            { key: "at", header: t("erase.at"), cell: (r) => formatDateTime(r.at, i18n.language) },
            { key: "pseudonym", header: t("erase.pseudonym"), rowHeader: true, cell: (r) => r.pseudonym },
            { key: "records", header: t("erase.records"), numeric: true, cell: (r) => r.records },
            { key: "by", header: t("erase.by"), cell: (r) => r.by ?? t("erase.byOperator") },
          ]}
        />
      </Section>
    </>
  );
}
