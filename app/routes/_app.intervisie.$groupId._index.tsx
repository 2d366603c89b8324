import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { addMember, removeMember, updateGroup } from "~/modules/intervisie/groups.server";
import { groupInput, memberInput, sessionInput } from "~/modules/intervisie/input";
import { groupDetail } from "~/modules/intervisie/queries.server";
import { planSession } from "~/modules/intervisie/sessions.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import { GroupFields } from "./+intervisie/group-fields";
import { SessionFields } from "./+intervisie/session-fields";
import { stateFor } from "./+intervisie/types";
import type { Route } from "./+types/_app.intervisie.$groupId._index";

export const handle: RouteHandle = { i18n: ["intervisie"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  const groupId = uuidParam(params.groupId);
  return scope.run((tx) => groupDetail(tx, scope, groupId));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "intervisie:manage");
  const groupId = uuidParam(params.groupId);
  const page = `/intervisie/${groupId}`;
  return runIntents(request, {
    saveGroup: intent({
      schema: groupInput,
      run: (value) => scope.run((tx) => updateGroup(tx, scope, { ...value, groupId })),
      done: () => redirectWithNotice(page, "intervisieGroupSaved"),
    }),
    addMember: intent({
      schema: memberInput,
      run: (value) => scope.run((tx) => addMember(tx, scope, { ...value, groupId })),
      done: () => redirectWithNotice(`${page}#members`, "intervisieMemberAdded"),
    }),
    removeMember: intent({
      schema: memberInput,
      run: (value) => scope.run((tx) => removeMember(tx, scope, { ...value, groupId })),
      done: () => redirectWithNotice(`${page}#members`, "intervisieMemberRemoved"),
    }),
    planSession: intent({
      schema: sessionInput,
      run: (value) => scope.run((tx) => planSession(tx, scope, { ...value, groupId })),
      done: (result) => redirectWithNotice(`/intervisie/sessions/${result.id}`, "intervisieSessionPlanned"),
    }),
  });
}

type Data = Route.ComponentProps["loaderData"];

function Members({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("intervisie");
  return (
    <Section title={t("group.members")} id="members">
      <DataTable
        caption={t("group.membersCaption")}
        captionHidden
        rows={data.members}
        rowKey={(m) => m.expertId}
        empty={<EmptyState title={t("group.noMembers")} />}
        columns={[
          { key: "name", header: t("group.memberName"), rowHeader: true, cell: (m) => m.name },
          {
            key: "remove",
            header: "",
            cell: (m) => (
              <IntentButton
                intent="removeMember"
                fields={{ expertId: m.expertId }}
                link
                label={`${t("group.remove")}: ${m.name}`}
              >
                {t("group.remove")}
              </IntentButton>
            ),
          },
        ]}
      />
      {data.candidates.length > 0 ? (
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="addMember" />
          <SelectField
            name="expertId"
            label={t("group.add")}
            state={stateFor(state, "addMember")}
            options={data.candidates.map((c) => ({ value: c.expertId, label: c.name }))}
            required
          />
          <FormActions>
            <SubmitButton>{t("group.addButton")}</SubmitButton>
          </FormActions>
        </Form>
      ) : null}
    </Section>
  );
}

function Sessions({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("intervisie");
  return (
    <Section title={t("group.sessions")} id="sessions">
      <DataTable
        caption={t("group.sessionsCaption")}
        captionHidden
        rows={data.sessions}
        rowKey={(s) => s.id}
        empty={<EmptyState title={t("group.noSessions")} />}
        columns={[
          {
            key: "when",
            header: t("session.when"),
            rowHeader: true,
            cell: (s) => <WhenWhere slots={[s]} online={s.online} place={s.place} />,
          },
          {
            key: "method",
            header: t("session.method"),
            cell: (s) => (
              <>
                {t(`methods.${s.method}`)}
                {s.cancelled ? (
                  <>
                    {" "}
                    <StatusBadge tone="warning">{t("cancelled")}</StatusBadge>
                  </>
                ) : null}
              </>
            ),
          },
          { key: "signedUp", header: t("list.signedUp"), cell: (s) => String(s.signedUp) },
          {
            key: "open",
            header: "",
            cell: (s) => (
              <Link className="utrecht-link" to={`/intervisie/sessions/${s.id}`}>
                {t("group.open")}
              </Link>
            ),
          },
        ]}
      />
      <h3 className="utrecht-heading-3">{t("group.plan")}</h3>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="planSession" />
        <SessionFields state={stateFor(state, "planSession")} staff={data.staff} />
        <FormActions>
          <SubmitButton>{t("group.planButton")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

function EditGroup({ data, state }: { data: Data; state: FormState }) {
  const { t } = useTranslation("intervisie");
  return (
    <Section title={t("group.edit")} id="edit">
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="saveGroup" />
        <GroupFields
          state={stateFor(state, "saveGroup")}
          employers={data.employers}
          defaults={{ ...data.group, employerId: data.group.employerId }}
          withActive
        />
        <FormActions>
          <SubmitButton>{t("form.save")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

export default function Group({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("intervisie");
  const { group } = loaderData;
  return (
    <>
      <PageHeading
        title={group.name}
        lead={`${t(`kinds.${group.kind}`)}: ${group.kind === "employer" ? (group.employer ?? "") : group.area}`}
        back={{ to: "/intervisie", label: t("form.back") }}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      {group.active ? null : (
        <p className="utrecht-paragraph">
          <StatusBadge tone="neutral">{t("inactive")}</StatusBadge>
        </p>
      )}
      <Members data={loaderData} state={actionData} />
      <Sessions data={loaderData} state={actionData} />
      <EditGroup data={loaderData} state={actionData} />
    </>
  );
}
