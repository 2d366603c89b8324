import { Form, redirect } from "react-router";
import type { Role } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
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
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.users";

export const handle: RouteHandle = { i18n: ["grants", "users"] };

const notices = {
  added: "users:added",
  funderAdded: "users:funderAdded",
  invited: "users:invited",
  role: "users:roleChanged",
  removed: "users:removed",
} as const;

export async function loader({ request, url }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "users:manage");
  const { members, grants, invitations } = await scope.run(async (tx) => ({
    members: await listMembers(tx, scope),
    grants: (await listGrants(tx, scope)).map((g) => ({ id: g.id, name: g.name })),
    invitations: (await listOpenInvitations(tx, scope)).map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      until: i.expiresAt.toISOString().slice(0, 10),
    })),
  }));
  const notice = url.searchParams.get("notice");
  return {
    members,
    grants,
    invitations,
    notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null,
  };
}

/** Staff get a login or an invitation; a funder is added to one grant the same way the grant page does it. */
async function addPerson(scope: Awaited<ReturnType<typeof requirePermission>>, formData: FormData) {
  const parsed = parseForm(formData, addPersonInput);
  if (!parsed.ok) return invalid(parsed.result);
  const { role, grantId, name, email, password } = parsed.value;
  if (role === "funder" && grantId) {
    const added = await addFunder(scope, grantId, { funderPerson: name, funderEmail: email });
    return redirect(`/users?notice=${added.invited ? "invited" : "funderAdded"}`);
  }
  if (role === "funder") throw new Response(null, { status: 400 });
  const added = await addStaffMember(scope, { name, email, role, password });
  return redirect(`/users?notice=${added.invited ? "invited" : "added"}`);
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "users:manage");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  try {
    if (intent === "add") return await addPerson(scope, formData);
    if (intent === "role") {
      const parsed = parseForm(formData, changeRoleInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => changeMemberRole(tx, scope, parsed.value));
      return redirect("/users?notice=role");
    }
    if (intent === "remove") {
      const parsed = parseForm(formData, removeMemberInput);
      if (!parsed.ok) return invalid(parsed.result);
      await scope.run((tx) => removeMember(tx, scope, parsed.value));
      return redirect("/users?notice=removed");
    }
  } catch (error) {
    return formErrorFrom(error, formData);
  }
  throw new Response(null, { status: 400 });
}

function isStaff(role: Role) {
  return role === "admin" || role === "coordinator";
}

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  const addState = actionData?.values?.intent === "add" ? actionData : undefined;
  const roleOptions = staffRoles.map((r) => ({ value: r, label: tc(`roles.${r}`) }));
  const addRoleOptions = addRoles.map((r) => ({ value: r, label: tc(`roles.${r}`) }));
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p className="utrecht-paragraph">{t("intro")}</p>
      {loaderData.notice ? (
        <p className="notice" role="status">
          {tc(loaderData.notice)}
        </p>
      ) : null}
      {addState ? null : <ErrorSummary state={actionData} />}
      <DataTable
        caption={t("caption")}
        captionHidden
        rows={loaderData.members}
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
            cell: (m) => (m.twoFactorEnabled ? t("on") : t("off")),
          },
          {
            key: "actions",
            header: t("actions"),
            cell: (m) => (
              <div className="actions">
                {isStaff(m.role) ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="membershipId" value={m.membershipId} />
                    <label className="visually-hidden" htmlFor={`role-${m.membershipId}`}>
                      {t("newRole", { name: m.name })}
                    </label>
                    <select
                      id={`role-${m.membershipId}`}
                      name="role"
                      defaultValue={m.role}
                      className="utrecht-select utrecht-select--html-select"
                    >
                      {roleOptions.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                    <SubmitButton secondary>
                      {t("changeRole")}
                      <span className="visually-hidden"> {m.name}</span>
                    </SubmitButton>
                  </Form>
                ) : null}
                {m.isYou ? null : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="membershipId" value={m.membershipId} />
                    <SubmitButton secondary>
                      {t("remove")}
                      <span className="visually-hidden"> {m.name}</span>
                    </SubmitButton>
                  </Form>
                )}
              </div>
            ),
          },
        ]}
      />

      {loaderData.invitations.length > 0 ? (
        <>
          <h2 className="utrecht-heading-2">{t("invitationsTitle")}</h2>
          <ul>
            {loaderData.invitations.map((i) => (
              <li key={i.id}>
                {t("invitationLine", { email: i.email, role: tc(`roles.${i.role}`), until: i.until })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="utrecht-heading-2">{t("addTitle")}</h2>
      <p className="utrecht-paragraph">{t("addIntro")}</p>
      <ErrorSummary state={addState} />
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="add" />
        <TextField name="name" label={t("addName")} state={addState} required autoComplete="off" />
        <TextField
          name="email"
          type="email"
          label={t("addEmail")}
          state={addState}
          required
          autoComplete="off"
        />
        <SelectField
          name="role"
          label={t("addRole")}
          state={addState}
          required
          options={addRoleOptions}
          defaultValue="coordinator"
        />
        {loaderData.grants.length > 0 ? (
          <SelectField
            name="grantId"
            label={t("addGrant")}
            description={t("addGrantHelp")}
            state={addState}
            options={loaderData.grants.map((g) => ({ value: g.id, label: g.name }))}
            emptyLabel={t("addGrantNone")}
          />
        ) : null}
        <TextField
          name="password"
          type="password"
          label={t("addPassword")}
          description={t("addPasswordHelp")}
          state={addState}
          autoComplete="new-password"
        />
        <div className="actions">
          <SubmitButton>{t("addSubmit")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
