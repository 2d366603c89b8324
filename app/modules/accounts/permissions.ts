import type { Role } from "~/db/values";

/** What each role may do. Modules check these; row-level security keeps centres apart. */
export const permissions = [
  "centre:manage",
  "users:manage",
  "pool:read",
  "pool:write",
  "notes:read",
  "clients:read",
  "clients:write",
  "requests:read",
  "requests:write",
  "matching:use",
  "export:use",
  "audit:read",
  "own:assignments",
  "own:requests",
  "training:read",
  "training:write",
  "outcomes:write",
  "impact:read",
  "impact:drilldown",
  "grants:manage",
  "employers:read",
  "employers:write",
  "tandems:manage",
  "intervisie:manage",
  "coaching:manage",
  "policy:manage",
  "advice:manage",
  "knowledge:read",
  "pilots:manage",
  "privacy:manage",
] as const;
export type Permission = (typeof permissions)[number];

const staff: Permission[] = [
  "pool:read",
  "pool:write",
  "notes:read",
  "clients:read",
  "clients:write",
  "requests:read",
  "requests:write",
  "matching:use",
  "export:use",
  "training:read",
  "training:write",
  "outcomes:write",
  "impact:read",
  "impact:drilldown",
  "grants:manage",
  "employers:read",
  "employers:write",
  "tandems:manage",
  "intervisie:manage",
  /** Coaching trajectories; a coaching note itself is read only by its coach, the expert and the coordinators the expert allowed (modules/coaching). */
  "coaching:manage",
  "policy:manage",
  "advice:manage",
  "knowledge:read",
  "pilots:manage",
  /** A person's rights on request: their data as a file, erasure. */
  "privacy:manage",
];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...staff, "centre:manage", "users:manage", "audit:read"],
  coordinator: [...staff, "audit:read"],
  expert: ["own:assignments"],
  client_contact: ["own:requests", "knowledge:read"],
  /** A funder sees the impact figures of the grants they fund, in aggregate only: never a person. */
  funder: ["impact:read"],
};

export function can(role: Role, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function isStaff(role: Role): boolean {
  return role === "admin" || role === "coordinator";
}

/** Admins and coordinators sign in with a password and a code from an app (TOTP); see viewer.server.ts. */
export function mustUseTwoFactor(role: Role): boolean {
  return isStaff(role);
}
