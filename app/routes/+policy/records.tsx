import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { DataTable } from "~/ui/data-table";
import {
  ChoiceGroup,
  FormActions,
  type FormState,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section, StatusBadge } from "~/ui/page";
import { stateFor, type TrajectoryData } from "./types";

type Props = { data: TrajectoryData; state: FormState; today: string };

/** What the experts (or the group) contributed. */
export function ContributionsPart({ data, state }: Props) {
  const { t } = useTranslation("policy");
  const own = stateFor(state, "contribution");
  const subject = (id: string | null) =>
    data.sessions.find((s) => s.id === id)?.subject ?? t("contributions.noSession");
  return (
    <Section title={t("contributions.title")} id="contributions">
      <DataTable
        caption={t("contributions.caption")}
        captionHidden
        rows={data.contributions}
        rowKey={(c) => c.id}
        empty={<EmptyState title={t("contributions.empty")} />}
        columns={[
          { key: "text", header: t("contributions.text"), rowHeader: true, cell: (c) => c.text },
          { key: "by", header: t("contributions.by"), cell: (c) => c.expert ?? t("contributions.group") },
          { key: "session", header: t("contributions.session"), cell: (c) => subject(c.sessionId) },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("contributions.add")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="contribution" />
        <TextArea name="contribution" label={t("contributions.text")} state={own} rows={3} required />
        <SelectField
          name="contributionBy"
          label={t("contributions.by")}
          state={own}
          emptyLabel={t("contributions.group")}
          options={data.participants.map((p) => ({ value: p.expertId, label: p.name }))}
        />
        <SelectField
          name="contributionSession"
          label={t("contributions.session")}
          state={own}
          emptyLabel={t("contributions.noSession")}
          options={data.sessions.map((s) => ({ value: s.id, label: s.subject }))}
        />
        <FormActions>
          <SubmitButton>{t("contributions.addButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** What changed in the policy because of the experts. */
export function ChangesPart({ data, state, today }: Props) {
  const { t, i18n } = useTranslation("policy");
  const own = stateFor(state, "change");
  return (
    <Section title={t("changes.title")} id="changes">
      <DataTable
        caption={t("changes.caption")}
        captionHidden
        rows={data.changes}
        rowKey={(c) => c.id}
        empty={<EmptyState title={t("changes.empty")} />}
        columns={[
          { key: "text", header: t("changes.text"), rowHeader: true, cell: (c) => c.text },
          { key: "on", header: t("changes.changedOn"), cell: (c) => formatDate(c.changedOn, i18n.language) },
          { key: "source", header: t("changes.source"), cell: (c) => c.source },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("changes.add")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="change" />
        <TextArea name="change" label={t("changes.text")} state={own} rows={3} required />
        <TextField
          name="changedOn"
          type="date"
          label={t("changes.changedOn")}
          state={own}
          defaultValue={today}
          required
          short
        />
        <TextField
          name="source"
          label={t("changes.source")}
          description={t("changes.sourceHint")}
          state={own}
        />
        <FormActions>
          <SubmitButton>{t("changes.addButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** The municipality's statements, with consent to show them among the impact quotes. */
export function StatementsPart({ data, state, today }: Props) {
  const { t, i18n } = useTranslation("policy");
  const own = stateFor(state, "statement");
  return (
    <Section title={t("statements.title")} id="statements">
      <p className="muted">{t("statements.help")}</p>
      <DataTable
        caption={t("statements.caption")}
        captionHidden
        rows={data.statements}
        rowKey={(s) => s.id}
        empty={<EmptyState title={t("statements.empty")} />}
        columns={[
          { key: "text", header: t("statements.text"), rowHeader: true, cell: (s) => `“${s.text}”` },
          {
            key: "by",
            header: t("statements.saidBy"),
            cell: (s) => [s.saidBy, formatDate(s.saidOn, i18n.language)].filter(Boolean).join(", "),
          },
          {
            key: "consent",
            header: t("statements.consent"),
            cell: (s) => (
              <>
                {s.consent ? (
                  <StatusBadge tone="success">
                    {t("statements.yes", { date: s.consentOn ? formatDate(s.consentOn, i18n.language) : "" })}
                  </StatusBadge>
                ) : (
                  <StatusBadge tone="warning">{t("statements.no")}</StatusBadge>
                )}{" "}
                <IntentButton
                  intent="consent"
                  fields={{ statementId: s.id, consent: s.consent ? "no" : "yes" }}
                  link
                >
                  {s.consent ? t("statements.withdraw") : t("statements.give")}
                </IntentButton>
              </>
            ),
          },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("statements.add")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="statement" />
        <TextArea name="statement" label={t("statements.text")} state={own} rows={3} required />
        <TextField
          name="saidBy"
          label={t("statements.saidBy")}
          description={t("statements.saidByHint")}
          state={own}
        />
        <TextField
          name="saidOn"
          type="date"
          label={t("statements.saidOn")}
          state={own}
          defaultValue={today}
          required
          short
        />
        <ChoiceGroup
          name="consent"
          legend={t("statements.consent")}
          state={own}
          options={[{ value: "on", label: t("statements.consentGiven") }]}
        />
        <FormActions>
          <SubmitButton>{t("statements.addButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
