import { sql } from "drizzle-orm";
import { getDatabase } from "~/db/client.server";

/** For load balancers and the fresh-clone check: 200 when the database answers. */
export async function loader() {
  try {
    const database = await getDatabase();
    await database.db.execute(sql`select 1`);
    return Response.json(
      { status: "ok", database: database.kind },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch {
    return Response.json({ status: "error" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
