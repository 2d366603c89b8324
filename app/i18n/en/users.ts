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
  funderAdded: "The funder has been added. They sign in with a code by email.",
  invited:
    "This person already has a Tandem account. We sent an invitation by email. Once they accept it, they appear in the list.",
  invitationsTitle: "Open invitations",
  invitationLine: "{{email}} as {{role}}, valid until {{until}}",
  addTitle: "Add a staff member or funder",
  addIntro:
    "Give a staff member a first password; they can change it later. At their first sign-in they set up two-factor authentication. A funder signs in with a code by email and sees only the figures of the chosen grant. Does someone already have a Tandem account? Then we send an invitation.",
  addGrant: "Grant",
  addGrantHelp: "Only for a funder: the grant whose figures they see.",
  addGrantNone: "None (staff member)",
  addName: "Name",
  addEmail: "Email address",
  addRole: "Role",
  addPassword: "First password",
  addPasswordHelp:
    "Only for a new staff member. At least 10 characters, not a known password. Tip: three or four separate words.",
  addSubmit: "Add",
  errors: {
    lastAdmin: "This is not possible. There must always be at least one administrator.",
    notYourself: "You cannot remove yourself. Ask another administrator.",
    alreadyMember: "This person already belongs to this centre.",
    notStaff: "You can only change the role of staff members here.",
    passwordNeeded: "Enter a first password for the new staff member.",
    grantNeeded: "Choose this funder's grant.",
  },
  invitation: {
    title: "Invitation",
    intro: "{{centre}} invites you to work with them as {{role}}.",
    stays: "You keep working in the centre you are in now. On My account you choose yourself when to switch.",
    accept: "Accept the invitation",
    signInFirst:
      "First sign in with the email address the invitation was sent to. Then open this link again.",
    signInPassword: "Sign in with a password",
    signInCode: "Sign in with a code by email",
    open: "open",
    expired: "This invitation has expired. Ask the centre for a new one.",
    accepted: "This invitation has already been accepted.",
    otherAccount:
      "This invitation is for another email address. Sign in with the address the mail was sent to.",
    otherRole: "You already work in this centre with another role. Ask the centre's administrator.",
    done: "You now also belong to {{centre}}. Choose that centre below if you want to work there.",
    je: {
      intro: "{{centre}} would like you in their pool of experts by experience.",
      stays:
        "You keep working with the centre you are with now. On My account you choose yourself when to switch.",
      accept: "Yes, I join",
      signInFirst:
        "First sign in with the email address the invitation was sent to. Then open this link again.",
      expired: "This invitation has expired. Ask the centre for a new one.",
      accepted: "You have already accepted this invitation.",
      otherAccount:
        "This invitation is for another email address. Sign in with the address the mail was sent to.",
    },
  },
} satisfies Shape<typeof nl>;
