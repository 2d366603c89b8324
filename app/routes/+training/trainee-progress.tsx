import { Form } from "react-router";
import { progressValues } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import type { traineeRecord } from "~/modules/training/trainee.server";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SubmitButton } from "~/ui/form";
import { EmptyState, Section } from "~/ui/page";

type Trainee = Awaited<ReturnType<typeof traineeRecord>>;
type Module = Trainee["modules"][number];

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
  const stateCell = (m: Module) =>
    canWrite ? (
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
    );
  const dateCell = (m: Module) => {
    if (!canWrite) return m.completedOn ? formatDate(m.completedOn, i18n.language) : "";
    const dateError = state?.errors?.[`d-${m.id}`];
    return (
      <div className={`field${dateError ? " field--invalid" : ""}`}>
        <label htmlFor={`d-${m.id}`} className="visually-hidden">
          {t("trainee.doneOnLabel", { name: m.name })}
        </label>
        {dateError ? (
          <p className="field__error" id={`d-${m.id}-error`}>
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
      </div>
    );
  };
  return (
    <Section title={t("trainee.progressTitle")} id="progress">
      {trainee.modules.length === 0 ? (
        <EmptyState title={t("trainee.noModules")}>{t("trainee.noModulesHint")}</EmptyState>
      ) : (
        <Form method="post" className="form form--wide" noValidate>
          <input type="hidden" name="intent" value="progress" />
          <DataTable
            caption={t("trainee.progressCaption")}
            captionHidden
            rows={trainee.modules}
            rowKey={(m) => m.id}
            columns={[
              {
                key: "module",
                header: t("trainee.module"),
                rowHeader: true,
                cell: (m) => (
                  <>
                    {m.name} <span className="muted">({t(`moduleKind.${m.kind}`)})</span>
                  </>
                ),
              },
              { key: "state", header: t("trainee.state"), cell: stateCell },
              { key: "doneOn", header: t("trainee.doneOn"), cell: dateCell },
            ]}
          />
          {canWrite ? (
            <FormActions>
              <SubmitButton>{t("trainee.saveProgress")}</SubmitButton>
            </FormActions>
          ) : null}
        </Form>
      )}
    </Section>
  );
}

export function AttendanceList({ trainee }: { trainee: Trainee }) {
  const { t, i18n } = useTranslation("training");
  return (
    <Section title={t("trainee.attendanceTitle")} id="attendance">
      <DataTable
        caption={t("trainee.attendanceCaption")}
        captionHidden
        rows={trainee.attendance}
        rowKey={(a) => `${a.startsAt}-${a.title}`}
        empty={<EmptyState title={t("trainee.noSessions")}>{t("trainee.noSessionsHint")}</EmptyState>}
        columns={[
          { key: "when", header: t("cohort.when"), cell: (a) => formatDateTime(a.startsAt, i18n.language) },
          { key: "title", header: t("cohort.sessionTitle"), rowHeader: true, cell: (a) => a.title },
          {
            key: "present",
            header: t("cohort.present"),
            cell: (a) => (a.value ? t(`attendance.${a.value}`) : t("cohort.notMarked")),
          },
        ]}
      />
    </Section>
  );
}
