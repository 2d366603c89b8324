import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import type { QuestionnaireMoment } from "~/modules/pilots/values";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import { type PilotData, stateFor } from "./types";

type Participant = PilotData["participants"][number];
const tones = { not_sent: "neutral", sent: "warning", answered: "success" } as const;

/** The professionals with their questionnaires before and after, and the form to add one. */
export function ParticipantsPart({ data, state }: { data: PilotData; state: FormState }) {
  const { t } = useTranslation("pilots");
  const mine = stateFor(state, "addParticipant");
  const moment = (m: QuestionnaireMoment) => (p: Participant) => (
    <>
      <StatusBadge tone={tones[p.states[m]]}>{t(`states.${p.states[m]}`)}</StatusBadge>
      {p.states[m] === "sent" ? (
        <>
          {" "}
          <IntentButton
            intent="sendAgain"
            fields={{ participantId: p.id, moment: m }}
            link
            label={t("participants.sendAgainLabel", { moment: t(`moments.${m}`), name: p.name })}
          >
            {t("participants.sendAgain")}
          </IntentButton>
        </>
      ) : null}
    </>
  );
  return (
    <Section title={t("participants.title")} id="participants">
      <p className="utrecht-paragraph">{t("participants.intro")}</p>
      <DataTable
        caption={t("participants.caption")}
        captionHidden
        rows={data.participants}
        rowKey={(p) => p.id}
        empty={<EmptyState title={t("participants.empty")}>{t("participants.emptyBody")}</EmptyState>}
        columns={[
          { key: "name", header: t("participants.name"), rowHeader: true, cell: (p) => p.name },
          { key: "organisation", header: t("participants.organisation"), cell: (p) => p.organisation },
          { key: "before", header: t("participants.before"), cell: moment("before") },
          { key: "after", header: t("participants.after"), cell: moment("after") },
          {
            key: "remove",
            header: "",
            cell: (p) => (
              <IntentButton
                intent="removeParticipant"
                fields={{ participantId: p.id }}
                link
                label={t("participants.removeLabel", { name: p.name })}
              >
                {t("participants.remove")}
              </IntentButton>
            ),
          },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("participants.add")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="addParticipant" />
        <TextField
          name="participantName"
          label={t("participants.participantName")}
          state={mine}
          required
          autoComplete="off"
        />
        <TextField
          name="participantEmail"
          type="email"
          label={t("participants.participantEmail")}
          description={t("participants.participantEmailHint")}
          state={mine}
          required
          autoComplete="off"
        />
        <TextField name="organisation" label={t("participants.organisationField")} state={mine} />
        <TextField
          name="clientReference"
          label={t("participants.clientReference")}
          description={t("participants.clientReferenceHint")}
          state={mine}
        />
        <FormActions>
          <SubmitButton>{t("participants.addButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** Sending the questionnaire of a moment to everyone who did not get it yet. */
export function SendPart({ data }: { data: PilotData }) {
  const { t } = useTranslation("pilots");
  const open = (m: QuestionnaireMoment) => data.participants.filter((p) => p.states[m] === "not_sent").length;
  if (data.participants.length === 0) return null;
  return (
    <Section title={t("send.title")} id="send">
      <p className="utrecht-paragraph">{t("send.intro")}</p>
      <p className="utrecht-paragraph">
        {t("send.toSend", { before: open("before"), after: open("after") })}
      </p>
      <div className="actions">
        <IntentButton intent="send" fields={{ moment: "before" }} secondary={open("before") === 0}>
          {t("send.before")}
        </IntentButton>
        <IntentButton intent="send" fields={{ moment: "after" }} secondary>
          {t("send.after")}
        </IntentButton>
      </div>
    </Section>
  );
}
