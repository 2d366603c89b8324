/** The roles a centre's staff can have (no zod: pages import them). */

export const staffRoles = ["admin", "coordinator"] as const;

export type StaffRole = (typeof staffRoles)[number];

/** Who can be added on the users page: staff, and a funder (tied to one grant, signs in with a code). */
export const addRoles = ["admin", "coordinator", "funder"] as const;
