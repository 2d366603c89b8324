import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { expertStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { formatDate } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { addAbsence, changeExpertStatus, removeAbsence } from "~/modules/pool/absences.server";
import { absenceInput, removeAbsenceInput, statusInput } from "~/modules/pool/input";
import { expertProfile, readPrivateNotes } from "~/modules/pool/profile.server";
import { trainingOfExpert } from "~/modules/training/history.server";
import { ErrorSummary, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.pool.$expertId._index";

export const handle: RouteHandle = { i18n: ["pool", "training"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:read");
  const url = new URL(request.url);
  const wantsNotes = url.searchParams.get("notes") === "1" && can(scope.role, "notes:read");
  return scope.run(async (tx) => ({
    expert: await expertProfile(tx, scope, uuidParam(params.expertId)),
    notes: wantsNotes ? await readPrivateNotes(tx, scope, uuidParam(params.expertId)) : null,
    mayReadNotes: can(scope.role, "notes:read"),
    mayWrite: can(scope.role, "pool:write"),
    saved: url.searchParams.get("saved"),
    trainedIn: await trainingOfExpert(tx, scope, uuidParam(params.expertId)),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const expertId = uuidParam(params.expertId);
  try {
    if (intent === "status") {
      const parsed = parseForm(formData, statusInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => changeExpertStatus(tx, scope, { expertId, ...parsed.value }));
    } else if (intent === "addAbsence") {
      const parsed = parseForm(formData, absenceInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => addAbsence(tx, scope, { expertId, ...parsed.value }));
    } else if (intent === "removeAbsence") {
      const parsed = parseForm(formData, removeAbsenceInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => removeAbsence(tx, scope, { expertId, ...parsed.value }));
    } else {
      return invalid({ errors: { form: ["validation.invalid"] }, values: {} });
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  return redirect(`/pool/${expertId}?saved=1`);
}

function Facts({ expert }: { expert: Route.ComponentProps["loaderData"]["expert"] }) {
  const { t, i18n } = useTranslation("pool");
  const notSet = <span className="muted">{t("profile.notSet")}</span>;
  return (
    <dl className="facts">
      <dt>{t("form.status")}</dt>
      <dd>{t(`status.${expert.status}`)}</dd>
      <dt>{t("form.email")}</dt>
      <dd>{expert.email ?? notSet}</dd>
      <dt>{t("form.phone")}</dt>
      <dd>{expert.phone ?? notSet}</dd>
      <dt>{t("profile.login")}</dt>
      <dd>{expert.hasLogin ? t("common:yes") : t("common:no")}</dd>
      <dt>{t("form.certifiedOn")}</dt>
      <dd>{expert.certifiedOn ? formatDate(expert.certifiedOn, i18n.language) : notSet}</dd>
      <dt>{t("form.themes")}</dt>
      <dd>{expert.themes.length ? expert.themes.join(", ") : notSet}</dd>
      <dt>{t("form.workForms")}</dt>
      <dd>{expert.workForms.length ? expert.workForms.join(", ") : notSet}</dd>
      <dt>{t("form.areas")}</dt>
      <dd>{expert.areas.length ? expert.areas.join(", ") : notSet}</dd>
      <dt>{t("form.homeArea")}</dt>
      <dd>
        {expert.homeArea ?? notSet}
        {expert.maxTravelKm !== null ? ` · ${t("profile.travel", { km: expert.maxTravelKm })}` : ""}
      </dd>
      <dt>{t("form.online")}</dt>
      <dd>{expert.acceptsOnline ? t("common:yes") : t("common:no")}</dd>
      <dt>{t("form.languages")}</dt>
      <dd>{expert.languages.length ? expert.languages.join(", ") : notSet}</dd>
      <dt>{t("form.profileText")}</dt>
      <dd>{expert.profileText || notSet}</dd>
    </dl>
  );
}

function Availability({ slots }: { slots: { weekday: number; dayPart: string }[] }) {
  const { t } = useTranslation("pool");
  if (slots.length === 0) return <p className="utrecht-paragraph">{t("profile.noAvailability")}</p>;
  const days = [...new Set(slots.map((s) => s.weekday))].sort();
  return (
    <ul>
      {days.map((day) => (
        <li key={day}>
          {t(`weekday.${day}`)}:{" "}
          {slots
            .filter((s) => s.weekday === day)
            .map((s) => t(`dayPart.${s.dayPart}`))
            .join(", ")}
        </li>
      ))}
    </ul>
  );
}

export default function ExpertPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("pool");
  const { expert, notes } = loaderData;
  const state = actionData as FormState;
  const name = `${expert.firstName} ${expert.lastName}`;
  const base = `/pool/${expert.id}`;
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p>
        <Link className="utrecht-link" to="/pool">
          {t("profile.back")}
        </Link>
      </p>
      {loaderData.saved ? (
        <p className="notice" role="status">
          {loaderData.saved === "created" ? t("profile.created") : t("profile.saved")}
        </p>
      ) : null}
      <ErrorSummary state={state} />

      <h2 className="utrecht-heading-2">{t("profile.facts")}</h2>
      <Facts expert={expert} />
      {loaderData.trainedIn.map((c) => (
        <p className="utrecht-paragraph" key={c.traineeId}>
          {t("training:trainee.trainedIn", { cohort: c.cohortName })}{" "}
          <Link className="utrecht-link" to={`/training/trainees/${c.traineeId}`}>
            {t("training:trainee.trainingLink", { cohort: c.cohortName })}
          </Link>
        </p>
      ))}
      {loaderData.mayWrite ? (
        <p className="actions">
          <Link className="utrecht-button utrecht-button--secondary-action" to={`${base}/edit`}>
            {t("profile.edit")}
          </Link>
        </p>
      ) : null}

      <h2 className="utrecht-heading-2">{t("profile.availability")}</h2>
      <Availability slots={expert.availability} />

      {loaderData.mayReadNotes ? (
        <section aria-labelledby="notes-title">
          <h2 className="utrecht-heading-2" id="notes-title">
            {t("profile.notes")}
          </h2>
          {notes === null ? (
            <p>
              <Link className="utrecht-button utrecht-button--secondary-action" to={`${base}?notes=1`}>
                {t("profile.showNotes")}
              </Link>
            </p>
          ) : (
            <>
              <p className="notice">{t("profile.notesLogged")}</p>
              <p className="utrecht-paragraph" style={{ whiteSpace: "pre-wrap" }}>
                {notes || t("profile.noNotes")}
              </p>
              <p>
                <Link className="utrecht-link" to={base}>
                  {t("profile.hideNotes")}
                </Link>
              </p>
            </>
          )}
        </section>
      ) : null}

      {loaderData.mayWrite ? (
        <>
          <h2 className="utrecht-heading-2">{t("profile.statusTitle")}</h2>
          <Form method="post" className="form">
            <input type="hidden" name="intent" value="status" />
            <SelectField
              name="status"
              label={t("form.status")}
              required
              state={state}
              defaultValue={expert.status}
              options={expertStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
            <div>
              <SubmitButton>{t("profile.statusSubmit")}</SubmitButton>
            </div>
          </Form>
        </>
      ) : null}

      <h2 className="utrecht-heading-2">{t("profile.absences")}</h2>
      {expert.absences.length === 0 ? (
        <p className="utrecht-paragraph">{t("profile.noAbsences")}</p>
      ) : (
        <div className="table-wrap">
          <table className="utrecht-table">
            <caption className="visually-hidden">{t("profile.absenceCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("profile.from")}</th>
                <th scope="col">{t("profile.to")}</th>
                <th scope="col">{t("profile.reason")}</th>
                {loaderData.mayWrite ? <th scope="col">{t("profile.actions")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {expert.absences.map((a) => (
                <tr key={a.id}>
                  <td>{formatDate(a.startsOn, i18n.language)}</td>
                  <td>{formatDate(a.endsOn, i18n.language)}</td>
                  <td>{a.reason}</td>
                  {loaderData.mayWrite ? (
                    <td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeAbsence" />
                        <input type="hidden" name="absenceId" value={a.id} />
                        <button
                          type="submit"
                          className="utrecht-button utrecht-button--secondary-action"
                          aria-label={t("profile.removeLabel", {
                            from: formatDate(a.startsOn, i18n.language),
                          })}
                        >
                          {t("profile.remove")}
                        </button>
                      </Form>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaderData.mayWrite ? (
        <>
          <h3 className="utrecht-heading-3">{t("profile.addAbsence")}</h3>
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="addAbsence" />
            <div className="form-row">
              <TextField name="startsOn" type="date" label={t("profile.from")} required state={state} />
              <TextField name="endsOn" type="date" label={t("profile.to")} required state={state} />
            </div>
            <TextField name="reason" label={t("profile.reason")} state={state} />
            <div>
              <SubmitButton>{t("profile.addAbsenceSubmit")}</SubmitButton>
            </div>
          </Form>
        </>
      ) : null}
    </>
  );
}
