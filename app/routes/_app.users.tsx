import { Form } from "react-router";
import type { z } from "zod";
import type { Role } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { AppError } from "~/lib/errors";
import { intent, runIntents } from "~/lib/intents.server";
import { type NoticeKey, redirectWithNotice } from "~/lib/notice";
import { addStaffMember } from "~/modules/accounts/add-staff-member.server";
import { changeMemberRole } from "~/modules/accounts/change-member-role.server";
import { listOpenInvitations } from "~/modules/accounts/invitations.server";
import { listMembers } from "~/modules/accounts/members.server";
import { addPersonInput, changeRoleInput, removeMemberInput } from "~/modules/accounts/members-input";
import { removeMember } from "~/modules/accounts/remove-member.server";
import { addRoles, staffRoles } from "~/modules/accounts/staff-roles";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { addFunder } from "~/modules/grants/funders.server";
import { listGrants } from "~/modules/grants/queries.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { PageHeading, Section } from "~/ui/page";
import type { Route } from "./+types/_app.users";

export const handle: RouteHandle = { i18n: ["grants", "users"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "users:manage");
  return scope.run(async (tx) => ({
    members: await listMembers(tx, scope),
    grants: (await listGrants(tx, scope)).map((g) => ({ id: g.id, name: g.name })),
    invitations: (await listOpenInvitations(tx, scope)).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      until: i.expiresAt.toISOString().slice(0, 10),
    })),
  }));
}

type Scope = Awaited<ReturnType<typeof requirePermission>>;

/** Staff get a login or an invitation; a funder is added to one grant the same way the grant page does it. */
async function addPerson(scope: Scope, input: z.output<typeof addPersonInput>): Promise<NoticeKey> {
  const { role, grantId, name, email, password } = input;
  if (role === "funder") {
    if (!grantId) throw new AppError("INVALID", "errors.INVALID", { grantId: ["users:errors.grantNeeded"] });
    const added = await addFunder(scope, grantId, { funderPerson: name, funderEmail: email });
    return added.invited ? "memberInvited" : "funderAdded";
  }
  const added = await addStaffMember(scope, { name, email, role, password });
  return added.invited ? "memberInvited" : "memberAdded";
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "users:manage");
  return runIntents(request, {
    add: intent({
      schema: addPersonInput,
      run: (value) => addPerson(scope, value),
      done: (notice) => redirectWithNotice("/users", notice),
    }),
    role: intent({
      schema: changeRoleInput,
      run: (value) => scope.run((tx) => changeMemberRole(tx, scope, value)),
      done: () => redirectWithNotice("/users", "memberRoleChanged"),
    }),
    remove: intent({
      schema: removeMemberInput,
      run: (value) => scope.run((tx) => removeMember(tx, scope, value)),
      done: () => redirectWithNotice("/users", "memberRemoved"),
    }),
  });
}

function isStaff(role: Role) {
  return role === "admin" || role === "coordinator";
}

function RoleForm({ member }: { member: Member }) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value="role" />
      <input type="hidden" name="membershipId" value={member.membershipId} />
      <label className="visually-hidden" htmlFor={`role-${member.membershipId}`}>
        {t("newRole", { name: member.name })}
      </label>
      <select
        id={`role-${member.membershipId}`}
        name="role"
        defaultValue={member.role}
        className="utrecht-select utrecht-select--html-select"
      >
        {staffRoles.map((r) => (
          <option key={r} value={r}>
            {tc(`roles.${r}`)}
          </option>
        ))}
      </select>
      <SubmitButton secondary>
        {t("changeRole")}
        <span className="visually-hidden"> {member.name}</span>
      </SubmitButton>
    </Form>
  );
}

type Data = Route.ComponentProps["loaderData"];
type Member = Data["members"][number];

function Members({ members }: { members: Member[] }) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  return (
    <Section title={t("listTitle")} id="members">
      <DataTable
        caption={t("caption")}
        captionHidden
        rows={members}
        rowKey={(m) => m.membershipId}
        columns={[
          {
            key: "name",
            header: t("name"),
            rowHeader: true,
            cell: (m) => (
              <>
                {m.name} {m.isYou ? t("you") : null}
              </>
            ),
          },
          { key: "email", header: t("email"), cell: (m) => m.email },
          { key: "role", header: t("role"), cell: (m) => tc(`roles.${m.role}`) },
          {
            key: "twoFactor",
            header: t("twoFactor"),
            label: t("twoFactorLabel"),
            cell: (m) => (m.twoFactorEnabled ? t("on") : t("off")),
          },
          {
            key: "actions",
            header: t("actions"),
            cell: (m) => (
              <div className="actions">
                {isStaff(m.role) ? <RoleForm member={m} /> : null}
                {m.isYou ? null : (
                  <IntentButton
                    intent="remove"
                    fields={{ membershipId: m.membershipId }}
                    link
                    label={t("removeLabel", { name: m.name })}
                  >
                    {t("remove")}
                  </IntentButton>
                )}
              </div>
            ),
          },
        ]}
      />
    </Section>
  );
}

function AddPerson({ grants, state }: { grants: Data["grants"]; state: FormState }) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  return (
    <Section title={t("addTitle")} id="add">
      <p className="utrecht-paragraph">{t("addIntro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="add" />
        <TextField name="name" label={t("addName")} state={state} required autoComplete="off" />
        <TextField
          name="email"
          type="email"
          label={t("addEmail")}
          state={state}
          required
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t("addRole")}
          state={state}
          required
          options={addRoles.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
          defaultValue="coordinator"
        />
        {grants.length > 0 ? (
          <SelectField
            name="grantId"
            label={t("addGrant")}
            description={t("addGrantHelp")}
            state={state}
            options={grants.map((g) => ({ value: g.id, label: g.name }))}
            emptyLabel={t("addGrantNone")}
          />
        ) : null}
        <TextField
          name="password"
          type="password"
          label={t("addPassword")}
          description={t("addPasswordHelp")}
          state={state}
          autoComplete="new-password"
        />
        <FormActions>
          <SubmitButton>{t("addSubmit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  const addState = actionData?.values?.intent === "add" ? actionData : undefined;
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} />
      {actionData ? null : <PageNotice />}
      <ErrorSummary state={actionData} />
      <Members members={loaderData.members} />
      {loaderData.invitations.length > 0 ? (
        <Section title={t("invitationsTitle")} id="invitations">
          <ul>
            {loaderData.invitations.map((i) => (
              <li key={i.id}>
                {t("invitationLine", { email: i.email, role: tc(`roles.${i.role}`), until: i.until })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <AddPerson grants={loaderData.grants} state={addState} />
    </>
  );
}
