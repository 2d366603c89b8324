import type { Role } from "~/db/values";

/** Who is acting, as modules need it: every command and query takes one. */
export type Actor = { userId: string; centreId: string; role: Role };
