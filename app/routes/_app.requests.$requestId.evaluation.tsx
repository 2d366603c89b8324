import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { formatDate, formatDateTime } from "~/lib/dates";
import { formErrorFrom } from "~/lib/forms.server";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { evaluationOfRequest } from "~/modules/evaluations/queries.server";
import { startEvaluation } from "~/modules/evaluations/start-evaluation.server";
import { hoursOfRequest } from "~/modules/hours/queries.server";
import { formatEuroCents, formatMinutes } from "~/modules/hours/rules";
import { ErrorSummary, SubmitButton } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.requests.$requestId.evaluation";

export const handle: RouteHandle = { i18n: ["evaluations", "hours"] };

/** For the coordinator: hours per expert, and the client's evaluation (send or re-send the link). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "requests:read");
  const data = await scope.run(async (tx) => ({
    ...(await evaluationOfRequest(tx, scope, uuidParam(params.requestId))),
    hours: await hoursOfRequest(tx, scope, uuidParam(params.requestId)),
  }));
  return {
    ...data,
    hours: data.hours.map((h) => ({
      ...h,
      loggedAt: h.loggedAt ? new Date(h.loggedAt).toISOString() : null,
    })),
    canWrite: can(scope.role, "requests:write"),
    sent: new URL(request.url).searchParams.get("sent") === "1",
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "requests:write");
  const formData = await readForm(request);
  try {
    await scope.run((tx) => startEvaluation(tx, scope, uuidParam(params.requestId)));
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirect(`/requests/${uuidParam(params.requestId)}/evaluation?sent=1`);
}

export default function RequestEvaluation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("evaluations");
  const { request, evaluation, hours } = loaderData;
  const editable = loaderData.canWrite && request.status !== "evaluated" && request.status !== "cancelled";
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={`/requests/${request.id}`}>
          {t("request", { number: request.number, title: request.title })}
        </Link>
      </p>
      <dl className="details">
        <dt>{t("status")}</dt>
        <dd>
          <span className="badge">{t(`requestStatus.${request.status}`)}</span>
        </dd>
        <dt>{t("client")}</dt>
        <dd>{request.clientName ?? t("common:none")}</dd>
        <dt>{t("contact")}</dt>
        <dd>{request.contactName ?? t("common:none")}</dd>
      </dl>

      <h2 className="utrecht-heading-2">{t("hoursHeading")}</h2>
      <HoursTable hours={hours} editable={editable} />

      <h2 className="utrecht-heading-2">{t("evaluationHeading")}</h2>
      {loaderData.sent ? (
        <p className="notice" role="status">
          {t("sent")}
        </p>
      ) : null}
      <ErrorSummary state={actionData} />
      {evaluation?.submittedAt ? (
        <>
          <p className="utrecht-paragraph">
            {t("submittedAt", { date: formatDate(evaluation.submittedAt, i18n.language) })}
          </p>
          <dl className="details">
            <dt>{t("score")}</dt>
            <dd>{evaluation.score == null ? t("none") : t("scoreValue", { score: evaluation.score })}</dd>
            <dt>{t("wentWell")}</dt>
            <dd>{evaluation.wentWell || t("none")}</dd>
            <dt>{t("quote")}</dt>
            <dd>{evaluation.quote ? <q>{evaluation.quote}</q> : t("none")}</dd>
            <dt>{t("quotePublic")}</dt>
            <dd>{t(evaluation.quotePublic ? "common:yes" : "common:no")}</dd>
          </dl>
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {evaluation
              ? t("sentAt", { date: formatDateTime(evaluation.sentAt, i18n.language) })
              : t("notSent")}
          </p>
          {loaderData.canWrite && request.status === "done" ? (
            <Form method="post" className="form">
              <p className="utrecht-paragraph muted">{t("sendHelp")}</p>
              <div className="actions">
                <SubmitButton name="intent" value="send">
                  {evaluation ? t("resend") : t("send")}
                </SubmitButton>
              </div>
            </Form>
          ) : request.status !== "evaluated" && request.status !== "cancelled" ? (
            <p className="utrecht-paragraph muted">{t("waitForDone")}</p>
          ) : null}
        </>
      )}
    </>
  );
}

type HoursRow = Route.ComponentProps["loaderData"]["hours"][number];

function HoursTable({ hours, editable }: { hours: HoursRow[]; editable: boolean }) {
  const { t, i18n } = useTranslation("hours");
  if (hours.length === 0) return <p className="utrecht-paragraph">{t("table.empty")}</p>;
  return (
    <div className="table-wrap">
      <table className="utrecht-table">
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.expert")}</th>
            <th scope="col">{t("table.time")}</th>
            <th scope="col">{t("table.travel")}</th>
            <th scope="col">{t("table.note")}</th>
            <th scope="col">{t("table.loggedAt")}</th>
            {editable ? (
              <th scope="col">
                <span className="visually-hidden">{t("table.edit")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => {
            const name = `${h.firstName} ${h.lastName}`;
            return (
              <tr key={h.assignmentId}>
                <th scope="row">{name}</th>
                <td>{h.minutesWorked == null ? t("table.notYet") : formatMinutes(h.minutesWorked)}</td>
                <td>
                  {h.travelCostCents != null
                    ? t("table.costValue", { cost: formatEuroCents(h.travelCostCents) })
                    : h.travelKm != null
                      ? t("table.kmValue", { km: h.travelKm })
                      : t("travelNone")}
                </td>
                <td>{h.note ?? ""}</td>
                <td>{h.loggedAt ? formatDate(h.loggedAt, i18n.language) : t("table.notYet")}</td>
                {editable ? (
                  <td>
                    <Link
                      className="utrecht-link"
                      to={`/agenda/${h.assignmentId}/hours`}
                      aria-label={t("table.editFor", { name })}
                    >
                      {t("table.edit")}
                    </Link>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
