import type { demo as nl } from "../nl/demo";
import type { Shape } from "./common";

export const demo = {
  title: "The demo centre is ready",
  caption: "Accounts in the demo centre",
  name: "Name",
  email: "Email address",
  role: "Role",
  how: "Sign in with",
  withPassword: "Password",
  withCode: "Code by email",
  note: "All data in the demo centre is invented.",
  exists: "A demo centre already exists.",
} satisfies Shape<typeof nl>;
