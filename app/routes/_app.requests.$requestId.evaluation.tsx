import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formatDate, formatDateTime } from "~/lib/dates";
import { formErrorFrom } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { evaluationOfRequest } from "~/modules/evaluations/queries.server";
import { startEvaluation } from "~/modules/evaluations/start-evaluation.server";
import { hoursOfRequest } from "~/modules/hours/queries.server";
import { formatEuroCents, formatMinutes } from "~/modules/hours/rules";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, SubmitButton } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { requestTone } from "./+requests/status-tone";
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
  return redirectWithNotice(`/requests/${uuidParam(params.requestId)}/evaluation`, "evaluationSent");
}

export default function RequestEvaluation({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("evaluations");
  const { request, evaluation, hours } = loaderData;
  const editable = loaderData.canWrite && request.status !== "evaluated" && request.status !== "cancelled";
  return (
    <>
      <PageHeading
        title={t("title")}
        back={{
          to: `/requests/${request.id}`,
          label: t("request", { number: request.number, title: request.title }),
        }}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Facts
        items={[
          {
            label: t("status"),
            value: (
              <StatusBadge tone={requestTone(request.status)}>
                {t(`requestStatus.${request.status}`)}
              </StatusBadge>
            ),
          },
          { label: t("client"), value: request.clientName ?? t("common:none") },
          { label: t("contact"), value: request.contactName ?? t("common:none") },
        ]}
      />
      <Section title={t("hoursHeading")} id="hours">
        <HoursTable hours={hours} editable={editable} />
      </Section>
      <Section title={t("evaluationHeading")} id="evaluation">
        {evaluation?.submittedAt ? (
          <>
            <p className="utrecht-paragraph">
              {t("submittedAt", { date: formatDate(evaluation.submittedAt, i18n.language) })}
            </p>
            <Facts
              items={[
                {
                  label: t("score"),
                  value: evaluation.score == null ? t("none") : t("scoreValue", { score: evaluation.score }),
                },
                { label: t("wentWell"), value: evaluation.wentWell || t("none") },
                { label: t("quote"), value: evaluation.quote ? <q>{evaluation.quote}</q> : t("none") },
                { label: t("quotePublic"), value: t(evaluation.quotePublic ? "common:yes" : "common:no") },
              ]}
            />
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
                <FormActions>
                  <SubmitButton>{evaluation ? t("resend") : t("send")}</SubmitButton>
                </FormActions>
              </Form>
            ) : request.status !== "evaluated" && request.status !== "cancelled" ? (
              <p className="utrecht-paragraph muted">{t("waitForDone")}</p>
            ) : null}
          </>
        )}
      </Section>
    </>
  );
}

type HoursRow = Route.ComponentProps["loaderData"]["hours"][number];

function HoursTable({ hours, editable }: { hours: HoursRow[]; editable: boolean }) {
  const { t, i18n } = useTranslation("hours");
  const name = (h: HoursRow) => `${h.firstName} ${h.lastName}`;
  return (
    <DataTable
      caption={t("table.caption")}
      captionHidden
      rows={hours}
      rowKey={(h) => h.assignmentId}
      empty={<p className="utrecht-paragraph">{t("table.empty")}</p>}
      columns={[
        { key: "expert", header: t("table.expert"), rowHeader: true, cell: name },
        {
          key: "time",
          header: t("table.time"),
          cell: (h) => (h.minutesWorked == null ? t("table.notYet") : formatMinutes(h.minutesWorked)),
        },
        {
          key: "travel",
          header: t("table.travel"),
          cell: (h) =>
            h.travelCostCents != null
              ? t("table.costValue", { cost: formatEuroCents(h.travelCostCents) })
              : h.travelKm != null
                ? t("table.kmValue", { km: h.travelKm })
                : t("travelNone"),
        },
        { key: "note", header: t("table.note"), cell: (h) => h.note ?? "" },
        {
          key: "loggedAt",
          header: t("table.loggedAt"),
          cell: (h) => (h.loggedAt ? formatDate(h.loggedAt, i18n.language) : t("table.notYet")),
        },
        ...(editable
          ? [
              {
                key: "edit",
                header: <span className="visually-hidden">{t("table.edit")}</span>,
                label: t("table.edit"),
                cell: (h: HoursRow) => (
                  <Link
                    className="utrecht-link"
                    to={`/agenda/${h.assignmentId}/hours`}
                    aria-label={t("table.editFor", { name: name(h) })}
                  >
                    {t("table.edit")}
                  </Link>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
