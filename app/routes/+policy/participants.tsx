import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import { FormActions, type FormState, SelectField, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { stateFor, type TrajectoryData } from "./types";

/** The experts taking part; new ones chosen from the active pool, longest without inzet first. */
export function ParticipantsPart({ data, state }: { data: TrajectoryData; state: FormState }) {
  const { t, i18n } = useTranslation("policy");
  const last = (at: Date | string | null) => (at ? formatDate(at, i18n.language) : t("participants.never"));
  return (
    <Section title={t("participants.title")} id="participants">
      <DataTable
        caption={t("participants.caption")}
        captionHidden
        rows={data.participants}
        rowKey={(p) => p.expertId}
        empty={<EmptyState title={t("participants.empty")} />}
        columns={[
          { key: "name", header: t("participants.name"), rowHeader: true, cell: (p) => p.name },
          { key: "last", header: t("participants.lastInzet"), cell: (p) => last(p.lastInzetAt) },
          {
            key: "remove",
            header: "",
            cell: (p) => (
              <IntentButton
                intent="removeParticipant"
                fields={{ expertId: p.expertId }}
                link
                label={`${t("participants.remove")} ${p.name}`}
              >
                {t("participants.remove")}
              </IntentButton>
            ),
          },
        ]}
      />
      {data.candidates.length > 0 ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="addParticipant" />
          <SelectField
            name="expertId"
            label={t("participants.add")}
            description={t("participants.expertHint")}
            state={stateFor(state, "addParticipant")}
            options={data.candidates.map((c) => ({
              value: c.expertId,
              label: t("participants.candidate", { name: c.name, date: last(c.lastInzetAt) }),
            }))}
            required
          />
          <FormActions>
            <SubmitButton>{t("participants.addButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}
