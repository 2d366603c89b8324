import { useTranslation } from "react-i18next";
import { data, Form, Link } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { AppError } from "~/lib/errors";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { type ImportResult, importTrainees } from "~/modules/outcomes/import-trainees.server";
import { readTable } from "~/modules/outcomes/read-table.server";
import { PageTitle } from "~/ui/shell";
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
    <section aria-labelledby="errors-title" className="utrecht-alert utrecht-alert--error">
      <h2 className="utrecht-heading-2" id="errors-title">
        {t("import.errorsTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("import.errorsIntro", { count: result.skipped })}</p>
      <ul>
        {result.errors.map((e) => (
          <li key={`${e.row}-${e.column}`}>
            {t(`import.problems.${e.problem}`, { row: e.row, column: e.label, other: e.other })}
          </li>
        ))}
      </ul>
      {canChooseGood ? (
        <Form method="post" encType="multipart/form-data">
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
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("import.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

function Imported({ result }: { result: ImportResult }) {
  const { t } = useTranslation("outcomes");
  return (
    <section aria-labelledby="imported-title">
      <p className="notice" role="status">
        {t("import.done", {
          created: result.created,
          updated: result.updated,
          cohorts: result.cohortsCreated,
          skipped: result.skipped,
        })}
      </p>
      <h2 className="utrecht-heading-2" id="imported-title">
        {t("import.imported")}
      </h2>
      <div className="table-wrap">
        <table className="utrecht-table">
          <caption className="visually-hidden">{t("import.importedCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("import.name")}</th>
              <th scope="col">{t("import.cohort")}</th>
              <th scope="col">{t("import.outcomesLink")}</th>
            </tr>
          </thead>
          <tbody>
            {result.trainees.map((trainee) => (
              <tr key={trainee.id}>
                <th scope="row">
                  <Link className="utrecht-link" to={`/training/trainees/${trainee.id}`}>
                    {trainee.name}
                  </Link>
                </th>
                <td>{trainee.cohort}</td>
                <td>
                  <Link className="utrecht-link" to={`/training/trainees/${trainee.id}/outcomes`}>
                    {`${t("import.outcomesLink")}: ${trainee.name}`}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export default function ImportTrainees({ actionData }: Route.ComponentProps) {
  const { t } = useTranslation("outcomes");
  const answer = actionData as Answer;
  const result = answer?.result;
  return (
    <>
      <PageTitle>{t("import.title")}</PageTitle>
      {result?.imported ? <Imported result={result} /> : null}
      {result && !result.imported && result.errors.length > 0 ? (
        <RowErrors result={result} fileName={answer?.fileName} content={answer?.content} />
      ) : null}
      <p className="utrecht-paragraph">{t("import.intro")}</p>
      <h2 className="utrecht-heading-2">{t("import.columnsTitle")}</h2>
      <p className="utrecht-paragraph">{t("import.columns")}</p>
      <p className="utrecht-paragraph">{t("import.rules")}</p>
      <ul>
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
      <Form method="post" encType="multipart/form-data" noValidate>
        <div className={`utrecht-form-field${answer?.problem ? " utrecht-form-field--invalid" : ""}`}>
          <label className="utrecht-form-label" htmlFor="file">
            {t("import.file")}
          </label>
          {answer?.problem ? (
            <p className="utrecht-form-field-error-message" id="file-error" role="alert">
              {t(answer.problem)}
            </p>
          ) : null}
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={answer?.problem ? true : undefined}
            aria-describedby={answer?.problem ? "file-error" : undefined}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t("import.submit")}
        </button>
      </Form>
    </>
  );
}
