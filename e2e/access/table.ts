/**
 * The access rules in one table: for every route (its address pattern, as React Router writes it) and
 * every intent its action handles, what each role gets, in its own centre and in another centre.
 * e2e/access.spec.ts asks the running app every cell and fails on any difference, and on a route or
 * intent that is missing here or no longer exists. A new page or intent gets its row in this file.
 *
 * How a probe is made (see e2e/access.spec.ts):
 * - GET the page as the role, or POST a form with only `intent=<name>` (no intent for `default`),
 *   with the browser's Origin, never following a redirect. An empty form is what a guard must stop
 *   before anything happens; a role that gets past the guard meets the form's validation (`invalid`).
 * - Signed in to centre A. Where the address holds a record id (`:requestId`, `:grantId`, …), the
 *   probe is made with centre A's record (`own`) and with centre B's (`other`); for a personal
 *   record (`:assignmentId`, `:grantId`) also with a colleague's in centre A. The expert's
 *   assignment, the client contact's client and requests, and the funder's grant are their own.
 * - Data: e2e/access.data.ts. How it runs and how to add a row: "Access rules" in docs/security.md.
 */
import type { Role } from "../../app/db/values";

/** What came back. */
export type Outcome =
  /** 2xx: the page, the file or the data. */
  | "ok"
  /** 3xx to somewhere else than /login: a success after a post, or a page sending you on. */
  | "redirect"
  /** 3xx to /login: nobody signed in (or just signed out). */
  | "login"
  /** 400, 409 or 422: past the guard, refused by the form's checks (or a state that does not fit). */
  | "invalid"
  | "forbidden"
  | "notFound";

/** Nobody signed in, or a member of centre A with this role. */
export type Viewer = "anonymous" | Role;
export const viewers: readonly Viewer[] = [
  "anonymous",
  "expert",
  "client_contact",
  "funder",
  "coordinator",
  "admin",
];

/**
 * One answer for every probe, or `[own, other]` for a route with a record id in its address. Where
 * the record is one person's (an expert's assignment, a funder's grant), a third value is what the
 * role gets for a colleague's record in the own centre (another expert's, another funder's); without
 * it, the same as `own`.
 */
export type Answer =
  | Outcome
  | readonly [own: Outcome, other: Outcome]
  | readonly [own: Outcome, other: Outcome, colleague: Outcome];
export type ByViewer = Record<Viewer, Answer>;
/**
 * A post with a filled-in form, so that a role past the guard reaches the record: `@request`,
 * `@expert`, … in a value is that record of the probe's centre (centre A's for `own`, B's for `other`);
 * `@b:expert` is always centre B's, so the `own` probe posts another centre's record on an own page.
 */
export type FilledForm = { form: Record<string, string>; answers: ByViewer };
/** `query` is added to the address of every probe of the route (a page that needs one to show anything). */
export type Row = { get: ByViewer; post?: Record<string, ByViewer | FilledForm>; query?: string };

/** Own record: `answer`; the other centre's record does not exist for you. */
export const mine = (answer: Outcome): Answer => [answer, "notFound"];
/** One's own personal record: `answer`; another centre's and a colleague's do not exist for you. */
export const theirs = (answer: Outcome): Answer => [answer, "notFound", "notFound"];

const by = (anonymous: Answer, others: Partial<Record<Role, Answer>>, rest: Answer): ByViewer => ({
  anonymous,
  expert: others.expert ?? rest,
  client_contact: others.client_contact ?? rest,
  funder: others.funder ?? rest,
  coordinator: others.coordinator ?? rest,
  admin: others.admin ?? rest,
});

/** The same for everyone, signed in or not. */
const everyone = (answer: Answer): ByViewer => by(answer, {}, answer);
/** Any signed-in role gets `answer`; nobody signed in is sent to log in. */
const signedIn = (answer: Answer): ByViewer => by("login", {}, answer);
/** Coordinators and admins (the centre's staff); the others are refused. */
const staff = (answer: Answer): ByViewer => by("login", { coordinator: answer, admin: answer }, "forbidden");
/** Admins only. */
const admins = (answer: Answer): ByViewer => by("login", { admin: answer }, "forbidden");
const expertsOnly = (answer: Answer): ByViewer => by("login", { expert: answer }, "forbidden");
const contactsOnly = (answer: Answer): ByViewer => by("login", { client_contact: answer }, "forbidden");
/** A tandem's two sides: its expert and its professional (a client contact); staff use /tandems. */
const tandemSides = (answer: Answer): ByViewer =>
  by("login", { expert: answer, client_contact: answer }, "forbidden");

/**
 * Staff forms posted empty: past the guard they are invalid, in either centre (the form is checked
 * before the record is looked up, so another centre's record is not reached; the write itself is kept
 * in its centre by row-level security, see app/modules/isolation.server.test.ts).
 */
const staffForms = (...intents: string[]): Record<string, ByViewer> =>
  Object.fromEntries(intents.map((name) => [name, staff("invalid")]));
/** Staff buttons without a form: they act on the record in the address, so another centre's is not found. */
const staffButtons = (answer: Outcome, ...intents: string[]): Record<string, ByViewer> =>
  Object.fromEntries(intents.map((name) => [name, staff(mine(answer))]));
/** A staff form filled in: in their own centre it does its work (`own`); another centre's record is not found. */
const staffFilled = (form: Record<string, string>, own: Outcome = "redirect"): FilledForm => ({
  form,
  answers: staff(mine(own)),
});
/** Who may open a grant's figures: its funders (`funder`) and the staff (`answer`). */
const grantReaders = (answer: Answer, funder: Answer = answer) =>
  by("login", { funder, coordinator: answer, admin: answer }, "forbidden");

export const accessTable: Record<string, Row> = {
  // public pages and files
  "/": { get: by("login", {}, "redirect") },
  "/healthz": { get: everyone("ok") },
  "/toegankelijkheid": { get: everyone("ok") },
  "/locales/:lng/:ns.json": { get: everyone("ok") },
  "/texts/:lng/:file": { get: everyone("ok") },
  // the prepared centres have no logo
  "/centre-logo/:slug": { get: everyone("notFound") },
  "/aanvraag/:slug": {
    get: everyone("ok"),
    post: { default: everyone("invalid"), addRow: everyone("ok") },
  },
  "/aanvraag/:slug/bedankt": { get: everyone("ok") },
  "/vraag/:slug": { get: everyone("ok"), post: { default: everyone("invalid") } },
  "/vraag/:slug/bedankt": { get: everyone("ok") },
  // centre A made its knowledge base public (e2e/access.data.ts); its article is published and public
  "/kennisbank/:slug": { get: everyone("ok") },
  "/kennisbank/:slug/:articleId": { get: everyone(mine("ok")) },
  "/evaluatie/:token": { get: everyone("ok"), post: { default: everyone("invalid") } },
  // a pilot's questionnaire: a statement left unanswered is refused (centre A's token)
  "/vragenlijst/:token": { get: everyone("ok"), post: { default: everyone("invalid") } },
  // an invitation is for the person it was sent to: anyone else signed in is refused
  "/invitations/:token": { get: everyone("ok"), post: { default: signedIn("forbidden") } },
  // only a post: React Router answers a GET to a route without a loader with 400
  "/language": { get: everyone("invalid"), post: { default: everyone("redirect") } },

  // signing in and out (the set-up is done: it sends everyone to the log-in page)
  "/setup": { get: everyone("login"), post: { centre: everyone("login"), demo: everyone("login") } },
  "/login": { get: by("ok", {}, "redirect"), post: { default: by("invalid", {}, "redirect") } },
  "/login/code": { get: everyone("ok"), post: { default: everyone("invalid"), send: everyone("invalid") } },
  "/login/two-factor": { get: everyone("ok"), post: { default: everyone("invalid") } },
  // every prepared member already signs in as their role asks: the enrolment sends them on
  "/login/enrol": {
    get: by("login", {}, "redirect"),
    post: Object.fromEntries(
      ["default", "enable", "password", "confirm"].map((i) => [i, by("login", {}, "redirect")]),
    ),
  },
  "/logout": { get: everyone("redirect"), post: { default: everyone("login") } },

  // everyone signed in
  "/start": { get: by("login", { coordinator: "ok", admin: "ok" }, "redirect") },
  "/account": {
    get: signedIn("ok"),
    post: Object.fromEntries(
      ["switch", "enable", "confirm", "password", "disable"].map((i) => [i, signedIn("invalid")]),
    ),
  },
  // a person's own data: only ever their own (the pages take no id)
  "/account/data": { get: signedIn("ok"), post: { correction: signedIn("invalid") } },
  "/account/data.json": { get: signedIn("ok") },
  "/account/data.pdf": { get: signedIn("ok") },
  "/account/reads": { get: signedIn("ok") },
  "/account/consent": { get: signedIn("ok"), post: { decide: signedIn("invalid") } },

  // experts: their own inzet (confirmed, on another request of the client, held yesterday)
  "/agenda": {
    get: expertsOnly("ok"),
    post: { jobYes: expertsOnly("invalid"), jobNo: expertsOnly("invalid") },
  },
  "/agenda/:assignmentId": {
    get: expertsOnly(theirs("ok")),
    post: {
      accept: expertsOnly(theirs("invalid")),
      // confirmed inzet is not declined (409); another centre's is not found
      decline: { form: { reason: "no_time" }, answers: expertsOnly(theirs("invalid")) },
      // a reason is asked first
      withdraw: expertsOnly("invalid"),
      coming: expertsOnly(theirs("redirect")),
    },
  },
  "/agenda/:assignmentId/ics": { get: expertsOnly(theirs("ok")) },
  "/agenda/:assignmentId/hours": {
    get: by("login", { expert: theirs("ok"), coordinator: mine("ok"), admin: mine("ok") }, "forbidden"),
    post: {
      default: {
        form: { hours: "2", travel: "km", travelKm: "12" },
        answers: by(
          "login",
          { expert: theirs("redirect"), coordinator: mine("redirect"), admin: mine("redirect") },
          "forbidden",
        ),
      },
    },
  },

  // client contacts: their own requests
  "/my-requests": { get: contactsOnly("ok") },
  "/my-requests/new": {
    get: contactsOnly("ok"),
    post: { default: contactsOnly("invalid"), addRow: contactsOnly("ok") },
  },

  // requests and matching
  "/requests": { get: staff("ok") },
  "/requests/new": { get: staff("ok"), post: { default: staff("invalid"), addRow: staff("ok") } },
  "/requests/:requestId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("cancel"),
      // the request has a client already (409)
      link: staffFilled({ clientId: "@client" }, "invalid"),
      // the request has a client already
      ...staffButtons("invalid", "createClient"),
      ...staffButtons("redirect", "take"),
    },
  },
  "/requests/:requestId/edit": {
    get: staff(mine("ok")),
    post: { default: staff("invalid"), addRow: staff(mine("ok")) },
  },
  // the request is not done yet: no evaluation to send
  "/requests/:requestId/evaluation": { get: staff(mine("ok")), post: staffButtons("invalid", "default") },
  "/requests/:requestId/match": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("removeConflict"),
      // another centre's expert is no candidate for an own request (400)
      offer: staffFilled({ expertId: "@b:expert" }, "invalid"),
      cancel: staffFilled({ assignmentId: "@b:assignment" }, "notFound"),
      // another centre's assignment, on an own request's page
      confirm: staffFilled({ assignmentId: "@b:assignment" }, "notFound"),
      addConflict: staffFilled({ expertId: "@expert", reason: "Kent de klant" }),
    },
  },

  // employers
  "/employers": { get: staff("ok") },
  "/employers/new": { get: staff("ok"), post: staffForms("default") },
  "/employers/checklist": { get: staff("ok"), post: staffForms("add", "remove") },
  "/employers/:employerId": {
    get: staff(mine("ok")),
    post: {
      stage: staffFilled({ stage: "considering" }),
      ...staffForms("place", "endPlacement"),
    },
  },
  "/employers/:employerId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  "/employers/:employerId/checklist": { get: staff(mine("ok")), post: staffButtons("redirect", "save") },
  "/employers/:employerId/vacancies/new": { get: staff(mine("ok")), post: staffForms("default") },
  "/vacancies/:vacancyId": {
    get: staff(mine("ok")),
    post: { ...staffForms("propose", "yes", "no", "fill"), close: staffFilled({}, "redirect") },
  },
  // policy trajectories
  "/policy": { get: staff("ok") },
  "/policy/new": { get: staff("ok"), post: staffForms("default") },
  "/policy/:trajectoryId": {
    get: staff(mine("ok")),
    post: {
      phase: staffFilled({ phase: "ontwerpen" }),
      ...staffForms(
        "addParticipant",
        "removeParticipant",
        "session",
        "removeSession",
        "contribution",
        "change",
        "statement",
        "consent",
      ),
    },
  },
  "/policy/:trajectoryId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  // coaching: the staff pages (the notes on the page only for the coach, see modules/coaching/note-access.ts)
  // and the expert's own page; the coaching trajectory has the policy trajectory's id (e2e/access.data.ts)
  "/coaching": { get: staff("ok") },
  "/coaching/new": { get: staff("ok"), post: staffForms("default") },
  "/coaching/:trajectoryId": {
    get: staff(mine("ok")),
    post: { ...staffForms("goal", "goalStatus", "meeting", "note"), ...staffButtons("redirect", "end") },
  },
  "/coaching/:trajectoryId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  "/my-coaching": {
    get: expertsOnly("ok"),
    post: {
      reflect: expertsOnly("invalid"),
      allow: expertsOnly("invalid"),
      withdraw: expertsOnly("invalid"),
    },
  },
  // pilot measurements (the one participant has the before-questionnaire: sending it again is refused)
  "/pilots": { get: staff("ok") },
  "/pilots/new": { get: staff("ok"), post: staffForms("default") },
  // an empty form keeps no statement: refused
  "/pilots/statements": { get: staff("ok"), post: staffForms("default") },
  "/pilots/:pilotId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("addParticipant", "removeParticipant", "sendAgain"),
      // an empty statements form changes nothing and saves (in its own centre only)
      ...staffButtons("redirect", "statements"),
      send: staffFilled({ moment: "before" }, "invalid"),
    },
  },
  "/pilots/:pilotId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  // intervisie (the session lies ahead: attendance is refused with 409, cancelling is done once and then
  // again without change)
  "/intervisie": { get: staff("ok") },
  "/intervisie/new": { get: staff("ok"), post: staffForms("default") },
  "/intervisie/:groupId": {
    get: staff(mine("ok")),
    post: staffForms("saveGroup", "addMember", "removeMember", "planSession"),
  },
  "/intervisie/sessions/:intervisieSessionId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("saveSession"),
      attendance: staff(mine("invalid")),
      ...staffButtons("redirect", "cancel"),
    },
  },
  "/my-intervisie": {
    get: expertsOnly("ok"),
    post: { signUp: expertsOnly("invalid"), signOff: expertsOnly("invalid") },
  },
  // tandems (the centre's tandem ended yesterday: it does not start, end or stop again, 409)
  "/tandems": { get: staff("ok") },
  "/tandems/new": { get: staff("ok"), post: staffForms("default") },
  "/tandems/:tandemId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("meeting", "removeMeeting", "log"),
      ...staffButtons("invalid", "start", "end", "stop"),
    },
  },
  "/tandems/:tandemId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  // a tandem on the phone of its expert and its professional; a colleague's tandem does not exist for them
  "/my-tandems/:tandemId": {
    get: tandemSides(theirs("ok")),
    post: {
      log: { form: { body: "Een regel voor de toegangstabel" }, answers: tandemSides(theirs("redirect")) },
      evaluate: tandemSides("invalid"),
    },
  },
  // the advice desk (close and reopen change nothing the second time; the question has an answer)
  "/advice": { get: staff("ok") },
  "/advice/new": { get: staff("ok"), post: staffForms("default") },
  "/advice/:questionId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("assign", "answer"),
      ...staffButtons("redirect", "close", "makeArticle", "reopen"),
    },
  },
  // the knowledge base: staff and client contacts read it (contacts the published articles)
  "/knowledge": { get: by("login", { coordinator: "ok", admin: "ok", client_contact: "ok" }, "forbidden") },
  "/knowledge/new": { get: staff("ok"), post: staffForms("default") },
  "/knowledge/:articleId": {
    get: by("login", { coordinator: mine("ok"), admin: mine("ok"), client_contact: mine("ok") }, "forbidden"),
  },
  "/knowledge/:articleId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  // clients
  "/clients": { get: staff("ok") },
  "/clients/new": { get: staff("ok"), post: staffForms("default") },
  "/clients/:clientId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("updateContact", "removeContact", "giveLogin"),
      addContact: staffFilled({ name: "Noor Nieuw", email: "noor@toegang.example" }),
    },
  },
  "/clients/:clientId/edit": { get: staff(mine("ok")), post: staffForms("default") },

  // the pool
  "/pool": { get: staff("ok") },
  "/pool/new": { get: staff("ok"), post: staffForms("default") },
  "/pool/:expertId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("removeAbsence", "withholdNotes"),
      // showing the notes again: in its own centre it saves; another centre's expert is not found
      ...staffButtons("redirect", "releaseNotes"),
      status: staffFilled({ status: "active" }),
      addAbsence: staffFilled({ startsOn: "2031-01-06", endsOn: "2031-01-10" }),
    },
  },
  "/pool/:expertId/edit": { get: staff(mine("ok")), post: staffForms("default") },

  // training
  "/training": { get: staff("ok") },
  "/training/new": { get: staff("ok"), post: staffForms("default") },
  "/training/import": { get: staff("ok"), post: staffForms("default") },
  "/training/:cohortId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("removeSession", "addModule", "removeModule"),
      addSession: staffFilled({
        sessionDate: "2031-02-03",
        sessionTime: "10:00",
        sessionTitle: "Extra bijeenkomst",
      }),
    },
  },
  "/training/:cohortId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  "/training/:cohortId/candidates/new": { get: staff(mine("ok")), post: staffForms("default") },
  "/training/:cohortId/sessions/:sessionId": {
    get: staff(mine("ok")),
    post: staffButtons("invalid", "default"),
  },
  "/training/trainees/:traineeId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("intake", "assessment", "certify", "stop"),
      // the progress and milestone forms are all optional fields; the pool needs a certified trainee
      ...staffButtons("redirect", "progress", "milestones"),
      ...staffButtons("invalid", "toPool"),
    },
  },
  "/training/trainees/:traineeId/outcomes": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("saveMeasurement", "removeOutcome", "removeMeasurement"),
      addOutcome: staffFilled({ kind: "volunteer", startsOn: "2026-01-05" }),
    },
  },

  // grants and impact
  "/grants": { get: staff("ok") },
  "/grants/new": { get: staff("ok"), post: staffForms("default") },
  "/grants/:grantId": {
    get: staff(mine("ok")),
    post: {
      ...staffForms("removeTarget", "addPilot", "removePilot", "addFunder", "removeFunder"),
      setTarget: staffFilled({ metric: "trained", target: "5" }),
      // no cohorts ticked: the grant's list is emptied
      ...staffButtons("redirect", "setCohorts"),
    },
  },
  "/grants/:grantId/edit": { get: staff(mine("ok")), post: staffForms("default") },
  // the PDF answers 503 on a machine without Chromium; e2e/access.spec.ts counts that as ok
  "/grants/:grantId/report.pdf": { get: grantReaders(mine("ok"), theirs("ok")) },
  "/grants/:grantId/report.xlsx": { get: grantReaders(mine("ok"), theirs("ok")) },
  "/impact": { get: grantReaders("ok") },
  "/impact/members": { get: staff("ok"), query: "?figure=trained" },
  "/impact/settings": { get: staff("ok"), post: staffForms("default") },

  // the centre
  "/export": { get: staff("ok") },
  "/export/:file": { get: staff("ok") },
  "/audit": { get: staff("ok") },
  "/privacy": { get: staff("ok"), post: staffForms("erase", "answerCorrection", "retention", "readReason") },
  "/privacy/register": { get: admins("ok") },
  "/privacy/export.json": { get: staff("redirect"), post: { default: staff("invalid") } },
  "/settings": {
    get: staff("ok"),
    post: {
      ...staffForms("add", "rename", "toggle", "addArea", "updateArea", "removeArea", "knowledge"),
      // the centre's own details are the admin's; all their fields may be empty
      brand: admins("redirect"),
      contact: admins("redirect"),
    },
  },
  "/users": {
    get: admins("ok"),
    post: Object.fromEntries(["add", "role", "remove"].map((i) => [i, admins("invalid")])),
  },
};
