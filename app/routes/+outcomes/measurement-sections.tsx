import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { measurementMoments } from "~/db/values";
import { formatDate, todayIso } from "~/lib/dates";
import type { TimelineMeasurement } from "~/modules/outcomes/timeline.server";
import { ladderRungs, zrmDomains, zrmScores } from "~/modules/outcomes/zrm";
import { ErrorSummary, type FormState, SubmitButton, TextField } from "~/ui/form";
import { Select } from "./select-field";

export function MeasurementList({
  measurements,
  zrmEnabled,
  canWrite,
}: {
  measurements: TimelineMeasurement[];
  zrmEnabled: boolean;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation("outcomes");
  return (
    <section aria-labelledby="measurements-title">
      <h2 className="utrecht-heading-2" id="measurements-title">
        {t("timeline.measurements.title")}
      </h2>
      <p className="utrecht-paragraph">{t("timeline.measurements.intro")}</p>
      {measurements.length === 0 ? (
        <p className="utrecht-paragraph">{t("timeline.measurements.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("timeline.measurements.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("timeline.measurements.moment")}</th>
                <th scope="col">{t("timeline.measurements.measuredOn")}</th>
                <th scope="col">{t("timeline.measurements.ladder")}</th>
                {zrmEnabled ? <th scope="col">{t("timeline.measurements.zrm")}</th> : null}
                {canWrite ? <th scope="col">{t("timeline.measurements.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {measurements.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{t(`moments.${m.moment}`)}</th>
                  <td>{formatDate(m.measuredOn, i18n.language)}</td>
                  <td>{m.ladder ? t(`rungs.${m.ladder}`) : "–"}</td>
                  {zrmEnabled ? (
                    <td>
                      {m.zrm ? (
                        <ul>
                          {Object.entries(m.zrm).map(([domain, score]) => (
                            <li key={domain}>{`${t(`zrmDomains.${domain}`)}: ${score}`}</li>
                          ))}
                        </ul>
                      ) : (
                        "–"
                      )}
                    </td>
                  ) : null}
                  {canWrite ? (
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeMeasurement" />
                        <input type="hidden" name="measurementId" value={m.id} />
                        <button
                          type="submit"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t("timeline.measurements.remove", { moment: t(`moments.${m.moment}`) })}
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

export function MeasurementForm({ state, zrmEnabled }: { state?: FormState; zrmEnabled: boolean }) {
  const { t } = useTranslation("outcomes");
  return (
    <section aria-labelledby="add-measurement-title">
      <h2 className="utrecht-heading-2" id="add-measurement-title">
        {t("timeline.addMeasurement.title")}
      </h2>
      <p className="utrecht-paragraph">{t("timeline.addMeasurement.hint")}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="saveMeasurement" />
        <ErrorSummary state={state} />
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
        />
        <Select
          name="ladder"
          label={t("timeline.addMeasurement.ladder")}
          state={state}
          emptyLabel={t("timeline.addMeasurement.notScored")}
          options={ladderRungs.map((r) => ({ value: String(r), label: t(`rungs.${r}`) }))}
        />
        {zrmEnabled ? (
          <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
            <legend className="utrecht-form-fieldset__legend">
              {t("timeline.addMeasurement.zrmLegend")}
            </legend>
            <p className="utrecht-form-field-description">{t("timeline.addMeasurement.zrmHint")}</p>
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
          </fieldset>
        ) : null}
        <SubmitButton>{t("timeline.addMeasurement.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
