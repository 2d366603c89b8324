import { Form } from "react-router";
import { measurementMoments } from "~/db/values";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import type { TimelineMeasurement } from "~/modules/outcomes/timeline.server";
import { ladderRungs, zrmDomains, zrmScores } from "~/modules/outcomes/zrm";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { EmptyState, Section } from "~/ui/page";
import { Select } from "./select-field";

export function MeasurementList({
  measurements,
  zrmEnabled,
  zrmHidden,
  canWrite,
}: {
  measurements: TimelineMeasurement[];
  zrmEnabled: boolean;
  /** The special-category scores wait for a reason (the form is in the section before the training). */
  zrmHidden: boolean;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <Section title={t("timeline.measurements.title")} id="measurements">
      <p className="utrecht-paragraph">{t("timeline.measurements.intro")}</p>
      {zrmHidden ? (
        <p className="utrecht-paragraph">
          {t("privacy:readReason.zrmHidden")}{" "}
          <a className="utrecht-link" href="#before">
            {t("privacy:readReason.show")}
          </a>
        </p>
      ) : null}
      <DataTable
        caption={t("timeline.measurements.caption")}
        captionHidden
        rows={measurements}
        rowKey={(m) => m.id}
        empty={
          <EmptyState title={t("timeline.measurements.none")}>
            {canWrite ? t("timeline.measurements.noneHint") : null}
          </EmptyState>
        }
        columns={[
          {
            key: "moment",
            header: t("timeline.measurements.moment"),
            rowHeader: true,
            cell: (m) => t(`moments.${m.moment}`),
          },
          {
            key: "measuredOn",
            header: t("timeline.measurements.measuredOn"),
            cell: (m) => formatDate(m.measuredOn, i18n.language),
          },
          {
            key: "ladder",
            header: t("timeline.measurements.ladder"),
            cell: (m) => (m.ladder ? t(`rungs.${m.ladder}`) : "–"),
          },
          ...(zrmEnabled
            ? [
                {
                  key: "zrm",
                  header: t("timeline.measurements.zrm"),
                  cell: (m: TimelineMeasurement) =>
                    m.zrm ? (
                      <ul className="plain-list">
                        {Object.entries(m.zrm).map(([domain, score]) => (
                          <li key={domain}>{`${t(`zrmDomains.${domain}`)}: ${score}`}</li>
                        ))}
                      </ul>
                    ) : (
                      "–"
                    ),
                },
              ]
            : []),
          ...(canWrite
            ? [
                {
                  key: "actions",
                  header: t("timeline.measurements.actions"),
                  cell: (m: TimelineMeasurement) => (
                    <IntentButton
                      intent="removeMeasurement"
                      fields={{ measurementId: m.id }}
                      link
                      label={t("timeline.measurements.remove", { moment: t(`moments.${m.moment}`) })}
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

export function MeasurementForm({ state, zrmEnabled }: { state?: FormState; zrmEnabled: boolean }) {
  const { t } = useTranslation("outcomes");
  return (
    <Section title={t("timeline.addMeasurement.title")} id="add-measurement" className="card">
      <p className="utrecht-paragraph">{t("timeline.addMeasurement.hint")}</p>
      <ErrorSummary state={state} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="saveMeasurement" />
        <Select
          name="moment"
          label={t("timeline.addMeasurement.moment")}
          state={state}
          options={measurementMoments.map((m) => ({ value: m, label: t(`moments.${m}`) }))}
        />
        <TextField
          name="measuredOn"
          type="date"
          label={t("timeline.addMeasurement.measuredOn")}
          state={state}
          defaultValue={todayIso()}
          required
          short
        />
        <Select
          name="ladder"
          label={t("timeline.addMeasurement.ladder")}
          state={state}
          emptyLabel={t("timeline.addMeasurement.notScored")}
          options={ladderRungs.map((r) => ({ value: String(r), label: t(`rungs.${r}`) }))}
        />
        {zrmEnabled ? (
          <fieldset className="choice-group utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {t("timeline.addMeasurement.zrmLegend")}
            </legend>
            <p className="field__hint">{t("timeline.addMeasurement.zrmHint")}</p>
            <div className="form-row">
              {zrmDomains.map((domain) => (
                <Select
                  key={domain}
                  name={`zrm.${domain}`}
                  label={t(`zrmDomains.${domain}`)}
                  state={state}
                  emptyLabel={t("timeline.addMeasurement.notScored")}
                  options={zrmScores.map((s) => ({ value: String(s), label: t(`zrmScores.${s}`) }))}
                />
              ))}
            </div>
          </fieldset>
        ) : null}
        <FormActions>
          <SubmitButton>{t("timeline.addMeasurement.submit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}
