import { data, Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { type ImportResult, importTrainees } from "~/modules/outcomes/import-trainees.server";
import { readTable } from "~/modules/outcomes/read-table.server";
import { DataTable } from "~/ui/data-table";
import { FormActions } from "~/ui/form";
import { Link } from "~/ui/link";
import { Notice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.training.import";

export const handle: RouteHandle = { i18n: ["outcomes"] };

/** At most 5 MB per file. */
const maxBytes = 5 * 1024 * 1024;

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:write");
  if (!can(scope.role, "outcomes:write")) throw new AppError("FORBIDDEN");
  return null;
}

type Upload = { fileName: string; body: Buffer } | { problem: string };

/** The file from the upload, or the same file sent back (base64) when the good rows are chosen. */
async function upload(formData: FormData): Promise<Upload> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxBytes) return { problem: "outcomes:import.tooBig" };
    return { fileName: file.name, body: Buffer.from(await file.arrayBuffer()) };
  }
  const again = formData.get("content");
  const fileName = formData.get("fileName");
  if (typeof again === "string" && again !== "" && typeof fileName === "string") {
    const body = Buffer.from(again, "base64");
    if (body.length > maxBytes) return { problem: "outcomes:import.tooBig" };
    return { fileName, body };
  }
  return { problem: "outcomes:import.chooseFile" };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await readForm(request, { maxBytes: 8 * 1024 * 1024 });
  const file = await upload(formData);
  if ("problem" in file) return data({ problem: file.problem }, { status: 400 });
  try {
    const table = await readTable(file.fileName, file.body);
    const goodRows = formData.get("goodRows") === "on";
    const result = await scope.run((tx) => importTrainees(tx, scope, table, { goodRows }));
    if (!result.imported) {
      return data(
        { result, fileName: file.fileName, content: file.body.toString("base64") },
        { status: result.errors.length > 0 ? 400 : 200 },
      );
    }
    return { result };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID") {
      return data({ problem: error.messageKey }, { status: 400 });
    }
    throw error;
  }
}

type Answer = { problem?: string; result?: ImportResult; fileName?: string; content?: string } | undefined;

function RowErrors({
  result,
  fileName,
  content,
}: {
  result: ImportResult;
  fileName?: string;
  content?: string;
}) {
  const { t } = useTranslation("outcomes");
  const canChooseGood = !result.errors.some((e) => e.problem === "missing_column") && content;
  return (
    <Section title={t("import.errorsTitle")} id="errors" className="card card--error">
      <p className="utrecht-paragraph">{t("import.errorsIntro", { count: result.skipped })}</p>
      <ul className="import-errors">
        {result.errors.map((e) => (
          <li key={`${e.row}-${e.column}`}>
            {t(`import.problems.${e.problem}`, { row: e.row, column: e.label, other: e.other })}
          </li>
        ))}
      </ul>
      {canChooseGood ? (
        <Form method="post" encType="multipart/form-data" className="form">
          <input type="hidden" name="fileName" value={fileName} />
          <input type="hidden" name="content" value={content} />
          <div className="choice">
            <input
              type="checkbox"
              id="goodRows"
              name="goodRows"
              required
              className="utrecht-checkbox utrecht-checkbox--html-input"
            />
            <label htmlFor="goodRows">{t("import.goodRows")}</label>
          </div>
          <FormActions>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("import.submit")}
            </button>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

function Imported({ result }: { result: ImportResult }) {
  const { t } = useTranslation("outcomes");
  return (
    <>
      <Notice kind="success">
        <p className="utrecht-paragraph">
          {t("import.done", {
            created: result.created,
            updated: result.updated,
            cohorts: result.cohortsCreated,
            skipped: result.skipped,
          })}
        </p>
      </Notice>
      <Section title={t("import.imported")} id="imported">
        <DataTable
          caption={t("import.importedCaption")}
          captionHidden
          rows={result.trainees}
          rowKey={(trainee) => trainee.id}
          columns={[
            {
              key: "name",
              header: t("import.name"),
              rowHeader: true,
              cell: (trainee) => (
                <Link className="utrecht-link" to={`/training/trainees/${trainee.id}`}>
                  {trainee.name}
                </Link>
              ),
            },
            { key: "cohort", header: t("import.cohort"), cell: (trainee) => trainee.cohort },
            {
              key: "outcomes",
              header: t("import.outcomesLink"),
              cell: (trainee) => (
                <Link className="utrecht-link" to={`/training/trainees/${trainee.id}/outcomes`}>
                  {`${t("import.outcomesLink")}: ${trainee.name}`}
                </Link>
              ),
            },
          ]}
        />
      </Section>
    </>
  );
}

export default function ImportTrainees({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const answer = actionData as Answer;
  const result = answer?.result;
  return (
    <>
      <PageHeading
        title={t("import.title")}
        lead={t("import.intro")}
        back={{ to: "/training", label: t("import.back") }}
      />
      {result?.imported ? <Imported result={result} /> : null}
      {result && !result.imported && result.errors.length > 0 ? (
        <RowErrors result={result} fileName={answer?.fileName} content={answer?.content} />
      ) : null}
      <Section title={t("import.columnsTitle")} id="columns">
        <p className="utrecht-paragraph">{t("import.columns")}</p>
        <p className="utrecht-paragraph">{t("import.rules")}</p>
        <ul className="download-list">
          <li>
            <a className="utrecht-link" href="/templates/trainees.csv" download>
              {t("import.template")}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href="/templates/trainees.xlsx" download>
              {t("import.templateXlsx")}
            </a>
          </li>
        </ul>
      </Section>
      <Section title={t("import.uploadTitle")} id="upload">
        <Form method="post" encType="multipart/form-data" className="form" noValidate>
          <div className={`field utrecht-form-field${answer?.problem ? " field--invalid" : ""}`}>
            <label className="utrecht-form-label" htmlFor="file">
              {t("import.file")}
            </label>
            {answer?.problem ? (
              <p className="field__error" id="file-error" role="alert">
                {t(answer.problem)}
              </p>
            ) : null}
            <input
              id="file"
              name="file"
              type="file"
              className="file-input"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={answer?.problem ? true : undefined}
              aria-describedby={answer?.problem ? "file-error" : undefined}
            />
          </div>
          <FormActions>
            <button type="submit" className="utrecht-button utrecht-button--primary-action">
              {t("import.submit")}
            </button>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}
