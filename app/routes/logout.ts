import { redirect } from "react-router";
import { getDatabase } from "~/db/client.server";
import { signOut } from "~/modules/accounts/sign-in.server";
import type { Route } from "./+types/logout";

export async function action({ request }: Route.ActionArgs) {
  const { db } = await getDatabase();
  const headers = await signOut(db, request);
  return redirect("/login", { headers });
}

export async function loader() {
  return redirect("/");
}
