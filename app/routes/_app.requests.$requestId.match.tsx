import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { formatDate, formatTime } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { cancelOffer, confirmAssignment } from "~/modules/assignments/confirm-assignment.server";
import { offerAssignments } from "~/modules/assignments/offer-assignments.server";
import { removeConflict, setConflict } from "~/modules/matching/conflicts.server";
import { assignmentInput, conflictInput, offerInput, removeConflictInput } from "~/modules/matching/input";
import { matchPage } from "~/modules/matching/match-page.server";
import type { Reason } from "~/modules/matching/score";
import { ErrorSummary, type FormState, SelectField, SubmitButton, TextArea } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.requests.$requestId.match";

export const handle: RouteHandle = { i18n: ["agenda", "matching"] };

const notices = ["offered", "confirmed", "cancelled", "conflictAdded", "conflictRemoved"] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "matching:use");
  const url = new URL(request.url);
  const done = notices.find((n) => n === url.searchParams.get("done")) ?? null;
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
    done,
    count: Number(url.searchParams.get("count") ?? 0),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "matching:use");
  const formData = await readForm(request);
  const requestId = uuidParam(params.requestId);
  const back = (done: string, extra = "") => redirect(`/requests/${requestId}/match?done=${done}${extra}`);
  try {
    switch (formData.get("intent")) {
      case "offer": {
        const parsed = parseForm(formData, offerInput);
        if (!parsed.ok) return invalid(parsed.result);
        const made = await scope.run((tx) =>
          offerAssignments(tx, scope, { requestId, expertIds: parsed.value.expertId }),
        );
        return back("offered", `&count=${made.length}`);
      }
      case "confirm":
      case "cancel": {
        const parsed = parseForm(formData, assignmentInput);
        if (!parsed.ok) return invalid(parsed.result);
        const { intent, assignmentId } = parsed.value;
        await scope.run((tx) =>
          intent === "confirm"
            ? confirmAssignment(tx, scope, { assignmentId })
            : cancelOffer(tx, scope, { assignmentId }),
        );
        return back(intent === "confirm" ? "confirmed" : "cancelled");
      }
      case "addConflict": {
        const parsed = parseForm(formData, conflictInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => setConflict(tx, scope, { requestId, ...parsed.value }));
        return back("conflictAdded");
      }
      case "removeConflict": {
        const parsed = parseForm(formData, removeConflictInput);
        if (!parsed.ok) return invalid(parsed.result);
        await scope.run((tx) => removeConflict(tx, scope, parsed.value));
        return back("conflictRemoved");
      }
      default:
        return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
}

type Data = Route.ComponentProps["loaderData"];

function RequestSummary({ request }: { request: Data["request"] }) {
  const { t, i18n } = useTranslation("matching");
  const where = request.online
    ? t("request.online")
    : [request.place, request.areaName].filter(Boolean).join(", ");
  return (
    <section aria-labelledby="request-heading">
      <h2 className="utrecht-heading-2" id="request-heading">
        {t("request.heading")}
      </h2>
      <dl>
        <dt>{t("request.what")}</dt>
        <dd>{request.title}</dd>
        <dt>{t("request.client")}</dt>
        <dd>{request.clientName ?? t("request.none")}</dd>
        <dt>{t("request.where")}</dt>
        <dd>{where || t("request.none")}</dd>
        <dt>{t("request.when")}</dt>
        <dd>
          {request.slots.length === 0 ? (
            t("request.noSlots")
          ) : (
            <ul>
              {request.slots.map((s) => (
                <li key={String(s.startsAt)}>
                  {formatDate(s.startsAt, i18n.language)} {formatTime(s.startsAt, i18n.language)}–
                  {formatTime(s.endsAt, i18n.language)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("request.themes")}</dt>
        <dd>{request.themeNames.join(", ") || t("request.none")}</dd>
        <dt>{t("request.workForm")}</dt>
        <dd>{request.workFormName ?? t("request.none")}</dd>
        <dt>{t("request.needed")}</dt>
        <dd>{t("request.neededCount", { count: request.expertsNeeded })}</dd>
        <dt>{t("request.status")}</dt>
        <dd>{t(`requestStatus.${request.status}`)}</dd>
      </dl>
    </section>
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
  if (list.length === 0) return <p className="utrecht-paragraph">{t("current.none")}</p>;
  const reasonOf = (text: string | null) => {
    if (!text) return "";
    const [code, ...rest] = text.split(": ");
    return [t(`agenda:reasons.${code}`, { defaultValue: code }), rest.join(": ")].filter(Boolean).join(" — ");
  };
  return (
    <div className="table-wrap">
      <table className="utrecht-table">
        <caption className="visually-hidden">{t("current.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("current.name")}</th>
            <th scope="col">{t("current.status")}</th>
            <th scope="col">{t("current.reason")}</th>
            <th scope="col">{t("current.action")}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{t(`assignmentStatus.${a.status}`)}</td>
              <td>{reasonOf(a.responseReason)}</td>
              <td>
                {a.status === "accepted" || a.status === "offered" ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="assignmentId" value={a.id} />
                    {a.status === "accepted" ? (
                      <SubmitButton name="intent" value="confirm">
                        {t("current.confirm", { name: a.name })}
                      </SubmitButton>
                    ) : null}
                    <SubmitButton name="intent" value="cancel" secondary>
                      {t("current.cancel", { name: a.name })}
                    </SubmitButton>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Candidates({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("matching");
  const form = (data.request.workFormName ?? "").toLowerCase();
  if (data.ranked.length === 0) return <p className="utrecht-paragraph">{t("candidates.none")}</p>;
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
        <p className="utrecht-form-field-error-message" id="expertId-error">
          {state.errors.expertId.map((m) => t(m)).join(" ")}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="utrecht-table">
          <caption className="visually-hidden">{t("candidates.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("candidates.choose")}</th>
              <th scope="col">{t("candidates.name")}</th>
              <th scope="col">{t("candidates.why")}</th>
              <th scope="col">{t("candidates.score")}</th>
            </tr>
          </thead>
          <tbody>
            {data.ranked.map((c) => (
              <tr key={c.expertId}>
                <td>
                  <div className="choice">
                    <input
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      name="expertId"
                      value={c.expertId}
                      id={`pick-${c.expertId}`}
                      aria-describedby={state?.errors?.expertId ? "expertId-error" : undefined}
                    />
                    <label htmlFor={`pick-${c.expertId}`} className="visually-hidden">
                      {t("candidates.chooseName", { name: c.name })}
                    </label>
                  </div>
                </td>
                <th scope="row">{c.name}</th>
                <td>
                  <ul className="reasons">
                    {c.reasons.map((r) => (
                      <li key={r.key}>
                        <ReasonText reason={r} form={form} />
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{c.score}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <SubmitButton>{t("candidates.submit")}</SubmitButton>
      </div>
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
    <section aria-labelledby="conflicts-heading">
      <h2 className="utrecht-heading-2" id="conflicts-heading">
        {t("conflicts.heading")}
      </h2>
      <p className="utrecht-paragraph">{t("conflicts.intro")}</p>
      {data.conflicts.length === 0 ? (
        <p className="utrecht-paragraph">{t("conflicts.none")}</p>
      ) : (
        <ul>
          {data.conflicts.map((c) => (
            <li key={c.id}>
              <Form method="post" className="inline-form">
                <span>
                  {c.name}: {c.reason}
                </span>
                <input type="hidden" name="conflictId" value={c.id} />
                <SubmitButton name="intent" value="removeConflict" secondary>
                  {t("conflicts.remove", { name: c.name })}
                </SubmitButton>
              </Form>
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
          <div className="actions">
            <SubmitButton secondary>{t("conflicts.submit")}</SubmitButton>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

export default function Match({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("matching");
  const data = loaderData;
  return (
    <>
      <PageTitle>{t("title", { number: data.request.number })}</PageTitle>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/requests/${data.request.id}`}>
          {t("backToRequest")}
        </Link>
      </p>
      {data.done ? (
        <p className="notice" role="status">
          {data.done === "offered" ? t("done.offered", { count: data.count }) : t(`done.${data.done}`)}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      <RequestSummary request={data.request} />
      <section aria-labelledby="current-heading">
        <h2 className="utrecht-heading-2" id="current-heading">
          {t("current.heading")}
        </h2>
        <Current list={data.assignments} />
      </section>
      <section aria-labelledby="candidates-heading">
        <h2 className="utrecht-heading-2" id="candidates-heading">
          {t("candidates.heading")}
        </h2>
        <Candidates data={data} state={actionData?.values?.intent === "offer" ? actionData : undefined} />
        <Excluded list={data.excluded} />
      </section>
      <Conflicts data={data} state={actionData} />
    </>
  );
}
