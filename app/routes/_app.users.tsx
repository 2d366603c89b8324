import { useTranslation } from "react-i18next";
import { Form, redirect } from "react-router";
import type { Role } from "~/db/values";
import type { RouteHandle } from "~/i18n/handle";
import { readForm } from "~/lib/body.server";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { addStaffMember } from "~/modules/accounts/add-staff-member.server";
import { changeMemberRole } from "~/modules/accounts/change-member-role.server";
import { listMembers } from "~/modules/accounts/members.server";
import { addStaffInput, changeRoleInput, removeMemberInput } from "~/modules/accounts/members-input";
import { removeMember } from "~/modules/accounts/remove-member.server";
import { staffRoles } from "~/modules/accounts/staff-roles";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { ErrorSummary, SelectField, SubmitButton, TextField } from "~/ui/form";
import { PageTitle } from "~/ui/shell";
import type { Route } from "./+types/_app.users";

export const handle: RouteHandle = { i18n: ["users"] };

const notices = { added: "users:added", role: "users:roleChanged", removed: "users:removed" } as const;

export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "users:manage");
  const members = await scope.run((tx) => listMembers(tx, scope));
  const notice = new URL(request.url).searchParams.get("notice");
  return { members, notice: notice && notice in notices ? notices[notice as keyof typeof notices] : null };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "users:manage");
  const formData = await readForm(request);
  const intent = formData.get("intent");
  try {
    if (intent === "add") {
      const parsed = parseForm(formData, addStaffInput);
      if (!parsed.ok) return invalid(parsed.result);
      await addStaffMember(scope, parsed.value);
      return redirect("/users?notice=added");
    }
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
      <div className="table-wrap">
        <table className="utrecht-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("twoFactor")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {loaderData.members.map((m) => (
              <tr key={m.membershipId}>
                <th scope="row">
                  {m.name} {m.isYou ? t("you") : null}
                </th>
                <td>{m.email}</td>
                <td>{tc(`roles.${m.role}`)}</td>
                <td>{m.twoFactorEnabled ? t("on") : t("off")}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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
        <div className="actions">
          <SubmitButton>{t("addSubmit")}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
