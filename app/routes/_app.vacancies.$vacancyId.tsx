import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidField, uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { fillInput } from "~/modules/employers/input";
import {
  answerProposal,
  closeVacancy,
  fillVacancy,
  proposeForVacancy,
  vacancyCandidates,
  vacancyDetail,
} from "~/modules/employers/vacancies.server";
import type { Reason } from "~/modules/matching/score";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { Notice, PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import type { Route } from "./+types/_app.vacancies.$vacancyId";

export const handle: RouteHandle = { i18n: ["employers", "outcomes"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "employers:read");
  const vacancyId = uuidParam(params.vacancyId);
  return scope.run(async (tx) => {
    const detail = await vacancyDetail(tx, scope, vacancyId);
    const open = detail.vacancy.status === "open";
    return {
      ...detail,
      candidates: open ? await vacancyCandidates(tx, scope, vacancyId, todayIso()) : null,
      canWrite: can(scope.role, "employers:write") && can(scope.role, "outcomes:write"),
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "employers:write");
  const vacancyId = uuidParam(params.vacancyId);
  const page = `/vacancies/${vacancyId}`;
  return runIntents(request, {
    propose: intent({
      run: (formData) =>
        scope.run((tx) => proposeForVacancy(tx, scope, vacancyId, uuidField(formData, "traineeId"))),
      done: () => redirectWithNotice(`${page}#proposals`, "vacancyProposed"),
    }),
    yes: intent({
      run: (formData) =>
        scope.run((tx) => answerProposal(tx, scope, uuidField(formData, "proposalId"), "interested")),
      done: () => redirectWithNotice(`${page}#proposals`, "vacancyAnswer"),
    }),
    no: intent({
      run: (formData) =>
        scope.run((tx) => answerProposal(tx, scope, uuidField(formData, "proposalId"), "declined")),
      done: () => redirectWithNotice(`${page}#proposals`, "vacancyAnswer"),
    }),
    fill: intent({
      schema: fillInput,
      run: (value) => scope.run((tx) => fillVacancy(tx, scope, vacancyId, value)),
      done: () => redirectWithNotice(page, "vacancyFilled"),
    }),
    close: intent({
      run: () => scope.run((tx) => closeVacancy(tx, scope, vacancyId)),
      done: () => redirectWithNotice(page, "vacancyClosed"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function ReasonText({ reason }: { reason: Reason }) {
  const { t } = useTranslation("employers");
  const values = reason.values ?? {};
  if (reason.key === "proposals") return <>{t("match.reasons.proposals", { count: values.count })}</>;
  if (reason.key === "looking") return <>{t("match.reasons.looking", { count: values.days })}</>;
  return <>{t(`match.reasons.${reason.key}`, values)}</>;
}

function Proposals({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("employers");
  const open = data.vacancy.status === "open";
  const tone = (s: Data["proposals"][number]["status"]) =>
    s === "placed" ? "success" : s === "interested" ? "accent" : s === "declined" ? "neutral" : "neutral";
  return (
    <Section title={t("vacancies.proposalsTitle")} id="proposals">
      <DataTable
        caption={t("vacancies.proposalsCaption")}
        captionHidden
        rows={data.proposals}
        rowKey={(p) => p.id}
        empty={<EmptyState title={t("vacancies.noProposals")} />}
        columns={[
          {
            key: "name",
            header: t("vacancies.person"),
            rowHeader: true,
            cell: (p) => (
              <Link className="utrecht-link" to={`/training/trainees/${p.traineeId}/outcomes`}>
                {p.name}
              </Link>
            ),
          },
          {
            key: "status",
            header: t("vacancies.answer"),
            cell: (p) => (
              <StatusBadge tone={tone(p.status)}>{t(`vacancies.proposal.${p.status}`)}</StatusBadge>
            ),
          },
          {
            key: "actions",
            header: <span className="visually-hidden">{t("vacancies.answer")}</span>,
            label: t("vacancies.answer"),
            cell: (p) =>
              open && data.canWrite && p.status === "proposed" ? (
                <div className="actions">
                  <IntentButton
                    intent="yes"
                    fields={{ proposalId: p.id }}
                    secondary
                    label={t("vacancies.saidYesLabel", { name: p.name })}
                  >
                    {t("vacancies.saidYes")}
                  </IntentButton>
                  <IntentButton
                    intent="no"
                    fields={{ proposalId: p.id }}
                    link
                    label={t("vacancies.saidNoLabel", { name: p.name })}
                  >
                    {t("vacancies.saidNo")}
                  </IntentButton>
                </div>
              ) : null,
          },
        ]}
      />
      {open && data.canWrite
        ? data.proposals
            .filter((p) => p.status === "interested")
            .map((p) => (
              <Form method="post" className="form card" noValidate key={p.id}>
                <h3 className="utrecht-heading-3">{t("vacancies.fillTitle", { name: p.name })}</h3>
                <input type="hidden" name="intent" value="fill" />
                <input type="hidden" name="traineeId" value={p.traineeId} />
                <TextField
                  name="startsOn"
                  type="date"
                  short
                  label={t("vacancies.fillStartsOn")}
                  state={state}
                  defaultValue={data.vacancy.startsOn}
                  required
                />
                <FormActions>
                  <SubmitButton>{t("vacancies.fill")}</SubmitButton>
                </FormActions>
              </Form>
            ))
        : null}
    </Section>
  );
}

function Candidates({ data }: { data: Data }) {
  const { t } = useTranslation("employers");
  if (!data.candidates) return null;
  const { ranked, left } = data.candidates;
  const parts = (["notLooking", "placed", "area"] as const)
    .filter((rule) => left[rule] > 0)
    .map((rule) => t(`vacancies.leftParts.${rule}`, { count: left[rule] }));
  return (
    <Section title={t("vacancies.candidatesTitle")} id="candidates">
      <p className="utrecht-paragraph">{t("vacancies.candidatesIntro")}</p>
      <DataTable
        caption={t("vacancies.candidatesCaption")}
        captionHidden
        rows={ranked}
        rowKey={(c) => c.traineeId}
        empty={<EmptyState title={t("vacancies.noCandidates")} />}
        columns={[
          {
            key: "name",
            header: t("vacancies.person"),
            rowHeader: true,
            cell: (c) => (
              <Link className="utrecht-link" to={`/training/trainees/${c.traineeId}/outcomes`}>
                {c.firstName} {c.lastName}
              </Link>
            ),
          },
          { key: "score", header: t("vacancies.score"), numeric: true, cell: (c) => c.score },
          {
            key: "why",
            header: t("vacancies.why"),
            cell: (c) => (
              <ul className="reasons">
                {c.reasons.map((r) => (
                  <li key={r.key}>
                    <ReasonText reason={r} />
                  </li>
                ))}
              </ul>
            ),
          },
          {
            key: "propose",
            header: <span className="visually-hidden">{t("vacancies.propose")}</span>,
            label: t("vacancies.propose"),
            cell: (c) =>
              data.canWrite ? (
                <IntentButton
                  intent="propose"
                  fields={{ traineeId: c.traineeId }}
                  secondary
                  label={t("vacancies.proposeLabel", { name: `${c.firstName} ${c.lastName}` })}
                >
                  {t("vacancies.propose")}
                </IntentButton>
              ) : null,
          },
        ]}
      />
      {parts.length ? <p className="muted">{t("vacancies.left", { parts: parts.join(", ") })}</p> : null}
    </Section>
  );
}

export default function Vacancy({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation(["employers", "outcomes"]);
  const v = loaderData.vacancy;
  const none = <span className="muted">{t("detail.none")}</span>;
  const actions =
    v.status === "open" && loaderData.canWrite ? (
      <IntentButton intent="close" link>
        {t("vacancies.close")}
      </IntentButton>
    ) : null;
  return (
    <>
      <PageHeading
        title={v.title}
        lead={
          <>
            {v.employer}{" "}
            <StatusBadge tone={v.status === "open" ? "accent" : "neutral"}>
              {t(`vacancies.statuses.${v.status}`)}
            </StatusBadge>
          </>
        }
        back={{ to: `/employers/${v.employerId}`, label: t("vacancies.back", { employer: v.employer }) }}
        actions={actions}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      {v.status !== "open" ? (
        <Notice kind="info">
          <p className="utrecht-paragraph">
            {t(v.status === "filled" ? "vacancies.filled" : "vacancies.closed")}
          </p>
        </Notice>
      ) : null}
      <Section title={t("vacancies.facts")} id="facts">
        <Facts
          items={[
            { label: t("vacancies.kind"), value: t(`outcomes:kinds.${v.kind}`) },
            { label: t("vacancies.hours"), value: v.hoursPerWeek ?? none },
            {
              label: t("vacancies.area"),
              value: [v.area, v.remote ? t("vacancies.remote") : null].filter(Boolean).join(" · ") || none,
            },
            {
              label: t("vacancies.themes"),
              value: loaderData.themes.map((th) => th.name).join(", ") || none,
            },
            {
              label: t("vacancies.startsOn"),
              value: v.startsOn ? formatDate(v.startsOn, i18n.language) : none,
            },
            {
              label: t("vacancies.description"),
              value: <span className="pre-line">{v.description || none}</span>,
            },
          ]}
        />
      </Section>
      <Proposals data={loaderData} state={actionData} />
      <Candidates data={loaderData} />
    </>
  );
}
