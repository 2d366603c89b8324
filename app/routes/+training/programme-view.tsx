import { Form } from "react-router";
import { moduleKinds } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import type { cohortProgramme } from "~/modules/training/programme.server";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { EmptyState, Facts, Section, StatusBadge } from "~/ui/page";

type Data = Awaited<ReturnType<typeof cohortProgramme>> & { canWrite: boolean };

export function CohortFacts({ cohort }: { cohort: Data["cohort"] }) {
  const { t, i18n } = useTranslation("training");
  const notSet = <span className="muted">{t("cohort.notSet")}</span>;
  return (
    <Facts
      items={[
        { label: t("form.kind"), value: t(`kind.${cohort.kind}`) },
        { label: t("form.partner"), value: cohort.trainingPartner || notSet },
        { label: t("form.location"), value: cohort.location || notSet },
        { label: t("form.province"), value: cohort.province ?? notSet },
        {
          label: t("list.dates"),
          value: t("list.dateRange", {
            from: formatDate(cohort.startsOn, i18n.language),
            to: formatDate(cohort.endsOn, i18n.language),
          }),
        },
        { label: t("form.grant"), value: cohort.grant ?? notSet },
      ]}
    />
  );
}

export function Sessions({ data, state }: { data: Data; state: FormState }) {
  const { t, i18n } = useTranslation("training");
  const base = `/training/${data.cohort.id}`;
  return (
    <Section title={t("cohort.sessions")} id="sessions">
      <DataTable
        caption={t("cohort.sessionsCaption")}
        captionHidden
        rows={data.sessions}
        rowKey={(s) => s.id}
        empty={
          <EmptyState title={t("cohort.noSessions")}>
            {data.canWrite ? t("cohort.noSessionsHint") : null}
          </EmptyState>
        }
        columns={[
          { key: "when", header: t("cohort.when"), cell: (s) => formatDateTime(s.startsAt, i18n.language) },
          { key: "title", header: t("cohort.sessionTitle"), rowHeader: true, cell: (s) => s.title },
          {
            key: "present",
            header: t("cohort.present"),
            cell: (s) =>
              s.marked === 0
                ? t("cohort.notMarked")
                : t("cohort.presentOf", { present: s.present, marked: s.marked }),
          },
          {
            key: "actions",
            header: t("cohort.actions"),
            cell: (s) => (
              <div className="actions">
                <Link
                  className="utrecht-link"
                  to={`${base}/sessions/${s.id}`}
                  aria-label={t("cohort.markAttendanceLabel", { title: s.title })}
                >
                  {t("cohort.markAttendance")}
                </Link>
                {data.canWrite ? (
                  <IntentButton
                    intent="removeSession"
                    fields={{ id: s.id }}
                    link
                    label={t("cohort.removeSessionLabel", { title: s.title })}
                  >
                    {t("cohort.remove")}
                  </IntentButton>
                ) : null}
              </div>
            ),
          },
        ]}
      />
      {data.canWrite ? (
        <Form method="post" className="form card" noValidate>
          <h3 className="utrecht-heading-3">{t("cohort.addSession")}</h3>
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
          <FormActions>
            <SubmitButton>{t("cohort.addSession")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

export function Modules({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("training");
  const accepted = data.trainees.filter((p) => p.intakeStatus === "accepted").length;
  return (
    <Section title={t("cohort.modules")} id="modules">
      <DataTable
        caption={t("cohort.modulesCaption")}
        captionHidden
        rows={data.modules}
        rowKey={(m) => m.id}
        empty={
          <EmptyState title={t("cohort.noModules")}>
            {data.canWrite ? t("cohort.noModulesHint") : null}
          </EmptyState>
        }
        columns={[
          { key: "order", header: t("cohort.order"), numeric: true, cell: (m) => m.position },
          { key: "name", header: t("cohort.moduleName"), rowHeader: true, cell: (m) => m.name },
          { key: "kind", header: t("cohort.moduleKind"), cell: (m) => t(`moduleKind.${m.kind}`) },
          {
            key: "done",
            header: t("cohort.done"),
            cell: (m) => t("cohort.doneOf", { done: m.completed, total: accepted }),
          },
          ...(data.canWrite
            ? [
                {
                  key: "actions",
                  header: t("cohort.actions"),
                  cell: (m: Data["modules"][number]) => (
                    <IntentButton
                      intent="removeModule"
                      fields={{ id: m.id }}
                      link
                      label={t("cohort.removeModuleLabel", { name: m.name })}
                    >
                      {t("cohort.remove")}
                    </IntentButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      {data.canWrite ? (
        <Form method="post" className="form card" noValidate>
          <h3 className="utrecht-heading-3">{t("cohort.addModule")}</h3>
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
              short
              label={t("cohort.newModulePosition")}
              state={state}
            />
          </div>
          <FormActions>
            <SubmitButton>{t("cohort.addModule")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

export function Trainees({ data }: { data: Data }) {
  const { t } = useTranslation("training");
  const add = data.canWrite ? (
    <Link
      className="utrecht-button utrecht-button--secondary-action"
      to={`/training/${data.cohort.id}/candidates/new`}
    >
      {t("cohort.addCandidate")}
    </Link>
  ) : null;
  return (
    <Section title={t("cohort.trainees")} id="trainees" actions={data.trainees.length ? add : null}>
      <DataTable
        caption={t("cohort.traineesCaption")}
        captionHidden
        rows={data.trainees}
        rowKey={(p) => p.id}
        empty={
          <EmptyState title={t("cohort.noTrainees")} action={add}>
            {data.canWrite ? t("cohort.noTraineesHint") : null}
          </EmptyState>
        }
        columns={[
          {
            key: "name",
            header: t("cohort.name"),
            rowHeader: true,
            cell: (p) => (
              <Link className="utrecht-link" to={`/training/trainees/${p.id}`}>
                {p.name}
              </Link>
            ),
          },
          { key: "intake", header: t("cohort.intake"), cell: (p) => t(`intakeStatus.${p.intakeStatus}`) },
          {
            key: "status",
            header: t("cohort.status"),
            cell: (p) => <StatusBadge tone={traineeTone(p.status)}>{t(`status.${p.status}`)}</StatusBadge>,
          },
          {
            key: "attendance",
            header: t("cohort.attendanceRate"),
            numeric: true,
            cell: (p) => (p.attendance === null ? "–" : `${p.attendance}%`),
          },
          {
            key: "modules",
            header: t("cohort.modulesDone"),
            cell: (p) => t("cohort.doneOf", { done: p.completed, total: data.modules.length }),
          },
        ]}
      />
    </Section>
  );
}

/** The badge colour of a trainee's status (the word says it; the colour only helps). */
export function traineeTone(status: string) {
  if (status === "certified") return "success" as const;
  if (status === "in_training") return "accent" as const;
  if (status === "stopped") return "warning" as const;
  return "neutral" as const;
}
