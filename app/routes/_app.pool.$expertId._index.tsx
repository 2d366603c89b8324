import { Form } from "react-router";
import { expertStatuses } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { can } from "~/modules/accounts/permissions";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { trajectoriesOfExpert } from "~/modules/coaching/queries.server";
import { addAbsence, changeExpertStatus, removeAbsence } from "~/modules/pool/absences.server";
import { absenceInput, removeAbsenceInput, statusInput } from "~/modules/pool/input";
import { expertProfile, readPrivateNotes, withholdNotes } from "~/modules/pool/profile.server";
import { withholdInput } from "~/modules/privacy/input";
import { readGate } from "~/modules/privacy/read-reason.server";
import { withholdReasons } from "~/modules/privacy/values";
import { trainingOfExpert } from "~/modules/training/history.server";
import { DataTable } from "~/ui/data-table";
import {
  ChoiceGroup,
  ErrorSummary,
  FormActions,
  type FormState,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { Notice, PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { expertTone } from "./+pool/status-tone";
import { ReadReasonForm } from "./+privacy/read-reason";
import type { Route } from "./+types/_app.pool.$expertId._index";

export const handle: RouteHandle = { i18n: ["pool", "training", "privacy"] };

export async function loader({ request, params, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "pool:read");
  const wantsNotes = url.searchParams.get("notes") === "1" && can(scope.role, "notes:read");
  return scope.run(async (tx) => {
    // when the centre asks for a reason, the notes open only with one (never read, so never logged, without)
    const gate = await readGate(tx, scope.centreId, url);
    return {
      askReason: gate.asked,
      readReason: gate.reason,
      reasonError: wantsNotes ? gate.error : null,
      expert: await expertProfile(tx, scope, uuidParam(params.expertId)),
      notes:
        wantsNotes && gate.open
          ? await readPrivateNotes(tx, scope, uuidParam(params.expertId), gate.reason)
          : null,
      mayReadNotes: can(scope.role, "notes:read"),
      mayWrite: can(scope.role, "pool:write"),
      trainedIn: await trainingOfExpert(tx, scope, uuidParam(params.expertId)),
      coaching: can(scope.role, "coaching:manage")
        ? await trajectoriesOfExpert(tx, scope, uuidParam(params.expertId))
        : [],
    };
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "pool:write");
  const expertId = uuidParam(params.expertId);
  const page = `/pool/${expertId}`;
  return runIntents(request, {
    status: intent({
      schema: statusInput,
      run: (value) => scope.run((tx) => changeExpertStatus(tx, scope, { expertId, ...value })),
      done: () => redirectWithNotice(page, "expertSaved"),
    }),
    addAbsence: intent({
      schema: absenceInput,
      run: (value) => scope.run((tx) => addAbsence(tx, scope, { expertId, ...value })),
      done: () => redirectWithNotice(page, "absenceAdded"),
    }),
    withholdNotes: intent({
      schema: withholdInput,
      run: (v) =>
        scope.run((tx) =>
          withholdNotes(tx, scope, expertId, {
            reason: v.withholdReason,
            explanation: v.withholdExplanation,
          }),
        ),
      done: () => redirectWithNotice(`${page}?notes=1#notes`, "notesWithheld"),
    }),
    releaseNotes: intent({
      run: () => scope.run((tx) => withholdNotes(tx, scope, expertId, null)),
      done: () => redirectWithNotice(`${page}?notes=1#notes`, "notesReleased"),
    }),
    removeAbsence: intent({
      schema: removeAbsenceInput,
      run: (value) => scope.run((tx) => removeAbsence(tx, scope, { expertId, ...value })),
      done: () => redirectWithNotice(page, "absenceRemoved"),
    }),
  });
}

type Expert = Route.ComponentProps["loaderData"]["expert"];

function ExpertFacts({ expert }: { expert: Expert }) {
  const { t, i18n } = useTranslation("pool");
  const notSet = <span className="muted">{t("profile.notSet")}</span>;
  const list = (items: string[]) => (items.length ? items.join(", ") : notSet);
  return (
    <Facts
      items={[
        {
          label: t("form.status"),
          value: <StatusBadge tone={expertTone(expert.status)}>{t(`status.${expert.status}`)}</StatusBadge>,
        },
        { label: t("form.email"), value: expert.email ?? notSet },
        { label: t("form.phone"), value: expert.phone ?? notSet },
        { label: t("profile.login"), value: expert.hasLogin ? t("common:yes") : t("common:no") },
        {
          label: t("form.certifiedOn"),
          value: expert.certifiedOn ? formatDate(expert.certifiedOn, i18n.language) : notSet,
        },
        { label: t("form.themes"), value: list(expert.themes) },
        { label: t("form.workForms"), value: list(expert.workForms) },
        { label: t("form.areas"), value: list(expert.areas) },
        {
          label: t("form.homeArea"),
          value: (
            <>
              {expert.homeArea ?? notSet}
              {expert.maxTravelKm !== null ? ` · ${t("profile.travel", { km: expert.maxTravelKm })}` : ""}
            </>
          ),
        },
        { label: t("form.online"), value: expert.acceptsOnline ? t("common:yes") : t("common:no") },
        { label: t("form.languages"), value: list(expert.languages) },
        {
          label: t("form.profileText"),
          value: expert.profileText ? <span className="pre-line">{expert.profileText}</span> : notSet,
        },
        {
          label: t("profile.consent"),
          value: expert.consents.length ? (
            <ul className="plain-list">
              {expert.consents.map((c) => (
                <li key={c.purpose}>
                  {t(`privacy:values.consentPurpose.${c.purpose}`)}:{" "}
                  {c.given === null
                    ? t("profile.consentNotAsked")
                    : c.given && c.decidedAt
                      ? t("profile.consentGiven", { date: formatDate(c.decidedAt, i18n.language) })
                      : t("profile.consentNo")}
                </li>
              ))}
            </ul>
          ) : (
            t("profile.consentNoLogin")
          ),
        },
      ]}
    />
  );
}

function Availability({ slots }: { slots: { weekday: number; dayPart: string }[] }) {
  const { t } = useTranslation("pool");
  if (slots.length === 0) return <p className="utrecht-paragraph">{t("profile.noAvailability")}</p>;
  const days = [...new Set(slots.map((s) => s.weekday))].sort();
  return (
    <ul className="plain-list">
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

function Withhold({
  expert,
  state,
  readReason,
}: {
  expert: Expert;
  state: FormState;
  readReason: string | null;
}) {
  const { t } = useTranslation("privacy");
  const own = state?.values?.intent === "withholdNotes" ? state : undefined;
  if (expert.notesWithheldReason)
    return (
      <>
        <Notice kind="info">
          <p className="utrecht-paragraph">
            {t("withhold.withheld", { reason: t(`withhold.reasons.${expert.notesWithheldReason}`) })}
          </p>
          <p className="utrecht-paragraph pre-line">{expert.notesWithheldText}</p>
        </Notice>
        <p className="actions">
          <IntentButton intent="releaseNotes" secondary>
            {t("withhold.release")}
          </IntentButton>
        </p>
      </>
    );
  return (
    <details className="card" open={Boolean(own)}>
      <summary>{t("withhold.title")}</summary>
      <p className="utrecht-paragraph">{t("withhold.intro")}</p>
      <Form
        method="post"
        className="form"
        noValidate
        action={`/pool/${expert.id}?notes=1${readReason ? `&readReason=${encodeURIComponent(readReason)}` : ""}#notes`}
      >
        <input type="hidden" name="intent" value="withholdNotes" />
        <ChoiceGroup
          name="withholdReason"
          type="radio"
          legend={t("withhold.reason")}
          options={withholdReasons.map((r) => ({ value: r, label: t(`withhold.reasons.${r}`) }))}
          state={own}
          required
        />
        <TextArea
          name="withholdExplanation"
          label={t("withhold.explanation")}
          description={t("withhold.explanationHint")}
          rows={3}
          required
          state={own}
        />
        <FormActions>
          <SubmitButton secondary>{t("withhold.save")}</SubmitButton>
        </FormActions>
      </Form>
    </details>
  );
}

function Notes({
  notes,
  base,
  expert,
  state,
  askReason,
  reasonError,
  readReason,
}: {
  notes: string | null;
  base: string;
  expert: Expert;
  state: FormState;
  askReason: boolean;
  reasonError: string | null;
  readReason: string | null;
}) {
  const { t } = useTranslation("pool");
  return (
    <Section title={t("profile.notes")} id="notes">
      {notes === null ? (
        <>
          {expert.notesWithheldReason ? (
            <p className="utrecht-paragraph">
              {t("privacy:withhold.withheld", {
                reason: t(`privacy:withhold.reasons.${expert.notesWithheldReason}`),
              })}
            </p>
          ) : null}
          {askReason ? (
            <ReadReasonForm
              action={`${base}#notes`}
              record="privateNotes"
              keep={{ notes: "1" }}
              error={reasonError}
              submit={t("profile.showNotes")}
            />
          ) : (
            <p className="actions">
              <Link className="utrecht-button utrecht-button--secondary-action" to={`${base}?notes=1`}>
                {t("profile.showNotes")}
              </Link>
            </p>
          )}
        </>
      ) : (
        <>
          <Notice kind="warning">
            <p className="utrecht-paragraph">{t("profile.notesLogged")}</p>
          </Notice>
          <p className="utrecht-paragraph pre-line">{notes || t("profile.noNotes")}</p>
          {expert.hasLogin ? <Withhold expert={expert} state={state} readReason={readReason} /> : null}
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={base}>
              {t("profile.hideNotes")}
            </Link>
          </p>
        </>
      )}
    </Section>
  );
}

function Absences({ expert, mayWrite, state }: { expert: Expert; mayWrite: boolean; state: FormState }) {
  const { t, i18n } = useTranslation("pool");
  return (
    <Section title={t("profile.absences")} id="absences">
      <DataTable
        caption={t("profile.absenceCaption")}
        captionHidden
        rows={expert.absences}
        rowKey={(a) => a.id}
        empty={<p className="utrecht-paragraph">{t("profile.noAbsences")}</p>}
        columns={[
          { key: "from", header: t("profile.from"), cell: (a) => formatDate(a.startsOn, i18n.language) },
          { key: "to", header: t("profile.to"), cell: (a) => formatDate(a.endsOn, i18n.language) },
          { key: "reason", header: t("profile.reason"), cell: (a) => a.reason },
          ...(mayWrite
            ? [
                {
                  key: "actions",
                  header: t("profile.actions"),
                  cell: (a: Expert["absences"][number]) => (
                    <IntentButton
                      intent="removeAbsence"
                      fields={{ absenceId: a.id }}
                      secondary
                      label={t("profile.removeLabel", { from: formatDate(a.startsOn, i18n.language) })}
                    >
                      {t("profile.remove")}
                    </IntentButton>
                  ),
                },
              ]
            : []),
        ]}
      />
      {mayWrite ? (
        <Form method="post" className="form" noValidate>
          <h3 className="utrecht-heading-3">{t("profile.addAbsence")}</h3>
          <input type="hidden" name="intent" value="addAbsence" />
          <div className="form-row">
            <TextField name="startsOn" type="date" label={t("profile.from")} required state={state} />
            <TextField name="endsOn" type="date" label={t("profile.to")} required state={state} />
          </div>
          <TextField name="reason" label={t("profile.reason")} state={state} />
          <FormActions>
            <SubmitButton>{t("profile.addAbsenceSubmit")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

export default function ExpertPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation(handle.i18n);
  const { expert, notes, mayWrite } = loaderData;
  const state = actionData as FormState;
  const name = `${expert.firstName} ${expert.lastName}`;
  const base = `/pool/${expert.id}`;
  return (
    <>
      <PageHeading
        title={name}
        back={{ to: "/pool", label: t("profile.back") }}
        actions={
          mayWrite ? (
            <Link className="utrecht-button utrecht-button--secondary-action" to={`${base}/edit`}>
              {t("profile.edit")}
            </Link>
          ) : null
        }
      />
      <PageNotice />
      <ErrorSummary state={state} />

      <Section title={t("profile.facts")} id="facts">
        <ExpertFacts expert={expert} />
        {loaderData.trainedIn.map((c) => (
          <p className="utrecht-paragraph" key={c.traineeId}>
            {t("training:trainee.trainedIn", { cohort: c.cohortName })}{" "}
            <Link className="utrecht-link" to={`/training/trainees/${c.traineeId}`}>
              {t("training:trainee.trainingLink", { cohort: c.cohortName })}
            </Link>
          </p>
        ))}
        {loaderData.coaching.map((c) => (
          <p className="utrecht-paragraph" key={c.id}>
            <Link className="utrecht-link" to={`/coaching/${c.id}`}>
              {t(c.status === "active" ? "profile.coachingActive" : "profile.coachingEnded", {
                date: formatDate(c.startsOn, i18n.language),
              })}
            </Link>
          </p>
        ))}
      </Section>

      <Section title={t("profile.availability")} id="availability">
        <Availability slots={expert.availability} />
      </Section>

      {loaderData.mayReadNotes ? (
        <Notes
          notes={notes}
          base={base}
          expert={expert}
          state={state}
          askReason={loaderData.askReason}
          reasonError={loaderData.reasonError}
          readReason={loaderData.readReason}
        />
      ) : null}

      {mayWrite ? (
        <Section title={t("profile.statusTitle")} id="status">
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="status" />
            <SelectField
              name="status"
              label={t("form.status")}
              required
              state={state}
              defaultValue={expert.status}
              options={expertStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            />
            <FormActions>
              <SubmitButton>{t("profile.statusSubmit")}</SubmitButton>
            </FormActions>
          </Form>
        </Section>
      ) : null}

      <Absences expert={expert} mayWrite={mayWrite} state={state} />
    </>
  );
}
