import type { Role } from "~/db/schema";

/** The demo centre. Everything in it is invented. */
export const DEMO_SLUG = "demo";
export const DEMO_NAME = "Sterk uit Armoede (demo)";
/** Known on purpose: printed by the CLI and shown on the setup page. Only for the demo accounts. */
export const DEMO_PASSWORD = "demo-tandem-2026";

export type DemoLogin = { name: string; email: string; role: Role; password: boolean };

export const demoLogins: DemoLogin[] = [
  { name: "Marieke Jansen", email: "beheer@demo.tandem.example", role: "admin", password: true },
  { name: "Sander de Boer", email: "coordinator@demo.tandem.example", role: "coordinator", password: true },
  { name: "Fatima El Amrani", email: "fatima@demo.tandem.example", role: "expert", password: false },
  { name: "Henk Smit", email: "henk@demo.tandem.example", role: "expert", password: false },
  { name: "Ingrid Mulder", email: "ingrid@demo.tandem.example", role: "client_contact", password: false },
];
