import { z } from "zod";
import { nameField } from "~/lib/names";
import { addRoles, staffRoles } from "./staff-roles";

const staffRole = z.enum(staffRoles, { error: "validation.choose" });

/**
 * A new person on the users page. Staff with a new login need a first password (checked against
 * common passwords by the command); a funder needs the grant they fund. Someone who already has a
 * login gets an invitation instead.
 */
export const addPersonInput = z
  .object({
    name: z
      .string({ error: "validation.required" })
      .trim()
      .min(2, "validation.tooShort")
      .max(120, "validation.tooLong"),
    email: z.email({ error: "validation.email" }).trim().toLowerCase().max(200, "validation.tooLong"),
    role: z.enum(addRoles, { error: "validation.choose" }),
    grantId: z.uuid({ error: "validation.choose" }).optional(),
    password: z.string().min(10, "validation.passwordTooShort").max(200, "validation.tooLong").optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === "funder" && !value.grantId)
      ctx.addIssue({ code: "custom", path: ["grantId"], message: "users:errors.grantNeeded" });
  });
export type AddPersonInput = z.infer<typeof addPersonInput>;

/** A new staff member: a first password (a known address gets an invitation and needs none). */
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
