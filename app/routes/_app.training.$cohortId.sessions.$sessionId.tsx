import { Form } from "react-router";
import { attendanceValues } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formatDateTime } from "~/lib/dates";
import { formErrorFrom, invalid } from "~/lib/forms.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { attendanceSheet, saveAttendance } from "~/modules/training/attendance.server";
import { attendanceFromForm } from "~/modules/training/input";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SubmitButton } from "~/ui/form";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading } from "~/ui/page";
import type { Route } from "./+types/_app.training.$cohortId.sessions.$sessionId";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  return scope.run(async (tx) => ({
    ...(await attendanceSheet(tx, scope, uuidParam(params.cohortId), uuidParam(params.sessionId))),
    canWrite: can(scope.role, "training:write"),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "training:write");
  const formData = await readForm(request);
  const parsed = attendanceFromForm(formData);
  if (!parsed.ok) return invalid(parsed.result);
  try {
    await scope.run((tx) =>
      saveAttendance(tx, scope, uuidParam(params.cohortId), uuidParam(params.sessionId), parsed.value.marks),
    );
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirectWithNotice(
    `/training/${uuidParam(params.cohortId)}/sessions/${uuidParam(params.sessionId)}`,
    "attendanceSaved",
  );
}

export default function SessionAttendance({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("training");
  const state = actionData as FormState;
  const { session, trainees, canWrite } = loaderData;
  const when = formatDateTime(session.startsAt, i18n.language);
  const chosen = (id: string, saved: string | null) => {
    const sent = state?.values?.[`a-${id}`];
    return typeof sent === "string" ? sent : saved;
  };
  return (
    <>
      <PageHeading
        title={session.title}
        lead={when}
        back={{
          to: `/training/${session.cohortId}`,
          label: t("trainee.back", { cohort: session.cohortName }),
        }}
      />
      <PageNotice />
      <ErrorSummary state={state} />
      {trainees.length === 0 ? (
        <EmptyState title={t("session.noTrainees")}>{t("session.noTraineesHint")}</EmptyState>
      ) : (
        <Form method="post" className="form form--wide">
          {canWrite ? <p className="utrecht-paragraph">{t("session.intro")}</p> : null}
          <DataTable
            caption={t("session.caption", { date: when })}
            rows={trainees}
            rowKey={(p) => p.id}
            columns={[
              { key: "name", header: t("session.name"), rowHeader: true, cell: (p) => p.name },
              ...attendanceValues.map((v) => ({
                key: v,
                header: t(`attendance.${v}`),
                cell: (p: (typeof trainees)[number]) => (
                  <span className="choice">
                    <input
                      type="radio"
                      className="utrecht-radio-button utrecht-radio-button--html-input"
                      id={`a-${p.id}-${v}`}
                      name={`a-${p.id}`}
                      value={v}
                      disabled={!canWrite}
                      defaultChecked={chosen(p.id, p.attendance) === v}
                    />
                    <label htmlFor={`a-${p.id}-${v}`} className="visually-hidden">
                      {t("session.choiceLabel", { choice: t(`attendance.${v}`), name: p.name })}
                    </label>
                  </span>
                ),
              })),
            ]}
          />
          {canWrite ? (
            <FormActions>
              <SubmitButton>{t("session.save")}</SubmitButton>
            </FormActions>
          ) : null}
        </Form>
      )}
    </>
  );
}
