/** The kinds of record and the actions the audit page can filter on. */
export const auditEntities = [
  "expert",
  "request",
  "assignment",
  "evaluation",
  "client",
  "contact",
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
