import { z } from "zod";
import { nameField } from "~/lib/names";
import { staffRoles } from "./staff-roles";

const staffRole = z.enum(staffRoles, { error: "validation.choose" });

/** A new staff member: a first password, or none (they sign in with a code by e-mail). */
export const addStaffInput = z.object({
  name: nameField({ min: 2, max: 120 }),
  email: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
  role: staffRole,
  password: z.string().min(10, "validation.passwordTooShort").max(200, "validation.tooLong").optional(),
});
export type AddStaffInput = z.infer<typeof addStaffInput>;

export const changeRoleInput = z.object({
  membershipId: z.uuid({ error: "validation.invalid" }),
  role: staffRole,
});
export type ChangeRoleInput = z.infer<typeof changeRoleInput>;

export const removeMemberInput = z.object({ membershipId: z.uuid({ error: "validation.invalid" }) });
export type RemoveMemberInput = z.infer<typeof removeMemberInput>;
