import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { DataTable } from "~/ui/data-table";
import { ChoiceGroup, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import { stateFor, type TrajectoryData } from "./types";

/** The sessions, who of the participants was there, and the form for a new one. */
export function SessionsPart({ data, state }: { data: TrajectoryData; state: FormState }) {
  const { t } = useTranslation("policy");
  const own = stateFor(state, "session");
  return (
    <Section title={t("sessions.title")} id="sessions">
      <DataTable
        caption={t("sessions.caption")}
        captionHidden
        rows={data.sessions}
        rowKey={(s) => s.id}
        empty={<EmptyState title={t("sessions.empty")} />}
        columns={[
          { key: "subject", header: t("sessions.subject"), rowHeader: true, cell: (s) => s.subject },
          {
            key: "when",
            header: t("sessions.when"),
            cell: (s) => <WhenWhere slots={[s]} online={s.online} place={s.place} />,
          },
          {
            key: "attended",
            header: t("sessions.attended"),
            cell: (s) => (s.attended.length ? s.attended.join(", ") : t("sessions.nobody")),
          },
          {
            key: "remove",
            header: "",
            cell: (s) => (
              <IntentButton
                intent="removeSession"
                fields={{ id: s.id }}
                link
                label={`${t("sessions.remove")} ${s.subject}`}
              >
                {t("sessions.remove")}
              </IntentButton>
            ),
          },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("sessions.add")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="session" />
        <TextField name="subject" label={t("sessions.subject")} state={own} required />
        <TextField name="day" type="date" label={t("sessions.day")} state={own} required short />
        <TextField name="from" type="time" label={t("sessions.from")} state={own} required short />
        <TextField name="until" type="time" label={t("sessions.until")} state={own} required short />
        <ChoiceGroup
          name="online"
          legend={t("sessions.online")}
          state={own}
          options={[{ value: "on", label: t("sessions.online") }]}
        />
        <TextField name="place" label={t("sessions.place")} state={own} />
        {data.participants.length > 0 ? (
          <ChoiceGroup
            name="attended"
            legend={t("sessions.attendedLegend")}
            state={own}
            options={data.participants.map((p) => ({ value: p.expertId, label: p.name }))}
          />
        ) : (
          <p className="muted">{t("sessions.noParticipants")}</p>
        )}
        <FormActions>
          <SubmitButton>{t("sessions.addButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
