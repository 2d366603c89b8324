import { sql } from "drizzle-orm";
import { type Db, queryRows } from "./client.server";

/**
 * A fixed-window counter in the database (so it holds across app processes).
 * Returns true when the caller is still within `limit` hits per `windowSeconds`.
 */
export async function withinRateLimit(
  db: Db,
  key: string,
  limit: number,
  windowSeconds: number,
): Promise<boolean> {
  const rows = await queryRows<{ count: number }>(
    db,
    sql`
    insert into rate_counters (key, window_start, count) values (${key}, now(), 1)
    on conflict (key) do update set
      count = case when rate_counters.window_start < now() - make_interval(secs => ${windowSeconds}) then 1 else rate_counters.count + 1 end,
      window_start = case when rate_counters.window_start < now() - make_interval(secs => ${windowSeconds}) then now() else rate_counters.window_start end
    returning count`,
  );
  return Number(rows[0]?.count ?? 0) <= limit;
}

/** The client's address as the proxy tells it (first X-Forwarded-For hop), for rate-limit keys only. */
export function clientAddress(request: Request): string {
  return (
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    request.headers.get("x-real-ip") ||
    "local"
  );
}
