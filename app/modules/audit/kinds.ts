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
