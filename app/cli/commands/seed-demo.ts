import { getDatabase } from "~/db/client.server";
import { AppError } from "~/lib/errors";
import { seedDemo } from "~/modules/demo/seed-demo.server";
import type { Command } from "../commands";
import { CliError } from "../errors";

export const seedDemoCommand: Command = {
  summary: 'create the demo centre "Sterk uit Armoede (demo)" with invented data and demo log-ins',
  usage: "",
  async run() {
    const { db } = await getDatabase();
    try {
      const result = await seedDemo(db);
      const counts = Object.entries(result.counts).map(([table, n]) => `${table} ${n}`);
      console.log(`Demo centre created (slug demo): ${counts.join(", ")}.\n`);
      console.log("Log-ins:");
      for (const login of result.logins)
        console.log(
          `  ${login.role.padEnd(15)} ${login.email.padEnd(34)} ${login.password ? `password: ${result.password}` : "sign in with a code by e-mail"}`,
        );
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT")
        throw new CliError("A demo centre (slug demo) exists already. Nothing was changed.");
      throw error;
    }
  },
};
