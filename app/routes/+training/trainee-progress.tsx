import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { progressValues } from "~/db/values";
import { formatDate, formatDateTime } from "~/lib/dates";
import type { traineeRecord } from "~/modules/training/trainee.server";
import { type FormState, SubmitButton } from "~/ui/form";

type Trainee = Awaited<ReturnType<typeof traineeRecord>>;

export function ProgressForm({
  trainee,
  state,
  canWrite,
}: {
  trainee: Trainee;
  state: FormState;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation("training");
  const sent = (name: string, fallback: string) => {
    const v = state?.values?.[name];
    return typeof v === "string" ? v : fallback;
  };
  return (
    <section aria-labelledby="progress-title">
      <h2 className="utrecht-heading-2" id="progress-title">
        {t("trainee.progressTitle")}
      </h2>
      {trainee.modules.length === 0 ? (
        <p className="utrecht-paragraph">{t("trainee.noModules")}</p>
      ) : (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="progress" />
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption className="visually-hidden">{t("trainee.progressCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trainee.module")}</th>
                  <th scope="col">{t("trainee.state")}</th>
                  <th scope="col">{t("trainee.doneOn")}</th>
                </tr>
              </thead>
              <tbody>
                {trainee.modules.map((m) => {
                  const dateError = state?.errors?.[`d-${m.id}`];
                  return (
                    <tr key={m.id}>
                      <th scope="row">
                        {m.name} <span className="muted">({t(`moduleKind.${m.kind}`)})</span>
                      </th>
                      <td>
                        {canWrite ? (
                          <>
                            <label htmlFor={`p-${m.id}`} className="visually-hidden">
                              {t("trainee.stateLabel", { name: m.name })}
                            </label>
                            <select
                              id={`p-${m.id}`}
                              name={`p-${m.id}`}
                              className="utrecht-select utrecht-select--html-select"
                              defaultValue={sent(`p-${m.id}`, m.progress)}
                            >
                              {progressValues.map((p) => (
                                <option key={p} value={p}>
                                  {t(`progress.${p}`)}
                                </option>
                              ))}
                            </select>
                          </>
                        ) : (
                          t(`progress.${m.progress}`)
                        )}
                      </td>
                      <td>
                        {canWrite ? (
                          <>
                            <label htmlFor={`d-${m.id}`} className="visually-hidden">
                              {t("trainee.doneOnLabel", { name: m.name })}
                            </label>
                            {dateError ? (
                              <p className="utrecht-form-field-error-message" id={`d-${m.id}-error`}>
                                {dateError.map((k) => t(k)).join(" ")}
                              </p>
                            ) : null}
                            <input
                              type="date"
                              id={`d-${m.id}`}
                              name={`d-${m.id}`}
                              className="utrecht-textbox utrecht-textbox--html-input"
                              aria-invalid={dateError ? true : undefined}
                              aria-describedby={dateError ? `d-${m.id}-error` : undefined}
                              defaultValue={sent(`d-${m.id}`, m.completedOn ?? "")}
                            />
                          </>
                        ) : m.completedOn ? (
                          formatDate(m.completedOn, i18n.language)
                        ) : (
                          ""
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {canWrite ? (
            <div>
              <SubmitButton>{t("trainee.saveProgress")}</SubmitButton>
            </div>
          ) : null}
        </Form>
      )}
    </section>
  );
}

export function AttendanceList({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation("training");
  return (
    <section aria-labelledby="attendance-title">
      <h2 className="utrecht-heading-2" id="attendance-title">
        {t("trainee.attendanceTitle")}
      </h2>
      {trainee.attendance.length === 0 ? (
        <p className="utrecht-paragraph">{t("trainee.noSessions")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("trainee.attendanceCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cohort.when")}</th>
                <th scope="col">{t("cohort.sessionTitle")}</th>
                <th scope="col">{t("cohort.present")}</th>
              </tr>
            </thead>
            <tbody>
              {trainee.attendance.map((a) => (
                <tr key={`${a.startsAt}-${a.title}`}>
                  <td>{formatDateTime(a.startsAt, i18n.language)}</td>
                  <th scope="row">{a.title}</th>
                  <td>{a.value ? t(`attendance.${a.value}`) : t("cohort.notMarked")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
