/** The roles a centre's staff can have (no zod: pages import them). */

export const staffRoles = ["admin", "coordinator"] as const;

export type StaffRole = (typeof staffRoles)[number];
