import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDatabase } from "~/db/client.server";
import { centres, roles } from "~/db/schema";
import { passwordProblem } from "~/modules/accounts/password-strength.server";
import { addMember } from "~/modules/centres/create-centre.server";
import type { Command } from "../commands";
import { CliError } from "../errors";
import { requireValid } from "../input";

const input = z.object({
  centre: z.string().min(1, "--centre <slug> is required"),
  email: z.email("--email must be an e-mail address"),
  name: z.string().min(1, "--name is required"),
  role: z.enum(roles, "--role must be admin, coordinator, expert, client_contact or funder"),
  password: z.string().min(10, "--password needs at least 10 characters").optional(),
});

export const createUserCommand: Command = {
  summary: "add a person to a centre",
  usage: '--centre <slug> --email a@b.nl --name "Naam" --role <role> [--password …]',
  options: {
    centre: { type: "string", description: "the centre's slug (required)" },
    email: { type: "string", description: "the person's e-mail address (required)" },
    name: { type: "string", description: "the person's name (required)" },
    role: { type: "string", description: "admin, coordinator, expert, client_contact or funder (required)" },
    password: {
      type: "string",
      description: "at least 10 characters; without it they sign in with a code by e-mail",
    },
  },
  async run(values) {
    const v = requireValid(input, values);
    const { db } = await getDatabase();
    const [centre] = await db.select({ id: centres.id }).from(centres).where(eq(centres.slug, v.centre));
    if (!centre) throw new CliError(`There is no centre with the slug "${v.centre}".`);
    if (v.password && (await passwordProblem(v.password, [v.name, v.email])))
      throw new CliError(
        "--password is a common or easy to guess password: choose a longer one, e.g. four words.",
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
