import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { moduleKinds } from "~/db/values";
import { formatDate, formatDateTime } from "~/lib/dates";
import type { cohortProgramme } from "~/modules/training/programme.server";
import { type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";

type Data = Awaited<ReturnType<typeof cohortProgramme>> & { canWrite: boolean };

export function CohortFacts({ cohort }: { cohort: Data["cohort"] }) {
  const { t, i18n } = useTranslation("training");
  const notSet = <span className="muted">{t("cohort.notSet")}</span>;
  return (
    <dl className="facts">
      <dt>{t("form.kind")}</dt>
      <dd>{t(`kind.${cohort.kind}`)}</dd>
      <dt>{t("form.partner")}</dt>
      <dd>{cohort.trainingPartner || notSet}</dd>
      <dt>{t("form.location")}</dt>
      <dd>{cohort.location || notSet}</dd>
      <dt>{t("form.province")}</dt>
      <dd>{cohort.province ?? notSet}</dd>
      <dt>{t("list.dates")}</dt>
      <dd>
        {t("list.dateRange", {
          from: formatDate(cohort.startsOn, i18n.language),
          to: formatDate(cohort.endsOn, i18n.language),
        })}
      </dd>
      <dt>{t("form.grant")}</dt>
      <dd>{cohort.grant ?? notSet}</dd>
    </dl>
  );
}

function RemoveButton({ intent, id, label }: { intent: string; id: string; label: string }) {
  const { t } = useTranslation("training");
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-label={label}>
        {t("cohort.remove")}
      </button>
    </Form>
  );
}

export function Sessions({ data, state }: { data: Data; state: FormState }) {
  const { t, i18n } = useTranslation("training");
  const base = `/training/${data.cohort.id}`;
  return (
    <section aria-labelledby="sessions-title">
      <h2 className="utrecht-heading-2" id="sessions-title">
        {t("cohort.sessions")}
      </h2>
      {data.sessions.length === 0 ? (
        <p className="utrecht-paragraph">{t("cohort.noSessions")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("cohort.sessionsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cohort.when")}</th>
                <th scope="col">{t("cohort.sessionTitle")}</th>
                <th scope="col">{t("cohort.present")}</th>
                <th scope="col">{t("cohort.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.map((s) => (
                <tr key={s.id}>
                  <td>{formatDateTime(s.startsAt, i18n.language)}</td>
                  <th scope="row">{s.title}</th>
                  <td>
                    {s.marked === 0
                      ? t("cohort.notMarked")
                      : t("cohort.presentOf", { present: s.present, marked: s.marked })}
                  </td>
                  <td>
                    <div className="actions">
                      <Link
                        className="utrecht-link"
                        to={`${base}/sessions/${s.id}`}
                        aria-label={t("cohort.markAttendanceLabel", { title: s.title })}
                      >
                        {t("cohort.markAttendance")}
                      </Link>
                      {data.canWrite ? (
                        <RemoveButton
                          intent="removeSession"
                          id={s.id}
                          label={t("cohort.removeSessionLabel", { title: s.title })}
                        />
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.canWrite ? (
        <>
          <h3 className="utrecht-heading-3">{t("cohort.addSession")}</h3>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="addSession" />
            <div className="form-row">
              <TextField
                name="sessionDate"
                type="date"
                label={t("cohort.sessionDate")}
                required
                state={state}
              />
              <TextField
                name="sessionTime"
                type="time"
                label={t("cohort.sessionTime")}
                required
                state={state}
              />
            </div>
            <TextField name="sessionTitle" label={t("cohort.newSessionTitle")} required state={state} />
            <div>
              <SubmitButton>{t("cohort.addSession")}</SubmitButton>
            </div>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export function Modules({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("training");
  const accepted = data.trainees.filter((p) => p.intakeStatus === "accepted").length;
  return (
    <section aria-labelledby="modules-title">
      <h2 className="utrecht-heading-2" id="modules-title">
        {t("cohort.modules")}
      </h2>
      {data.modules.length === 0 ? (
        <p className="utrecht-paragraph">{t("cohort.noModules")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("cohort.modulesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cohort.order")}</th>
                <th scope="col">{t("cohort.moduleName")}</th>
                <th scope="col">{t("cohort.moduleKind")}</th>
                <th scope="col">{t("cohort.done")}</th>
                {data.canWrite ? <th scope="col">{t("cohort.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {data.modules.map((m) => (
                <tr key={m.id}>
                  <td>{m.position}</td>
                  <th scope="row">{m.name}</th>
                  <td>{t(`moduleKind.${m.kind}`)}</td>
                  <td>{t("cohort.doneOf", { done: m.completed, total: accepted })}</td>
                  {data.canWrite ? (
                    <td>
                      <RemoveButton
                        intent="removeModule"
                        id={m.id}
                        label={t("cohort.removeModuleLabel", { name: m.name })}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.canWrite ? (
        <>
          <h3 className="utrecht-heading-3">{t("cohort.addModule")}</h3>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="addModule" />
            <TextField name="moduleName" label={t("cohort.newModuleName")} required state={state} />
            <div className="form-row">
              <SelectField
                name="moduleKind"
                label={t("cohort.moduleKind")}
                required
                state={state}
                defaultValue="module"
                options={moduleKinds.map((k) => ({ value: k, label: t(`moduleKind.${k}`) }))}
              />
              <TextField
                name="modulePosition"
                type="number"
                inputMode="numeric"
                min={0}
                label={t("cohort.newModulePosition")}
                state={state}
              />
            </div>
            <div>
              <SubmitButton>{t("cohort.addModule")}</SubmitButton>
            </div>
          </Form>
        </>
      ) : null}
    </section>
  );
}

export function Trainees({ data }: { data: Data }) {
  const { t } = useTranslation("training");
  return (
    <section aria-labelledby="trainees-title">
      <h2 className="utrecht-heading-2" id="trainees-title">
        {t("cohort.trainees")}
      </h2>
      {data.canWrite ? (
        <p className="actions">
          <Link
            className="utrecht-button utrecht-button--secondary-action"
            to={`/training/${data.cohort.id}/candidates/new`}
          >
            {t("cohort.addCandidate")}
          </Link>
        </p>
      ) : null}
      {data.trainees.length === 0 ? (
        <p className="utrecht-paragraph">{t("cohort.noTrainees")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("cohort.traineesCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cohort.name")}</th>
                <th scope="col">{t("cohort.intake")}</th>
                <th scope="col">{t("cohort.status")}</th>
                <th scope="col">{t("cohort.attendanceRate")}</th>
                <th scope="col">{t("cohort.modulesDone")}</th>
              </tr>
            </thead>
            <tbody>
              {data.trainees.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link className="utrecht-link" to={`/training/trainees/${p.id}`}>
                      {p.name}
                    </Link>
                  </th>
                  <td>{t(`intakeStatus.${p.intakeStatus}`)}</td>
                  <td>{t(`status.${p.status}`)}</td>
                  <td>{p.attendance === null ? "–" : `${p.attendance}%`}</td>
                  <td>{t("cohort.doneOf", { done: p.completed, total: data.modules.length })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
