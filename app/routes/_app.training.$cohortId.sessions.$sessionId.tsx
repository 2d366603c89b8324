import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { attendanceValues } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { formatDateTime } from "~/lib/dates";
import { formErrorFrom, invalid } from "~/lib/forms.server";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { attendanceSheet, saveAttendance } from "~/modules/training/attendance.server";
import { attendanceFromForm } from "~/modules/training/input";
import { ErrorSummary, type FormState, SubmitButton } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.training.$cohortId.sessions.$sessionId";

export const handle: RouteHandle = { i18n: ["training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "training:read");
  const url = new URL(request.url);
  return scope.run(async (tx) => ({
    ...(await attendanceSheet(tx, scope, uuidParam(params.cohortId), uuidParam(params.sessionId))),
    canWrite: can(scope.role, "training:write"),
    saved: url.searchParams.get("saved") === "1",
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
  return redirect(`/training/${uuidParam(params.cohortId)}/sessions/${uuidParam(params.sessionId)}?saved=1`);
}

export default function SessionAttendance({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("training");
  const state = actionData as FormState;
  const { session, trainees } = loaderData;
  const when = formatDateTime(session.startsAt, i18n.language);
  const chosen = (id: string, saved: string | null) => {
    const sent = state?.values?.[`a-${id}`];
    return typeof sent === "string" ? sent : saved;
  };
  return (
    <>
      <PageTitle>{session.title}</PageTitle>
      <p>
        <Link className="utrecht-link" to={`/training/${session.cohortId}`}>
          {t("trainee.back", { cohort: session.cohortName })}
        </Link>
      </p>
      <p className="utrecht-paragraph">{when}</p>
      {loaderData.saved ? (
        <p className="notice" role="status">
          {t("session.saved")}
        </p>
      ) : null}
      <ErrorSummary state={state} />
      {trainees.length === 0 ? (
        <p className="utrecht-paragraph">{t("session.noTrainees")}</p>
      ) : (
        <Form method="post" className="form">
          {loaderData.canWrite ? <p className="utrecht-paragraph">{t("session.intro")}</p> : null}
          <div className="table-wrap">
            <table className="utrecht-table">
              <caption>{t("session.caption", { date: when })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("session.name")}</th>
                  {attendanceValues.map((v) => (
                    <th scope="col" key={v}>
                      {t(`attendance.${v}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {trainees.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.name}</th>
                    {attendanceValues.map((v) => (
                      <td key={v}>
                        <input
                          type="radio"
                          className="utrecht-radio-button utrecht-radio-button--html-input"
                          id={`a-${p.id}-${v}`}
                          name={`a-${p.id}`}
                          value={v}
                          disabled={!loaderData.canWrite}
                          defaultChecked={chosen(p.id, p.attendance) === v}
                        />
                        <label htmlFor={`a-${p.id}-${v}`} className="visually-hidden">
                          {t("session.choiceLabel", { choice: t(`attendance.${v}`), name: p.name })}
                        </label>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {loaderData.canWrite ? (
            <div>
              <SubmitButton>{t("session.save")}</SubmitButton>
            </div>
          ) : null}
        </Form>
      )}
    </>
  );
}
