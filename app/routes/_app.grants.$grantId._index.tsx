import { Form } from "react-router";
import { grantMetrics } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { addFunder, removeFunder } from "~/modules/grants/funders.server";
import {
  cohortsInput,
  funderInput,
  pilotInput,
  removeFunderInput,
  removePilotInput,
  removeTargetInput,
  targetInput,
} from "~/modules/grants/input";
import { grantDetail } from "~/modules/grants/queries.server";
import {
  addPilot,
  removePilot,
  removeTarget,
  setGrantCohorts,
  setTarget,
} from "~/modules/grants/save-grant.server";
import { pilotSectors } from "~/modules/grants/values";
import { DataTable } from "~/ui/data-table";
import {
  ChoiceGroup,
  ErrorSummary,
  FormActions,
  type FormState,
  SelectField,
  SubmitButton,
  TextField,
} from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section } from "~/ui/page";
import { formatEuros } from "./+grants/grant-fields";
import type { Route } from "./+types/_app.grants.$grantId._index";

export const handle: RouteHandle = { i18n: ["grants"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "grants:manage");
  return scope.run((tx) => grantDetail(tx, scope, uuidParam(params.grantId)));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "grants:manage");
  const grantId = uuidParam(params.grantId);
  const page = `/grants/${grantId}`;
  return runIntents(request, {
    setTarget: intent({
      schema: targetInput,
      run: (value) => scope.run((tx) => setTarget(tx, scope, grantId, value)),
      done: () => redirectWithNotice(page, "grantTarget"),
    }),
    removeTarget: intent({
      schema: removeTargetInput,
      run: ({ metric }) => scope.run((tx) => removeTarget(tx, scope, grantId, metric)),
      done: () => redirectWithNotice(page, "grantTargetRemoved"),
    }),
    addPilot: intent({
      schema: pilotInput,
      run: (value) => scope.run((tx) => addPilot(tx, scope, grantId, value)),
      done: () => redirectWithNotice(page, "grantPilot"),
    }),
    removePilot: intent({
      schema: removePilotInput,
      run: ({ pilotId }) => scope.run((tx) => removePilot(tx, scope, grantId, pilotId)),
      done: () => redirectWithNotice(page, "grantPilotRemoved"),
    }),
    setCohorts: intent({
      schema: cohortsInput,
      run: ({ cohortIds }) => scope.run((tx) => setGrantCohorts(tx, scope, grantId, cohortIds)),
      done: () => redirectWithNotice(page, "grantCohorts"),
    }),
    addFunder: intent({
      schema: funderInput,
      run: (value) => addFunder(scope, grantId, value),
      done: () => redirectWithNotice(page, "grantFunder"),
    }),
    removeFunder: intent({
      schema: removeFunderInput,
      run: ({ userId }) => scope.run((tx) => removeFunder(tx, scope, grantId, userId)),
      done: () => redirectWithNotice(page, "grantFunderRemoved"),
    }),
  });
}

function stateFor(actionData: FormState, name: string): FormState {
  return actionData?.values?.intent === name ? actionData : undefined;
}

export default function GrantPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("grants");
  const { grant, targets, pilots, allCohorts, funders } = loaderData;
  const locale = i18n.language;
  return (
    <>
      <PageHeading
        title={grant.name}
        back={{ to: "/grants", label: t("detail.back") }}
        lead={grant.funderName}
        actions={
          <Link className="utrecht-button utrecht-button--secondary-action" to={`/grants/${grant.id}/edit`}>
            {t("detail.edit")}
          </Link>
        }
      />
      <PageNotice />
      <ErrorSummary state={actionData} />

      <Section title={t("detail.facts")} id="facts">
        <Facts
          items={[
            { label: t("list.funder"), value: grant.funderName },
            { label: t("list.amount"), value: formatEuros(grant.amountCents, locale) || "–" },
            {
              label: t("list.period"),
              value: t("detail.period", {
                from: formatDate(grant.startsOn, locale),
                to: formatDate(grant.endsOn, locale),
              }),
            },
            { label: t("list.province"), value: grant.province ?? "–" },
          ]}
        />
        {grant.description ? <p className="utrecht-paragraph pre-line">{grant.description}</p> : null}
      </Section>

      <Section title={t("detail.report")} id="report">
        <p className="utrecht-paragraph">{t("detail.reportHelp")}</p>
        <ul className="download-list">
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
      </Section>

      <Section title={t("targets.title")} id="targets">
        <DataTable
          caption={t("targets.caption")}
          captionHidden
          rows={targets}
          rowKey={(target) => target.metric}
          empty={<EmptyState title={t("targets.empty")}>{t("targets.emptyHint")}</EmptyState>}
          columns={[
            {
              key: "metric",
              header: t("targets.metric"),
              rowHeader: true,
              cell: (target) => t(`metrics.${target.metric}`),
            },
            {
              key: "target",
              header: t("targets.target"),
              numeric: true,
              cell: (target) => `${target.target}${target.metric.endsWith("_share") ? "%" : ""}`,
            },
            {
              key: "remove",
              header: <span className="visually-hidden">{t("common:actions.delete")}</span>,
              label: t("common:actions.delete"),
              cell: (target) => (
                <IntentButton intent="removeTarget" fields={{ metric: target.metric }} link>
                  {t("targets.remove", { metric: t(`metrics.${target.metric}`) })}
                </IntentButton>
              ),
            },
          ]}
        />
        <Form method="post" className="form card" noValidate>
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
          <FormActions>
            <SubmitButton>{t("targets.add")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>

      <Section title={t("pilots.title")} id="pilots">
        <DataTable
          caption={t("pilots.caption")}
          captionHidden
          rows={pilots}
          rowKey={(pilot) => pilot.id}
          empty={<EmptyState title={t("pilots.empty")}>{t("pilots.emptyHint")}</EmptyState>}
          columns={[
            {
              key: "sector",
              header: t("pilots.sector"),
              cell: (pilot) =>
                (pilotSectors as readonly string[]).includes(pilot.sector)
                  ? t(`sectors.${pilot.sector}`)
                  : pilot.sector,
            },
            {
              key: "name",
              header: t("pilots.name"),
              rowHeader: true,
              cell: (pilot) => (
                <Link className="utrecht-link" to={`/pilots/${pilot.id}`}>
                  {pilot.name}
                </Link>
              ),
            },
            {
              key: "remove",
              header: <span className="visually-hidden">{t("common:actions.delete")}</span>,
              label: t("common:actions.delete"),
              cell: (pilot) => (
                <IntentButton intent="removePilot" fields={{ pilotId: pilot.id }} link>
                  {t("pilots.remove", { name: pilot.name })}
                </IntentButton>
              ),
            },
          ]}
        />
        <Form method="post" className="form card" noValidate>
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
          <FormActions>
            <SubmitButton>{t("pilots.add")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>

      <Section title={t("cohorts.title")} id="cohorts">
        {allCohorts.length === 0 ? (
          <EmptyState
            title={t("cohorts.empty")}
            action={
              <Link className="utrecht-button utrecht-button--secondary-action" to="/training/new">
                {t("cohorts.newCohort")}
              </Link>
            }
          />
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
            <FormActions>
              <SubmitButton>{t("cohorts.save")}</SubmitButton>
            </FormActions>
          </Form>
        )}
      </Section>

      <Section title={t("funders.title")} id="funders">
        <p className="utrecht-paragraph">{t("funders.help")}</p>
        <DataTable
          caption={t("funders.caption")}
          captionHidden
          rows={funders}
          rowKey={(f) => f.userId}
          empty={<EmptyState title={t("funders.empty")}>{t("funders.emptyHint")}</EmptyState>}
          columns={[
            { key: "name", header: t("funders.name"), rowHeader: true, cell: (f) => f.name },
            { key: "email", header: t("funders.email"), cell: (f) => f.email },
            {
              key: "remove",
              header: <span className="visually-hidden">{t("common:actions.delete")}</span>,
              label: t("common:actions.delete"),
              cell: (f) => (
                <IntentButton intent="removeFunder" fields={{ userId: f.userId }} link>
                  {t("funders.remove", { name: f.name })}
                </IntentButton>
              ),
            },
          ]}
        />
        <Form method="post" className="form card" noValidate>
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
          <FormActions>
            <SubmitButton>{t("funders.add")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}
