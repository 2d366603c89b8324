import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { ChoiceGroup, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { WhenText } from "~/ui/when-where";
import { stateFor, type TandemData } from "./types";

/** Every meeting of the tandem, a button to take one off, and the form for a new one. */
export function MeetingsPart({ data, state }: { data: TandemData; state: FormState }) {
  const { t, i18n } = useTranslation("tandems");
  const own = stateFor(state, "meeting");
  return (
    <Section title={t("meetings.title")} id="meetings">
      <DataTable
        caption={t("meetings.caption")}
        captionHidden
        rows={data.meetings}
        rowKey={(m) => m.id}
        empty={<EmptyState title={t("meetings.empty")} />}
        columns={[
          {
            key: "when",
            header: t("meetings.when"),
            rowHeader: true,
            cell: (m) => <WhenText slots={[m]} />,
          },
          {
            key: "where",
            header: t("meetings.place"),
            cell: (m) => (m.online ? t("meetings.online") : m.place),
          },
          { key: "note", header: t("meetings.note"), cell: (m) => m.note },
          {
            key: "remove",
            header: "",
            cell: (m) => (
              <IntentButton
                intent="removeMeeting"
                fields={{ meetingId: m.id }}
                link
                label={t("meetings.removeLabel", { date: formatDate(m.startsAt, i18n.language) })}
              >
                {t("meetings.remove")}
              </IntentButton>
            ),
          },
        ]}
      />
      {data.open ? (
        <>
          <h3 className="utrecht-heading-3">{t("meetings.add")}</h3>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="meeting" />
            <TextField name="day" type="date" label={t("meetings.day")} state={own} required short />
            <TextField
              name="startTime"
              type="time"
              label={t("meetings.startTime")}
              state={own}
              required
              short
            />
            <TextField name="endTime" type="time" label={t("meetings.endTime")} state={own} required short />
            <ChoiceGroup
              name="online"
              legend={t("meetings.online")}
              state={own}
              options={[{ value: "on", label: t("meetings.onlineLabel") }]}
            />
            <TextField
              name="place"
              label={t("meetings.place")}
              description={t("meetings.placeHint")}
              state={own}
            />
            <TextField name="note" label={t("meetings.note")} state={own} />
            <FormActions>
              <SubmitButton>{t("meetings.addButton")}</SubmitButton>
            </FormActions>
          </Form>
        </>
      ) : (
        <p className="utrecht-paragraph muted">{t("meetings.closed")}</p>
      )}
    </Section>
  );
}
