import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { outcomeKinds, outcomeSources } from "~/db/values";
import { formatDate } from "~/lib/dates";
import type { Timeline, TimelineOutcome } from "~/modules/outcomes/timeline.server";
import { ErrorSummary, type FormState, SubmitButton, TextArea, TextField } from "~/ui/form";
import { Select } from "./select-field";

export function BeforeTraining({ trainee }: { trainee: Timeline["trainee"] }) {
  const { t } = useTranslation("outcomes");
  return (
    <section aria-labelledby="before-title">
      <h2 className="utrecht-heading-2" id="before-title">
        {t("timeline.before.title")}
      </h2>
      <dl className="facts">
        <dt>{t("timeline.before.situation")}</dt>
        <dd>
          {trainee.situationBefore
            ? t(`situations.${trainee.situationBefore}`)
            : t("timeline.before.unknown")}
        </dd>
        <dt>{t("timeline.before.benefit")}</dt>
        <dd>{trainee.benefitBefore || t("timeline.before.unknown")}</dd>
      </dl>
    </section>
  );
}

function outcomeDetails(outcome: TimelineOutcome, hours: string | null): string {
  return [outcome.employer, hours, outcome.sector, outcome.note || null].filter(Boolean).join(" · ");
}

export function OutcomeList({ outcomes, canWrite }: { outcomes: TimelineOutcome[]; canWrite: boolean }) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <section aria-labelledby="outcomes-title">
      <h2 className="utrecht-heading-2" id="outcomes-title">
        {t("timeline.outcomes.title")}
      </h2>
      {outcomes.length === 0 ? (
        <p className="utrecht-paragraph">{t("timeline.outcomes.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("timeline.outcomes.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("timeline.outcomes.startsOn")}</th>
                <th scope="col">{t("timeline.outcomes.kind")}</th>
                <th scope="col">{t("timeline.outcomes.details")}</th>
                <th scope="col">{t("timeline.outcomes.source")}</th>
                {canWrite ? <th scope="col">{t("timeline.outcomes.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {outcomes.map((o) => (
                <tr key={o.id}>
                  <td>{formatDate(o.startsOn, i18n.language)}</td>
                  <th scope="row">{t(`kinds.${o.kind}`)}</th>
                  <td>
                    {outcomeDetails(
                      o,
                      o.hoursPerWeek ? t("timeline.outcomes.hours", { count: o.hoursPerWeek }) : null,
                    )}
                  </td>
                  <td>{t(`sources.${o.source}`)}</td>
                  {canWrite ? (
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeOutcome" />
                        <input type="hidden" name="outcomeId" value={o.id} />
                        <button
                          type="submit"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t("timeline.outcomes.remove", {
                            date: formatDate(o.startsOn, i18n.language),
                          })}
                        >
                          {t("common:actions.delete")}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function AddOutcomeForm({ state }: { state?: FormState }) {
  const { t } = useTranslation("outcomes");
  return (
    <section aria-labelledby="add-outcome-title">
      <h2 className="utrecht-heading-2" id="add-outcome-title">
        {t("timeline.addOutcome.title")}
      </h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="addOutcome" />
        <ErrorSummary state={state} />
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
            .filter((s) => s !== "import")
            .map((s) => ({ value: s, label: t(`sources.${s}`) }))}
        />
        <SubmitButton>{t("timeline.addOutcome.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
