/** The kinds of record and the actions the audit page knows by name (others show their code name). */
export const auditEntities = [
  "expert",
  "request",
  "assignment",
  "evaluation",
  "client",
  "client_contact",
  "conflict",
  "expert_absence",
  "area",
  "membership",
  "user",
  "centre",
  "cohort",
  "training_session",
  "training_module",
  "trainee",
  "session_attendance",
  "module_progress",
  "outcome",
  "measurement",
  "trainee_import",
  "impact_settings",
  "grant",
  "grant_target",
  "grant_pilot",
  "grant_funder",
  "coaching_trajectory",
  "coaching_goal",
  "coaching_meeting",
  "coaching_note",
  "coaching_access",
] as const;

export const auditActions = [
  "create",
  "update",
  "delete",
  "status",
  "read_private",
  "export",
  "login",
  "restore",
] as const;

/** What a filter value in the address may look like (a code name such as "client_contact"). */
export const auditCodePattern = /^[a-z_]{1,40}$/;
