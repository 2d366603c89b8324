import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import type { Role } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { addStaffMember } from "~/modules/accounts/add-staff-member.server";
import { changeMemberRole } from "~/modules/accounts/change-member-role.server";
import { listMembers } from "~/modules/accounts/members.server";
import { addStaffInput, changeRoleInput, removeMemberInput } from "~/modules/accounts/members-input";
import { removeMember } from "~/modules/accounts/remove-member.server";
import { staffRoles } from "~/modules/accounts/staff-roles";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { DataTable } from "~/ui/data-table";
import { ErrorSummary, FormActions, type FormState, SelectField, SubmitButton, TextField } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { PageNotice } from "~/ui/notice";
import { PageHeading, Section, StatusBadge } from "~/ui/page";
import type { Route } from "./+types/_app.users";

export const handle: RouteHandle = { i18n: ["users"] };

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "users:manage");
  return { members: await scope.run((tx) => listMembers(tx, scope)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "users:manage");
  return runIntents(request, {
    add: intent({
      schema: addStaffInput,
      run: (value) => addStaffMember(scope, value),
      done: () => redirectWithNotice("/users", "memberAdded"),
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

export default function Users({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("users");
  const { t: tc } = useTranslation();
  const state = actionData as FormState;
  const addState = state?.values?.intent === "add" ? state : undefined;
  const roleOptions = staffRoles.map((r) => ({ value: r, label: tc(`roles.${r}`) }));
  type Member = (typeof loaderData.members)[number];
  return (
    <>
      <PageHeading title={t("title")} lead={t("intro")} back={{ to: "/settings", label: tc("nav.manage") }} />
      <PageNotice />
      {addState ? null : <ErrorSummary state={state} />}
      <Section title={t("listTitle")} id="members">
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
              label: t("twoFactorLabel"),
              cell: (m) => (
                <StatusBadge tone={m.twoFactorEnabled ? "success" : "neutral"}>
                  {m.twoFactorEnabled ? t("on") : t("off")}
                </StatusBadge>
              ),
            },
            {
              key: "actions",
              header: t("actions"),
              cell: (m: Member) => (
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
                    <IntentButton
                      intent="remove"
                      fields={{ membershipId: m.membershipId }}
                      secondary
                      label={`${t("remove")} ${m.name}`}
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

      <Section title={t("addTitle")} id="add">
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
            options={roleOptions}
            defaultValue="coordinator"
          />
          <TextField
            name="password"
            type="password"
            label={t("addPassword")}
            description={t("addPasswordHelp")}
            state={addState}
            autoComplete="new-password"
          />
          <FormActions>
            <SubmitButton>{t("addSubmit")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}
