import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { cancelOffer, confirmAssignment } from "~/modules/assignments/confirm-assignment.server";
import { offerAssignments } from "~/modules/assignments/offer-assignments.server";
import { removeConflict, setConflict } from "~/modules/matching/conflicts.server";
import { assignmentInput, conflictInput, offerInput, removeConflictInput } from "~/modules/matching/input";
import { matchPage } from "~/modules/matching/match-page.server";
import type { Reason } from "~/modules/matching/score";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import type { Route } from "./+types/_app.requests.$requestId.match";

export const handle: RouteHandle = { i18n: ["agenda", "matching"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "matching:use");
  const page = await scope.run((tx) => matchPage(tx, scope, uuidParam(params.requestId)));
  return {
    request: page.request,
    ranked: page.candidates.ranked.map((c) => ({
      expertId: c.expertId,
      name: `${c.firstName} ${c.lastName}`,
      score: c.score,
      reasons: c.reasons,
    })),
    eligibleTotal: page.candidates.eligibleTotal,
    eligibleMore: page.candidates.eligibleMore,
    excluded: page.candidates.excluded.map((e) => ({
      expertId: e.expertId,
      name: `${e.firstName} ${e.lastName}`,
      reasons: e.reasons,
    })),
    assignments: page.assignments.map((a) => ({
      id: a.id,
      name: `${a.firstName} ${a.lastName}`,
      status: a.status,
      responseReason: a.responseReason,
    })),
    conflicts: page.conflicts.map((c) => ({
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      reason: c.reason,
    })),
    count: Math.max(0, Math.min(999, Number(url.searchParams.get("count")) || 0)),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "matching:use");
  const requestId = uuidParam(params.requestId);
  const page = `/requests/${requestId}/match`;
  const onAssignment = (run: typeof confirmAssignment) =>
    intent({
      schema: assignmentInput,
      run: ({ assignmentId }) => scope.run((tx) => run(tx, scope, { assignmentId })),
      done: () => redirectWithNotice(page, run === confirmAssignment ? "offerConfirmed" : "offerCancelled"),
    });
  return runIntents(request, {
    offer: intent({
      schema: offerInput,
      run: ({ expertId }) =>
        scope.run((tx) => offerAssignments(tx, scope, { requestId, expertIds: expertId })),
      done: (made) => redirectWithNotice(`${page}?count=${made.length}`, "offered"),
    }),
    confirm: onAssignment(confirmAssignment),
    cancel: onAssignment(cancelOffer),
    addConflict: intent({
      schema: conflictInput,
      run: (value) => scope.run((tx) => setConflict(tx, scope, { requestId, ...value })),
      done: () => redirectWithNotice(page, "conflictAdded"),
    }),
    removeConflict: intent({
      schema: removeConflictInput,
      run: (value) => scope.run((tx) => removeConflict(tx, scope, value)),
      done: () => redirectWithNotice(page, "conflictRemoved"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function RequestSummary({ request }: { request: Data["request"] }) {
  const { t } = useTranslation("matching");
  return (
    <Section title={t("request.heading")} id="request" className="card">
      <WhenWhere
        slots={request.slots}
        online={request.online}
        place={request.place}
        area={request.areaName}
      />
      <Facts
        items={[
          { label: t("request.what"), value: request.title },
          { label: t("request.client"), value: request.clientName ?? t("request.none") },
          { label: t("request.themes"), value: request.themeNames.join(", ") || t("request.none") },
          { label: t("request.workForm"), value: request.workFormName ?? t("request.none") },
          { label: t("request.needed"), value: t("request.neededCount", { count: request.expertsNeeded }) },
          { label: t("request.status"), value: t(`requestStatus.${request.status}`) },
        ]}
      />
    </Section>
  );
}

function ReasonText({ reason, form }: { reason: Reason; form: string }) {
  const { t, i18n } = useTranslation("matching");
  const values = reason.values ?? {};
  if (reason.key === "lastDays") return <>{t("reasons.lastDays", { count: values.days })}</>;
  if (reason.key === "feedback")
    return (
      <>{t("reasons.feedback", { score: new Intl.NumberFormat(i18n.language).format(values.score ?? 0) })}</>
    );
  return <>{t(`reasons.${reason.key}`, { ...values, form })}</>;
}

function Current({ list }: { list: Data["assignments"] }) {
  const { t } = useTranslation("matching");
  const reasonOf = (text: string | null) => {
    if (!text) return "";
    const [code, ...rest] = text.split(": ");
    return [t(`agenda:reasons.${code}`, { defaultValue: code }), rest.join(": ")].filter(Boolean).join(" — ");
  };
  return (
    <DataTable
      caption={t("current.caption")}
      captionHidden
      rows={list}
      rowKey={(a) => a.id}
      empty={<p className="utrecht-paragraph">{t("current.none")}</p>}
      columns={[
        { key: "name", header: t("current.name"), rowHeader: true, cell: (a) => a.name },
        {
          key: "status",
          header: t("current.status"),
          cell: (a) => (
            <StatusBadge
              tone={
                a.status === "accepted" || a.status === "confirmed"
                  ? "success"
                  : a.status === "offered"
                    ? "warning"
                    : "neutral"
              }
            >
              {t(`assignmentStatus.${a.status}`)}
            </StatusBadge>
          ),
        },
        { key: "reason", header: t("current.reason"), cell: (a) => reasonOf(a.responseReason) },
        {
          key: "action",
          header: t("current.action"),
          cell: (a) =>
            a.status === "accepted" || a.status === "offered" ? (
              <div className="actions">
                {a.status === "accepted" ? (
                  <IntentButton intent="confirm" fields={{ assignmentId: a.id }}>
                    {t("current.confirm", { name: a.name })}
                  </IntentButton>
                ) : null}
                <IntentButton intent="cancel" fields={{ assignmentId: a.id }} secondary>
                  {t("current.cancel", { name: a.name })}
                </IntentButton>
              </div>
            ) : null,
        },
      ]}
    />
  );
}

function Candidates({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("matching");
  const form = (data.request.workFormName ?? "").toLowerCase();
  if (data.ranked.length === 0) return <EmptyState title={t("candidates.none")} />;
  return (
    <Form method="post" className="form form--wide" noValidate>
      <input type="hidden" name="intent" value="offer" />
      <p className="utrecht-paragraph">
        {t(data.eligibleMore ? "candidates.introMore" : "candidates.intro", {
          shown: data.ranked.length,
          total: data.eligibleTotal,
        })}
      </p>
      {state?.errors?.expertId ? (
        <p className="field__error" id="expertId-error">
          {state.errors.expertId.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      <DataTable
        caption={t("candidates.caption")}
        captionHidden
        rows={data.ranked}
        rowKey={(c) => c.expertId}
        columns={[
          {
            key: "choose",
            header: t("candidates.choose"),
            cell: (c) => (
              <div className="choice">
                <input
                  type="checkbox"
                  className="utrecht-checkbox utrecht-checkbox--html-input"
                  name="expertId"
                  value={c.expertId}
                  id={c.expertId === data.ranked[0]?.expertId ? "expertId" : `pick-${c.expertId}`}
                  aria-describedby={state?.errors?.expertId ? "expertId-error" : undefined}
                />
                <label htmlFor={c.expertId === data.ranked[0]?.expertId ? "expertId" : `pick-${c.expertId}`}>
                  {t("candidates.chooseName", { name: c.name })}
                </label>
              </div>
            ),
          },
          { key: "name", header: t("candidates.name"), rowHeader: true, cell: (c) => c.name },
          {
            key: "why",
            header: t("candidates.why"),
            cell: (c) => (
              <ul className="reasons">
                {c.reasons.map((r) => (
                  <li key={r.key}>
                    <ReasonText reason={r} form={form} />
                  </li>
                ))}
              </ul>
            ),
          },
          { key: "score", header: t("candidates.score"), numeric: true, cell: (c) => c.score },
        ]}
      />
      <FormActions>
        <SubmitButton>{t("candidates.submit")}</SubmitButton>
      </FormActions>
    </Form>
  );
}

function Excluded({ list }: { list: Data["excluded"] }) {
  const { t } = useTranslation("matching");
  if (list.length === 0) return null;
  return (
    <details>
      <summary>{t("excluded.summary", { count: list.length })}</summary>
      <p className="utrecht-paragraph">{t("excluded.intro")}</p>
      <ul>
        {list.map((e) => (
          <li key={e.expertId}>
            {e.name}: {e.reasons.map((r) => t(`excluded.${r}`)).join(", ")}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Conflicts({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("matching");
  const options = [...data.ranked, ...data.excluded].map((e) => ({ value: e.expertId, label: e.name }));
  return (
    <Section title={t("conflicts.heading")} id="conflicts">
      <p className="utrecht-paragraph">{t("conflicts.intro")}</p>
      {data.conflicts.length === 0 ? (
        <p className="utrecht-paragraph">{t("conflicts.none")}</p>
      ) : (
        <ul>
          {data.conflicts.map((c) => (
            <li key={c.id}>
              <span>
                {c.name}: {c.reason}
              </span>{" "}
              <IntentButton intent="removeConflict" fields={{ conflictId: c.id }} link>
                {t("conflicts.remove", { name: c.name })}
              </IntentButton>
            </li>
          ))}
        </ul>
      )}
      {options.length > 0 && data.request.clientId ? (
        <Form method="post" className="form" noValidate>
          <h3 className="utrecht-heading-3">{t("conflicts.addHeading")}</h3>
          <input type="hidden" name="intent" value="addConflict" />
          <SelectField
            name="expertId"
            label={t("conflicts.expert")}
            options={options}
            emptyLabel={t("conflicts.chooseExpert")}
            state={state?.values?.intent === "addConflict" ? state : undefined}
            required
          />
          <TextArea
            name="reason"
            label={t("conflicts.reasonLabel")}
            description={t("conflicts.reasonHelp")}
            rows={2}
            state={state?.values?.intent === "addConflict" ? state : undefined}
            required
          />
          <FormActions>
            <SubmitButton secondary>{t("conflicts.submit")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

export default function Match({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("matching");
  const data = loaderData;
  return (
    <>
      <PageHeading
        title={t("title", { number: data.request.number })}
        back={{ to: `/requests/${data.request.id}`, label: t("backToRequest") }}
      />
      <PageNotice values={{ count: data.count }} />
      <ErrorSummary state={actionData} />
      <RequestSummary request={data.request} />
      <Section title={t("current.heading")} id="current">
        <Current list={data.assignments} />
      </Section>
      <Section title={t("candidates.heading")} id="candidates">
        <Candidates data={data} state={actionData?.values?.intent === "offer" ? actionData : undefined} />
        <Excluded list={data.excluded} />
      </Section>
      <Conflicts data={data} state={actionData} />
    </>
  );
}
