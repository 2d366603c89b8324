import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { type GrantMetric, grantMetrics } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { formatDate } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { addFunder, removeFunder } from "~/modules/grants/funders.server";
import { cohortsInput, funderInput, pilotInput, targetInput } from "~/modules/grants/input";
import { grantDetail } from "~/modules/grants/queries.server";
import {
  addPilot,
  removePilot,
  removeTarget,
  setGrantCohorts,
  setTarget,
} from "~/modules/grants/save-grant.server";
import { pilotSectors } from "~/modules/grants/values";
import { ChoiceGroup, ErrorSummary, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import { formatEuros } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants.$grantId._index";

export const handle: RouteHandle = { i18n: ["grants"] };

const notices = {
  saved: "done.saved",
  target: "done.target",
  targetRemoved: "done.targetRemoved",
  pilot: "done.pilot",
  pilotRemoved: "done.pilotRemoved",
  cohorts: "done.cohorts",
  funder: "done.funder",
  funderRemoved: "done.funderRemoved",
} as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const done = new URL(request.url).searchParams.get("done") ?? "";
  const detail = await scope.run((tx) => grantDetail(tx, scope, params.grantId));
  return { ...detail, notice: done in notices ? notices[done as keyof typeof notices] : null };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const formData = await request.formData();
  const grantId = params.grantId;
  const back = (done: keyof typeof notices) => redirect(`/grants/${grantId}?done=${done}`);
  try {
    switch (formData.get("intent")) {
      case "setTarget": {
        const parsed = parseForm(formData, targetInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => setTarget(tx, scope, grantId, parsed.value));
        return back("target");
      }
      case "removeTarget": {
        const metric = String(formData.get("metric") ?? "");
        if (!grantMetrics.includes(metric as GrantMetric))
          return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
        await scope.run((tx) => removeTarget(tx, scope, grantId, metric as GrantMetric));
        return back("targetRemoved");
      }
      case "addPilot": {
        const parsed = parseForm(formData, pilotInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => addPilot(tx, scope, grantId, parsed.value));
        return back("pilot");
      }
      case "removePilot":
        await scope.run((tx) => removePilot(tx, scope, grantId, String(formData.get("pilotId") ?? "")));
        return back("pilotRemoved");
      case "setCohorts": {
        const parsed = parseForm(formData, cohortsInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => setGrantCohorts(tx, scope, grantId, parsed.value.cohortIds));
        return back("cohorts");
      }
      case "addFunder": {
        const parsed = parseForm(formData, funderInput);
        if (!parsed.ok) return invalid(parsed.result);
        await addFunder(scope, grantId, parsed.value);
        return back("funder");
      }
      case "removeFunder":
        await scope.run((tx) => removeFunder(tx, scope, grantId, String(formData.get("userId") ?? "")));
        return back("funderRemoved");
      default:
        return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

function stateFor(actionData: FormState, intent: string): FormState {
  return actionData?.values?.intent === intent ? actionData : undefined;
}

export default function GrantPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("grants");
  const { grant, targets, pilots, allCohorts, funders, notice } = loaderData;
  const locale = i18n.language;
  const none = <p className="muted">{t("detail.none")}</p>;
  return (
    <>
      <PageTitle>{grant.name}</PageTitle>
      {notice ? (
        <p className="notice" role="status">
          {t(notice)}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      <p>
        <Link className="utrecht-link" to="/grants">
          {t("detail.back")}
        </Link>
      </p>

      <section aria-labelledby="facts">
        <h2 id="facts">{t("detail.facts")}</h2>
        <dl className="facts">
          <dt>{t("list.funder")}</dt>
          <dd>{grant.funderName}</dd>
          <dt>{t("list.amount")}</dt>
          <dd>{formatEuros(grant.amountCents, locale) || "–"}</dd>
          <dt>{t("list.period")}</dt>
          <dd>
            {t("detail.period", {
              from: formatDate(grant.startsOn, locale),
              to: formatDate(grant.endsOn, locale),
            })}
          </dd>
          <dt>{t("list.province")}</dt>
          <dd>{grant.province ?? "–"}</dd>
        </dl>
        {grant.description ? <p className="utrecht-paragraph">{grant.description}</p> : null}
        <p>
          <Link className="utrecht-link" to={`/grants/${grant.id}/edit`}>
            {t("detail.edit")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="report">
        <h2 id="report">{t("detail.report")}</h2>
        <p className="utrecht-paragraph">{t("detail.reportHelp")}</p>
        <ul>
          <li>
            <a className="utrecht-link" href={`/grants/${grant.id}/report.pdf`} download>
              {t("detail.reportPdf")}
            </a>
          </li>
          <li>
            <a className="utrecht-link" href={`/grants/${grant.id}/report.xlsx`} download>
              {t("detail.reportXlsx")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="targets">
        <h2 id="targets">{t("targets.title")}</h2>
        {targets.length === 0 ? (
          none
        ) : (
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption className="visually-hidden">{t("targets.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("targets.metric")}</th>
                  <th scope="col">{t("targets.target")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common:actions.delete")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {targets.map((target) => (
                  <tr key={target.metric}>
                    <th scope="row">{t(`metrics.${target.metric}`)}</th>
                    <td>
                      {target.target}
                      {target.metric.endsWith("_share") ? "%" : ""}
                    </td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeTarget" />
                        <input type="hidden" name="metric" value={target.metric} />
                        <button type="submit" className="link-button">
                          {t("targets.remove", { metric: t(`metrics.${target.metric}`) })}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="setTarget" />
          <div className="form-row">
            <SelectField
              name="metric"
              label={t("targets.metric")}
              required
              state={stateFor(actionData, "setTarget")}
              options={grantMetrics.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
              emptyLabel={t("choose")}
            />
            <TextField
              name="target"
              type="number"
              inputMode="numeric"
              min={0}
              label={t("targets.target")}
              description={t("targets.targetHelp")}
              required
              state={stateFor(actionData, "setTarget")}
            />
          </div>
          <div className="actions">
            <SubmitButton>{t("targets.add")}</SubmitButton>
          </div>
        </Form>
      </section>

      <section aria-labelledby="pilots">
        <h2 id="pilots">{t("pilots.title")}</h2>
        {pilots.length === 0 ? (
          none
        ) : (
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption className="visually-hidden">{t("pilots.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("pilots.sector")}</th>
                  <th scope="col">{t("pilots.name")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common:actions.delete")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {pilots.map((pilot) => (
                  <tr key={pilot.id}>
                    <td>
                      {(pilotSectors as readonly string[]).includes(pilot.sector)
                        ? t(`sectors.${pilot.sector}`)
                        : pilot.sector}
                    </td>
                    <td>{pilot.name}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removePilot" />
                        <input type="hidden" name="pilotId" value={pilot.id} />
                        <button type="submit" className="link-button">
                          {t("pilots.remove", { name: pilot.name })}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="addPilot" />
          <div className="form-row">
            <SelectField
              name="sector"
              label={t("pilots.sector")}
              required
              state={stateFor(actionData, "addPilot")}
              options={pilotSectors.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
              emptyLabel={t("choose")}
            />
            <TextField
              name="pilotName"
              label={t("pilots.name")}
              required
              state={stateFor(actionData, "addPilot")}
            />
          </div>
          <div className="actions">
            <SubmitButton>{t("pilots.add")}</SubmitButton>
          </div>
        </Form>
      </section>

      <section aria-labelledby="cohorts">
        <h2 id="cohorts">{t("cohorts.title")}</h2>
        {allCohorts.length === 0 ? (
          <p className="muted">{t("cohorts.empty")}</p>
        ) : (
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="setCohorts" />
            <ChoiceGroup
              name="cohortIds"
              legend={t("cohorts.legend")}
              description={t("cohorts.help")}
              state={stateFor(actionData, "setCohorts")}
              options={allCohorts.map((c) => ({
                value: c.id,
                label: t("cohorts.option", { name: c.name, count: c.trainees }),
              }))}
              defaultValues={allCohorts.filter((c) => c.inGrant).map((c) => c.id)}
            />
            <div className="actions">
              <SubmitButton>{t("cohorts.save")}</SubmitButton>
            </div>
          </Form>
        )}
      </section>

      <section aria-labelledby="funders">
        <h2 id="funders">{t("funders.title")}</h2>
        <p className="utrecht-paragraph">{t("funders.help")}</p>
        {funders.length === 0 ? (
          none
        ) : (
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption className="visually-hidden">{t("funders.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("funders.name")}</th>
                  <th scope="col">{t("funders.email")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("common:actions.delete")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {funders.map((f) => (
                  <tr key={f.userId}>
                    <td>{f.name}</td>
                    <td>{f.email}</td>
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeFunder" />
                        <input type="hidden" name="userId" value={f.userId} />
                        <button type="submit" className="link-button">
                          {t("funders.remove", { name: f.name })}
                        </button>
                      </Form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="addFunder" />
          <div className="form-row">
            <TextField
              name="funderPerson"
              label={t("funders.person")}
              required
              autoComplete="off"
              state={stateFor(actionData, "addFunder")}
            />
            <TextField
              name="funderEmail"
              type="email"
              label={t("funders.email")}
              required
              autoComplete="off"
              state={stateFor(actionData, "addFunder")}
            />
          </div>
          <div className="actions">
            <SubmitButton>{t("funders.add")}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
