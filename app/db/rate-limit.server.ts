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

/**
 * The header in which server.mjs passes the client's address to the app: the socket's address, or
 * the one a trusted proxy reports (TRUST_PROXY). server.mjs overwrites whatever a client sends in it.
 */
export const CLIENT_ADDRESS_HEADER = "x-tandem-client-address";

/**
 * The client's address, for rate-limit keys only. Never X-Forwarded-For itself: any client can set
 * that. Without the server in front (tests, `react-router dev`) every request is "unknown".
 */
export function clientAddress(request: Request): string {
  return request.headers.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || "unknown";
}
