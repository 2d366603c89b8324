import { redirect } from "react-router";

/**
 * Every message a page shows after a redirect, by key (the i18n key of its text). One mechanism for the
 * whole app: an action calls `redirectWithNotice("/pool/…", "expertSaved")`, the page renders
 * `<PageNotice />` under its title. Unknown keys show nothing, so a link cannot put text on a page.
 */
export const notices = {
  saved: "common:notices.saved",
  created: "common:notices.created",
  removed: "common:notices.removed",
  requestCreated: "requests:detail.created",
  requestSaved: "requests:detail.saved",
  requestTaken: "requests:detail.taken",
  requestCancelled: "requests:detail.cancelled",
  requestLinked: "requests:detail.linked",
  requestSent: "requests:mine.sent",
  offered: "matching:done.offered",
  offerConfirmed: "matching:done.confirmed",
  offerCancelled: "matching:done.cancelled",
  conflictAdded: "matching:done.conflictAdded",
  conflictRemoved: "matching:done.conflictRemoved",
  offerAccepted: "agenda:saved.accepted",
  offerDeclined: "agenda:saved.declined",
  assignmentWithdrawn: "agenda:saved.withdrawn",
  comingConfirmed: "agenda:saved.coming",
  evaluationSent: "evaluations:sent",
  hoursSaved: "hours:saved",
  hoursSavedDone: "hours:savedDone",
  expertCreated: "pool:profile.created",
  expertSaved: "pool:profile.saved",
  expertCreatedInvited: "pool:profile.createdInvited",
  expertSavedInvited: "pool:profile.savedInvited",
  absenceAdded: "pool:profile.absenceAdded",
  absenceRemoved: "pool:profile.absenceRemoved",
  clientSaved: "clients:detail.saved",
  contactAdded: "clients:contact.added",
  contactSaved: "clients:contact.savedNotice",
  contactRemoved: "clients:contact.removed",
  contactLoginGiven: "clients:contact.loginGiven",
  contactInvited: "clients:contact.invited",
  settingsSaved: "settings:saved",
  centreSwitched: "auth:account.centreSwitched",
  passwordChanged: "auth:account.passwordChanged",
  twoFactorOn: "auth:account.enabled",
  twoFactorOff: "auth:account.disabled",
  invitationAccepted: "auth:account.joined",
  memberAdded: "users:added",
  memberInvited: "users:invited",
  funderAdded: "users:funderAdded",
  memberRoleChanged: "users:roleChanged",
  memberRemoved: "users:removed",
  cohortCreated: "training:cohort.created",
  cohortSaved: "training:cohort.saved",
  attendanceSaved: "training:session.saved",
  traineeSaved: "training:trainee.saved",
  traineeToPool: "training:trainee.movedToPool",
  traineeToPoolInvited: "training:trainee.movedToPoolInvited",
  outcomeSaved: "outcomes:timeline.saved",
  outcomeRemoved: "outcomes:timeline.removed",
  impactSettingsSaved: "outcomes:settings.saved",
  grantSaved: "grants:done.saved",
  employerCreated: "employers:done.created",
  employerSaved: "employers:done.saved",
  employerStage: "employers:done.stage",
  employerChecklist: "employers:done.checklist",
  placementStarted: "employers:done.placementStarted",
  placementEnded: "employers:done.placementEnded",
  vacancyCreated: "employers:done.vacancyCreated",
  jobAnswered: "agenda:saved.jobAnswered",
  vacancyProposed: "employers:done.vacancyProposed",
  vacancyAnswer: "employers:done.vacancyAnswer",
  vacancyFilled: "employers:done.vacancyFilled",
  vacancyClosed: "employers:done.vacancyClosed",
  checklistStepAdded: "employers:done.stepAdded",
  checklistStepRemoved: "employers:done.stepRemoved",
  grantTarget: "grants:done.target",
  grantTargetRemoved: "grants:done.targetRemoved",
  grantPilot: "grants:done.pilot",
  grantPilotRemoved: "grants:done.pilotRemoved",
  grantCohorts: "grants:done.cohorts",
  grantFunder: "grants:done.funder",
  grantFunderRemoved: "grants:done.funderRemoved",
  adviceEntered: "advice:done.entered",
  adviceAssigned: "advice:done.assigned",
  adviceAnswered: "advice:done.answered",
  adviceClosed: "advice:done.closed",
  adviceReopened: "advice:done.reopened",
  articleCreated: "advice:done.articleCreated",
  articleDraft: "advice:done.articleDraft",
  articleSaved: "advice:done.articleSaved",
  knowledgeSettingSaved: "advice:done.settingSaved",
} as const;

export type NoticeKey = keyof typeof notices;

export function noticeText(key: string | null | undefined): string | null {
  return key && Object.hasOwn(notices, key) ? notices[key as NoticeKey] : null;
}

/** A redirect that shows a notice on the next page. Keeps the target's own query. */
export function redirectWithNotice(to: string, notice: NoticeKey, init?: ResponseInit) {
  const url = new URL(to, "http://tandem.invalid");
  url.searchParams.set("notice", notice);
  return redirect(`${url.pathname}${url.search}${url.hash}`, init);
}
