import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatTime, todayIso } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { attendanceInput, sessionInput } from "~/modules/intervisie/input";
import { sessionDetail } from "~/modules/intervisie/queries.server";
import { cancelSession, recordAttendance, updateSession } from "~/modules/intervisie/sessions.server";
import { DataTable } from "~/ui/data-table";
import { ChoiceGroup, ErrorSummary, FormActions, type FormState, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { EmptyState, Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import { SessionFields } from "./+intervisie/session-fields";
import { stateFor } from "./+intervisie/types";
import type { Route } from "./+types/_app.intervisie.sessions.$intervisieSessionId";

export const handle: RouteHandle = { i18n: ["intervisie"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  const sessionId = uuidParam(params.intervisieSessionId);
  const detail = await scope.run((tx) => sessionDetail(tx, scope, sessionId));
  const s = detail.session;
  return {
    ...detail,
    begun: s.startsAt.getTime() <= Date.now(),
    defaults: {
      day: todayIso(s.startsAt),
      from: formatTime(s.startsAt, "nl"),
      until: formatTime(s.endsAt, "nl"),
      online: s.online,
      place: s.place,
      onlineLink: s.onlineLink,
      method: s.method,
      facilitatorUserId: s.facilitatorUserId,
      facilitatorName: s.facilitatorName,
    },
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  const sessionId = uuidParam(params.intervisieSessionId);
  const page = `/intervisie/sessions/${sessionId}`;
  return runIntents(request, {
    attendance: intent({
      schema: attendanceInput,
      run: (value) => scope.run((tx) => recordAttendance(tx, scope, { ...value, sessionId })),
      done: () => redirectWithNotice(`${page}#attendance`, "intervisieAttendance"),
    }),
    saveSession: intent({
      schema: sessionInput,
      run: (value) => scope.run((tx) => updateSession(tx, scope, { ...value, sessionId })),
      done: () => redirectWithNotice(page, "intervisieSessionSaved"),
    }),
    cancel: intent({
      run: () => scope.run((tx) => cancelSession(tx, scope, sessionId)),
      done: () => redirectWithNotice(page, "intervisieSessionCancelled"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function People({ data }: { data: Data }) {
  const { t, i18n } = useTranslation("intervisie");
  const signup = (p: Data["people"][number]) => {
    if (p.signedOffAt) return t("session.signedOffOn", { date: formatDate(p.signedOffAt, i18n.language) });
    if (p.signedUpAt) return t("session.signedUpOn", { date: formatDate(p.signedUpAt, i18n.language) });
    return t("session.notSignedUp");
  };
  return (
    <Section title={t("session.people")} id="people">
      <DataTable
        caption={t("session.peopleCaption")}
        captionHidden
        rows={data.people}
        rowKey={(p) => p.expertId}
        empty={<EmptyState title={t("session.noPeople")} />}
        columns={[
          {
            key: "name",
            header: t("session.name"),
            rowHeader: true,
            cell: (p) => (p.member ? p.name : `${p.name} ${t("session.notMember")}`),
          },
          {
            key: "signup",
            header: t("session.signup"),
            cell: (p) => (p.signedUp ? <StatusBadge tone="success">{signup(p)}</StatusBadge> : signup(p)),
          },
          { key: "present", header: t("session.present"), cell: (p) => t(`attendance.${p.attended}`) },
        ]}
      />
    </Section>
  );
}

function Attendance({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("intervisie");
  if (data.session.cancelled) return null;
  return (
    <Section title={t("session.attendanceTitle")} id="attendance">
      {!data.begun ? (
        <p className="utrecht-paragraph">{t("session.attendanceLater")}</p>
      ) : data.people.length === 0 ? (
        <p className="utrecht-paragraph">{t("session.noPeople")}</p>
      ) : (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="attendance" />
          <ChoiceGroup
            name="present"
            legend={t("session.attendanceLegend")}
            description={t("session.attendanceHint")}
            state={stateFor(state, "attendance")}
            defaultValues={data.people
              .filter((p) => (data.session.attendanceRecorded ? p.attended === "yes" : p.signedUp))
              .map((p) => p.expertId)}
            options={data.people.map((p) => ({ value: p.expertId, label: p.name }))}
          />
          <FormActions>
            <SubmitButton>{t("session.attendanceButton")}</SubmitButton>
          </FormActions>
        </Form>
      )}
    </Section>
  );
}

function Change({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("intervisie");
  if (data.session.cancelled || data.begun) return null;
  return (
    <>
      <Section title={t("session.change")} id="change">
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="saveSession" />
          <SessionFields state={stateFor(state, "saveSession")} staff={data.staff} defaults={data.defaults} />
          <FormActions>
            <SubmitButton>{t("session.changeButton")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
      <Section title={t("session.cancel")} id="cancel">
        <p className="utrecht-paragraph">{t("session.cancelIntro")}</p>
        <IntentButton intent="cancel" secondary>
          {t("session.cancelButton")}
        </IntentButton>
      </Section>
    </>
  );
}

export default function IntervisieSession({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("intervisie");
  const s = loaderData.session;
  return (
    <>
      <PageHeading
        title={t("session.title", { group: s.group })}
        back={{ to: `/intervisie/${s.groupId}`, label: t("session.back") }}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <Section title={t("session.facts")} id="facts">
        {s.cancelled ? (
          <p className="utrecht-paragraph">
            <StatusBadge tone="warning">{t("cancelled")}</StatusBadge>
          </p>
        ) : null}
        <Facts
          items={[
            { label: t("session.when"), value: <WhenWhere slots={[s]} online={s.online} place={s.place} /> },
            { label: t("session.method"), value: t(`methods.${s.method}`) },
            { label: t("session.facilitator"), value: s.facilitator || t("session.noFacilitator") },
            ...(s.online && s.onlineLink
              ? [
                  {
                    label: t("session.link"),
                    value: (
                      <a className="utrecht-link" href={s.onlineLink}>
                        {s.onlineLink}
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Section>
      <People data={loaderData} />
      <Attendance data={loaderData} state={actionData} />
      <Change data={loaderData} state={actionData} />
    </>
  );
}
