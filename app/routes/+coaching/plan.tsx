import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { GoalStatus } from "~/modules/coaching/values";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SubmitButton, TextArea, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import { type Goal, goalTone, type Meeting, stateFor } from "./types";

/** What a coach can do with a goal in each status. */
const nextStatuses: Record<GoalStatus, { status: GoalStatus; key: string }[]> = {
  open: [
    { status: "reached", key: "goals.reach" },
    { status: "dropped", key: "goals.drop" },
  ],
  reached: [{ status: "open", key: "goals.reopen" }],
  dropped: [{ status: "open", key: "goals.reopen" }],
};

function GoalActions({ goal }: { goal: Goal }) {
  const { t } = useTranslation("coaching");
  return (
    <div className="actions">
      {nextStatuses[goal.status].map((next) => (
        <IntentButton
          key={next.status}
          intent="goalStatus"
          fields={{ goalId: goal.id, status: next.status }}
          link
          label={t("goals.actionLabel", { action: t(next.key), goal: goal.text })}
        >
          {t(next.key)}
        </IntentButton>
      ))}
    </div>
  );
}

/** The goals with their status; for staff with buttons to change it and a form for a new goal. */
export function GoalsPart({
  goals,
  title,
  empty,
  editable,
  state,
}: {
  goals: Goal[];
  title: string;
  empty: string;
  editable?: boolean;
  state?: FormState;
}) {
  const { t } = useTranslation("coaching");
  return (
    <Section title={title} id="goals">
      <DataTable
        caption={t("goals.caption")}
        captionHidden
        rows={goals}
        rowKey={(g) => g.id}
        empty={<EmptyState title={empty}>{editable ? t("goals.emptyBody") : null}</EmptyState>}
        columns={[
          { key: "goal", header: t("goals.goal"), rowHeader: true, cell: (g) => g.text },
          {
            key: "status",
            header: t("goals.status"),
            cell: (g) => <StatusBadge tone={goalTone(g.status)}>{t(`goalStatuses.${g.status}`)}</StatusBadge>,
          },
          ...(editable
            ? [{ key: "change", header: t("goals.change"), cell: (g: Goal) => <GoalActions goal={g} /> }]
            : []),
        ]}
      />
      {editable ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="goal" />
          <TextField name="goal" label={t("goals.add")} state={stateFor(state, "goal")} required />
          <FormActions>
            <SubmitButton>{t("goals.addButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

/** The meetings, newest first; for staff with a form for a new one. */
export function MeetingsPart({
  meetings,
  title,
  empty,
  editable,
  state,
  today,
}: {
  meetings: Meeting[];
  title: string;
  empty: string;
  editable?: boolean;
  state?: FormState;
  today?: string;
}) {
  const { t, i18n } = useTranslation("coaching");
  const own = stateFor(state, "meeting");
  return (
    <Section title={title} id="meetings">
      <DataTable
        caption={t("meetings.caption")}
        captionHidden
        rows={meetings}
        rowKey={(m) => m.id}
        empty={<EmptyState title={empty} />}
        columns={[
          {
            key: "date",
            header: t("meetings.date"),
            rowHeader: true,
            cell: (m) => formatDate(m.meetsOn, i18n.language),
          },
          {
            key: "agreed",
            header: t("meetings.agreed"),
            cell: (m) =>
              m.agreed ? (
                <span className="pre-line">{m.agreed}</span>
              ) : (
                <span className="muted">{t("meetings.noAgreements")}</span>
              ),
          },
        ]}
      />
      {editable ? (
        <>
          <h3 className="utrecht-heading-3">{t("meetings.add")}</h3>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="meeting" />
            <TextField
              name="meetsOn"
              type="date"
              label={t("meetings.date")}
              state={own}
              defaultValue={today}
              required
              short
            />
            <TextArea
              name="agreed"
              label={t("meetings.agreed")}
              description={t("meetings.agreedHint")}
              state={own}
              rows={3}
            />
            <FormActions>
              <SubmitButton>{t("meetings.addButton")}</SubmitButton>
            </FormActions>
          </Form>
        </>
      ) : null}
    </Section>
  );
}
