import { Form } from "react-router";
import { employerStages } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidField, uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { endPlacementInput, placementInput, stageInput } from "~/modules/employers/input";
import {
  endPlacement,
  placeablePeople,
  placementsAt,
  startPlacement,
} from "~/modules/employers/placements.server";
import { employerDetail } from "~/modules/employers/queries.server";
import { moveEmployer } from "~/modules/employers/save-employer.server";
import { vacanciesAt } from "~/modules/employers/vacancies.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { Checklist } from "./+employers/checklist-section";
import { NextStepFields } from "./+employers/employer-fields";
import { Placements } from "./+employers/placements-section";
import { stageTone } from "./+employers/stage-tone";
import type { Route } from "./+types/_app.employers.$employerId._index";

export const handle: RouteHandle = { i18n: ["employers", "clients", "outcomes"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:read");
  const employerId = uuidParam(params.employerId);
  const canWrite = can(scope.role, "employers:write");
  return scope.run(async (tx) => ({
    ...(await employerDetail(tx, scope, employerId)),
    placements: await placementsAt(tx, scope, employerId),
    vacancies: await vacanciesAt(tx, scope, employerId),
    people: canWrite && can(scope.role, "outcomes:write") ? await placeablePeople(tx) : [],
    canWrite,
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const employerId = uuidParam(params.employerId);
  const page = `/employers/${employerId}`;
  return runIntents(request, {
    stage: intent({
      schema: stageInput,
      run: (value) => scope.run((tx) => moveEmployer(tx, scope, { ...value, employerId })),
      done: () => redirectWithNotice(page, "employerStage"),
    }),
    place: intent({
      schema: placementInput,
      run: (value) => scope.run((tx) => startPlacement(tx, scope, employerId, value)),
      done: () => redirectWithNotice(`${page}#placements`, "placementStarted"),
    }),
    endPlacement: intent({
      schema: endPlacementInput,
      run: (value, formData) =>
        scope.run((tx) => endPlacement(tx, scope, uuidField(formData, "placementId"), value)),
      done: () => redirectWithNotice(`${page}#placements`, "placementEnded"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Details({ data }: { data: Data }) {
  const { t, i18n } = useTranslation(["employers", "clients"]);
  const e = data.employer;
  const none = <span className="muted">{t("detail.none")}</span>;
  const day = (value: string | null) => (value ? formatDate(value, i18n.language) : none);
  const contact = [e.contactName, e.contactEmail, e.contactPhone].filter(Boolean).join(" · ");
  return (
    <Section title={t("detail.facts")} id="facts">
      <Facts
        items={[
          { label: t("form.sector"), value: t(`clients:sectors.${e.sector}`) },
          {
            label: t("detail.client"),
            value: e.clientId ? (
              <Link className="utrecht-link" to={`/clients/${e.clientId}`}>
                {e.clientName}
              </Link>
            ) : (
              none
            ),
          },
          { label: t("detail.contact"), value: contact || none },
          { label: t("detail.infoMeetingOn"), value: day(e.infoMeetingOn) },
          { label: t("detail.materialSentOn"), value: day(e.materialSentOn) },
          { label: t("detail.notes"), value: <span className="pre-line">{e.notes || none}</span> },
        ]}
      />
    </Section>
  );
}

function Stage({ data, state }: { data: Data; state: FormState }) {
  const { t, i18n } = useTranslation("employers");
  const e = data.employer;
  return (
    <Section title={t("detail.stageTitle")} id="stage" className="card card--accent">
      <p className="utrecht-paragraph">
        {t("detail.stageNow", {
          stage: t(`stages.${e.stage}`),
          date: formatDate(e.stageSince, i18n.language),
        })}
      </p>
      {data.canWrite ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="stage" />
          <SelectField
            name="stage"
            label={t("detail.stage")}
            state={state}
            options={employerStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
            defaultValue={e.stage}
            required
          />
          <NextStepFields state={state} defaults={e} />
          <TextArea
            name="note"
            label={t("detail.note")}
            description={t("detail.noteHelp")}
            state={state}
            rows={2}
          />
          <FormActions>
            <SubmitButton>{t("detail.saveStage")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

function Vacancies({ data }: { data: Data }) {
  const { t } = useTranslation(["employers", "outcomes"]);
  const add = data.canWrite ? (
    <Link
      className="utrecht-button utrecht-button--secondary-action"
      to={`/employers/${data.employer.id}/vacancies/new`}
    >
      {t("vacancies.new")}
    </Link>
  ) : null;
  return (
    <Section title={t("vacancies.title")} id="vacancies" actions={add}>
      <p className="utrecht-paragraph">{t("vacancies.intro")}</p>
      <DataTable
        caption={t("vacancies.caption")}
        captionHidden
        rows={data.vacancies}
        rowKey={(v) => v.id}
        empty={<EmptyState title={t("vacancies.none")} />}
        columns={[
          {
            key: "title",
            header: t("vacancies.name"),
            rowHeader: true,
            cell: (v) => (
              <Link className="utrecht-link" to={`/vacancies/${v.id}`}>
                {v.title}
              </Link>
            ),
          },
          { key: "kind", header: t("vacancies.kind"), cell: (v) => t(`outcomes:kinds.${v.kind}`) },
          { key: "hours", header: t("vacancies.hours"), numeric: true, cell: (v) => v.hoursPerWeek ?? "" },
          {
            key: "status",
            header: t("vacancies.status"),
            cell: (v) => (
              <StatusBadge tone={v.status === "open" ? "accent" : "neutral"}>
                {t(`vacancies.statuses.${v.status}`)}
              </StatusBadge>
            ),
          },
        ]}
      />
    </Section>
  );
}

function History({ data }: { data: Data }) {
  const { t, i18n } = useTranslation("employers");
  const stage = (s: (typeof employerStages)[number]) => t(`stages.${s}`);
  return (
    <Section title={t("detail.historyTitle")} id="history">
      <DataTable
        caption={t("detail.historyCaption")}
        captionHidden
        rows={data.history}
        rowKey={(h) => h.id}
        columns={[
          { key: "when", header: t("detail.when"), cell: (h) => formatDateTime(h.at, i18n.language) },
          {
            key: "what",
            header: t("detail.change"),
            rowHeader: true,
            cell: (h) => (
              <>
                {!h.fromStage
                  ? t("detail.started", { stage: stage(h.toStage) })
                  : h.fromStage === h.toStage
                    ? t("detail.noted", { stage: stage(h.toStage) })
                    : t("detail.moved", { from: stage(h.fromStage), to: stage(h.toStage) })}
                {h.note ? <span className="pre-line muted"> {h.note}</span> : null}
              </>
            ),
          },
          { key: "by", header: t("detail.by"), cell: (h) => h.byName ?? "" },
        ]}
      />
    </Section>
  );
}

export default function Employer({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("employers");
  const e = loaderData.employer;
  const actions = loaderData.canWrite ? (
    <Link className="utrecht-button utrecht-button--secondary-action" to={`/employers/${e.id}/edit`}>
      {t("detail.edit")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeading
        title={e.name}
        lead={<StatusBadge tone={stageTone(e.stage)}>{t(`stages.${e.stage}`)}</StatusBadge>}
        back={{ to: "/employers", label: t("list.back") }}
        actions={actions}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Stage data={loaderData} state={actionData} />
      <Vacancies data={loaderData} />
      <Placements data={loaderData} state={actionData} />
      <Checklist data={loaderData} />
      <Details data={loaderData} />
      <History data={loaderData} />
    </>
  );
}
