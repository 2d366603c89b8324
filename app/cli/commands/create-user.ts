import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import { centres, roles } from "~/db/schema";
import { passwordProblem } from "~/modules/accounts/password-strength.server";
import { addMember } from "~/modules/centres/create-centre.server";
import type { Command } from "../commands";
import { requireValid } from "../input";

const input = z.object({
  centre: z.string().min(1, "--centre <slug> is required"),
  email: z.email("--email must be an e-mail address"),
  name: z.string().min(1, "--name is required"),
  role: z.enum(roles, "--role must be admin, coordinator, expert or client_contact"),
  password: z.string().min(10, "--password needs at least 10 characters").optional(),
});

export const createUserCommand: Command = {
  summary:
    "add a person to a centre: --centre slug --email a@b.nl --name Naam --role coordinator [--password …]",
  options: {
    centre: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string" },
    password: { type: "string" },
  },
  async run(values) {
    const v = requireValid(input, values);
    const { db } = await getDatabase();
    const [centre] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, v.centre));
    if (!centre) throw new Error(`No centre with slug ${v.centre}`);
    if (v.password && (await passwordProblem(v.password, [v.name, v.email])))
      throw new Error(
        "--password is a common or easy to guess password: choose a longer one, e.g. four words",
      );
    await addMember(db, {
      centreId: centre.id,
      name: v.name,
      email: v.email,
      role: v.role,
      password: v.password,
    });
    console.log(`User added to ${v.centre} as ${v.role}.`);
  },
};
