import { Form } from "react-router";
import { outcomeKinds, outcomeSources } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { Timeline, TimelineOutcome } from "~/modules/outcomes/timeline.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SubmitButton, TextArea, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Facts, Section } from "~/ui/page";
import { ReadReasonForm } from "../+privacy/read-reason";
import { Select } from "./select-field";

/**
 * The situation before the training; when the centre asks a reason first, also the form that opens the
 * hidden benefit and ZRM scores of this page.
 */
export function BeforeTraining({
  trainee,
  zrmHidden,
  reasonError,
}: {
  trainee: Timeline["trainee"];
  zrmHidden: boolean;
  reasonError: string | null;
}) {
  const { t } = useTranslation("outcomes");
  const gated = trainee.benefitHidden ? (zrmHidden ? "benefitZrm" : "benefit") : zrmHidden ? "zrm" : null;
  return (
    <Section title={t("timeline.before.title")} id="before">
      <Facts
        items={[
          {
            label: t("timeline.before.situation"),
            value: trainee.situationBefore
              ? t(`situations.${trainee.situationBefore}`)
              : t("timeline.before.unknown"),
          },
          {
            label: t("timeline.before.benefit"),
            value: trainee.benefitHidden ? (
              <span className="muted">{t("privacy:readReason.hidden")}</span>
            ) : (
              trainee.benefitBefore || t("timeline.before.unknown")
            ),
          },
        ]}
      />
      {gated ? (
        <ReadReasonForm
          action={`/training/trainees/${trainee.id}/outcomes#before`}
          record={gated}
          error={reasonError}
          submit={t("privacy:readReason.show")}
        />
      ) : null}
    </Section>
  );
}

function outcomeDetails(outcome: TimelineOutcome, hours: string | null): string {
  return [outcome.employer, hours, outcome.sector, outcome.note || null].filter(Boolean).join(" · ");
}

export function OutcomeList({ outcomes, canWrite }: { outcomes: TimelineOutcome[]; canWrite: boolean }) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <Section title={t("timeline.outcomes.title")} id="outcomes">
      <DataTable
        caption={t("timeline.outcomes.caption")}
        captionHidden
        rows={outcomes}
        rowKey={(o) => o.id}
        empty={
          <EmptyState title={t("timeline.outcomes.none")}>
            {canWrite ? t("timeline.outcomes.noneHint") : null}
          </EmptyState>
        }
        columns={[
          {
            key: "startsOn",
            header: t("timeline.outcomes.startsOn"),
            cell: (o) => formatDate(o.startsOn, i18n.language),
          },
          {
            key: "kind",
            header: t("timeline.outcomes.kind"),
            rowHeader: true,
            cell: (o) => t(`kinds.${o.kind}`),
          },
          {
            key: "details",
            header: t("timeline.outcomes.details"),
            cell: (o) =>
              outcomeDetails(
                o,
                o.hoursPerWeek ? t("timeline.outcomes.hours", { count: o.hoursPerWeek }) : null,
              ),
          },
          { key: "source", header: t("timeline.outcomes.source"), cell: (o) => t(`sources.${o.source}`) },
          ...(canWrite
            ? [
                {
                  key: "actions",
                  header: t("timeline.outcomes.actions"),
                  cell: (o: TimelineOutcome) => (
                    <IntentButton
                      intent="removeOutcome"
                      fields={{ outcomeId: o.id }}
                      link
                      label={t("timeline.outcomes.remove", { date: formatDate(o.startsOn, i18n.language) })}
                    >
                      {t("common:actions.delete")}
                    </IntentButton>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Section>
  );
}

export function AddOutcomeForm({ state }: { state?: FormState }) {
  const { t } = useTranslation("outcomes");
  return (
    <Section title={t("timeline.addOutcome.title")} id="add-outcome" className="card">
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="addOutcome" />
        <Select
          name="kind"
          label={t("timeline.addOutcome.kind")}
          state={state}
          options={outcomeKinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <TextField
          name="startsOn"
          type="date"
          label={t("timeline.addOutcome.startsOn")}
          state={state}
          required
        />
        <TextField name="employer" label={t("timeline.addOutcome.employer")} state={state} />
        <TextField
          name="hoursPerWeek"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          short
          label={t("timeline.addOutcome.hoursPerWeek")}
          state={state}
        />
        <TextField
          name="sector"
          label={t("timeline.addOutcome.sector")}
          description={t("timeline.addOutcome.sectorHint")}
          state={state}
        />
        <TextArea name="note" label={t("timeline.addOutcome.note")} state={state} rows={2} />
        <Select
          name="source"
          label={t("timeline.addOutcome.source")}
          state={state}
          defaultValue="centre"
          options={outcomeSources
            .filter((s) => s !== "import" && s !== "placement")
            .map((s) => ({ value: s, label: t(`sources.${s}`) }))}
        />
        <FormActions>
          <SubmitButton>{t("timeline.addOutcome.submit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
