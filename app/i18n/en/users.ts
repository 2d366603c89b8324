import type { users as nl } from "../nl/users";
import type { Shape } from "./common";

export const users = {
  title: "Users",
  intro:
    "Here you see who can sign in to this centre. Experts and client contacts get their account through the pool and the clients.",
  listTitle: "People with access",
  caption: "Users of this centre",
  name: "Name",
  email: "Email address",
  role: "Role",
  twoFactor: "Two-factor authentication",
  /** the label in a stacked row on a phone: may break at the soft hyphen */
  twoFactorLabel: "Two-step verification",
  on: "On",
  off: "Off",
  actions: "Actions",
  you: "(you)",
  newRole: "New role for {{name}}",
  changeRole: "Change role",
  remove: "Remove from centre",
  removeLabel: "Remove {{name}} from this centre",
  roleChanged: "The role has been changed.",
  removed: "This person can no longer sign in to this centre.",
  added: "The staff member has been added.",
  addTitle: "Add a staff member",
  addIntro:
    "Give a first password. The staff member can change it later. Leave it empty and they sign in with a code by email.",
  addName: "Name",
  addEmail: "Email address",
  addRole: "Role",
  addPassword: "First password",
  addPasswordHelp: "At least 10 characters. Optional.",
  addSubmit: "Add staff member",
  errors: {
    lastAdmin: "This is not possible. There must always be at least one administrator.",
    notYourself: "You cannot remove yourself. Ask another administrator.",
    alreadyMember: "This person already belongs to this centre.",
    notStaff: "You can only change the role of staff members here.",
  },
} satisfies Shape<typeof nl>;
