import type { mail as nl } from "../nl/mail";
import type { Shape } from "./common";

export const mail = {
  signature: { regards: "Kind regards," },
  facts: {
    what: "What",
    forWhom: "For whom",
    where: "Where",
    when: "When",
    reason: "Reason",
    online: "Online",
    placeLater: "The place will follow.",
    dateLater: "The date will follow.",
    timeRange: "{{date}}, {{start}} to {{end}}",
  },
  hello: { je: "Hello {{name}},", u: "Dear {{name}},", plain: "Hello," },
  invitation: {
    subject: "Invitation from {{centre}}",
    u: {
      intro: "{{centre}} invites you to work with them in Tandem.",
      action: "You already have an account. Sign in as usual, then open this link to accept the invitation:",
      expiry:
        "The link works for {{days}} days. Do you not know this centre? Then you can delete this e-mail.",
    },
    je: {
      intro: "{{centre}} would like you in their pool of experts by experience.",
      action: "You already have an account. Sign in as usual, then open this link to say yes:",
      expiry:
        "The link works for {{days}} days. Do you not know this centre? Then you can delete this e-mail.",
    },
  },
  offer: {
    subject: "A new request for you: {{title}}",
    intro: "We have a request for you. Would you like to do this?",
    action: "Say yes or no with this link. You sign in with a code we e-mail you.",
  },
  filled: {
    subject: "Filled: {{title}}",
    intro: 'The request "{{title}}" is filled. Enough people were found.',
    thanks: "You do not need to do anything. Thank you!",
  },
  offerCancelled: {
    subject: "Not going ahead for you: {{title}}",
    intro: 'The request "{{title}}" is not going ahead for you. You do not need to do anything.',
    thanks: "Thank you for your time.",
  },
  confirmed: {
    subject: "Confirmed: {{title}}",
    intro: "It is settled. Your work is confirmed.",
    action: "Add it to your calendar with this link:",
  },
  reminder: {
    subject: "Tomorrow: {{title}}",
    intro: "Your work is tomorrow. Are you coming?",
    action: 'Let us know with the button "I am coming":',
    cannot: "Can you not come after all? Then cancel with the same link.",
  },
  withdrawn: {
    subject: "Withdrawn from request {{number}}: {{title}}",
    intro: '{{name}} can no longer come to request {{number}} ("{{title}}").',
    action: "The request is open again. Find someone else at:",
  },
  requestCancelledExpert: {
    subject: "Cancelled: {{title}}",
    intro: 'The request "{{title}}" is cancelled. Your work has ended. You do not need to do anything.',
    reminder: "You will not get a reminder for it either.",
  },
  datesChangedExpert: {
    subject: "Changed: {{title}}",
    intro: 'The date or time of "{{title}}" has changed. These are the new details.',
    action: "Can you no longer come? Then cancel with this link:",
  },
  clientConfirmation: {
    subject: "Confirmation of request {{number}}: {{title}}",
    intro: 'Your request "{{title}}" is settled.',
    who: "These experts by experience will come: {{names}}.",
    calendar:
      "The attachment is a calendar invitation (.ics). Open it to add the appointment to your calendar.",
    noDate: "The date is not fixed yet. As soon as it is, we will send you a calendar invitation.",
  },
  clientCancelled: {
    subject: "Request {{number}} is cancelled: {{title}}",
    intro: 'Your request "{{title}}" is cancelled.',
    calendar:
      "The attachment cancels the appointment in your calendar (.ics). Open it to remove the appointment.",
    questions: "Do you have questions? Then reply to this e-mail.",
  },
  clientWithdrawn: {
    subject: "Change to request {{number}}: {{title}}",
    intro: 'Unfortunately an expert by experience cannot come to your request "{{title}}".',
    search: "We are looking for someone else and will let you know. The appointment in your calendar stays.",
    who: "Confirmed now: {{names}}.",
    calendar: "The attachment is the updated calendar invitation (.ics).",
  },
  clientDatesChanged: {
    subject: "New date or time, request {{number}}: {{title}}",
    intro: 'The date or time of your request "{{title}}" has changed. These are the new details.',
    calendar: "The attachment is the updated calendar invitation (.ics). Open it to update your calendar.",
  },
  calendar: {
    description: "Request {{number}}.",
    experts: "Experts by experience: {{names}}.",
    file: "request-{{number}}-{{index}}.ics",
  },
  signIn: {
    subject: "Your sign-in code",
    subjectJe: "Your sign-in code",
    code: "Your sign-in code is: {{code}}",
    codeJe: "Your sign-in code is: {{code}}",
    link: "Or click this link to sign in:",
    expires: "The code works for 15 minutes. Did you not ask for a code? Then you can delete this e-mail.",
    expiresJe: "The code works for 15 minutes. Did you not ask for a code? Then you can delete this e-mail.",
  },
  evaluation: {
    subject: "How did it go? Your opinion on request {{number}}",
    intro: 'Our experts by experience have done the work for "{{title}}".',
    ask: "We would like to hear how it went. It takes you two minutes.",
    action: "Click this link:",
    note: "You do not need to sign in. The link works once.",
  },
  jobProposal: {
    subject: "Work for you: {{title}}",
    intro: "We think this work suits you: {{title}} at {{employer}}. Would you like it?",
    action: "See what it is and say yes or no with this link. You sign in with a code we e-mail you.",
  },
  employerLate: {
    subject: "Late at {{employer}}: {{what}}",
    intro: "At {{employer}} this step should have been done on {{date}}: {{what}}.",
    action: "See at the employer what must happen now:",
  },
  newRequest: {
    subject: "New request {{number}}",
    intro: "A new request has come in (number {{number}}).",
    action: "View the request:",
  },
  correction: {
    subject: "Answer to your request for a correction",
    subjectJe: "Answer to your request for a correction",
    corrected: "We have corrected your data.",
    correctedJe: "We have corrected your data.",
    refused: "We have not changed your data. Below you can read why.",
    refusedJe: "We have not changed your data. Below you can read why.",
    action: "See your data:",
    actionJe: "See your data:",
  },
  advice: {
    receiptSubject: "We have received your question",
    receiptIntro: "Thank you for your question to the advice desk of {{centre}}. We have received it.",
    receiptNext:
      "One of us will read your question and send you the answer by e-mail. Usually within five working days.",
    yourQuestion: "Your question:",
    newSubject: "New question for the advice desk: {{organisation}}",
    newIntro: "{{organisation}} has asked a question about {{category}}.",
    newAction: "See the question and assign it:",
    assignedSubject: "A question for you: {{organisation}}",
    assignedIntro: "You have been asked to answer this question from {{organisation}}.",
    assignedAction: "See the question:",
    answerSubject: "Answer to your question",
    answerIntro: "You asked us a question. Here is our answer.",
    answerMore: "Do you have another question? Just reply to this e-mail.",
  },
  pilotQuestionnaire: {
    subject: {
      before: "A short questionnaire about the pilot {{pilot}}",
      after: "A short questionnaire now the pilot {{pilot}} has ended",
    },
    intro: {
      before:
        'You work with an expert by experience from {{centre}} in the pilot "{{pilot}}". Before you start, we would like to know what you think about a few things now.',
      after:
        'The pilot "{{pilot}}" has ended or is about to. We would like to know what you think now about the same things as at the start.',
    },
    ask: "There are {{count}} short questions. It takes you two minutes.",
    action: "Click this link:",
    note: "You do not need to sign in. The link works once. Your answers only count in the figures, never with your name.",
  },
  pilotAfterDue: {
    subject: "Pilot {{pilot}} after-measurement: {{count}} still open",
    intro:
      'Today the after-questionnaires of the pilot "{{pilot}}" are due. These professionals have not filled it in yet:',
    action: "Send the questionnaire on the pilot's page:",
  },
  intervisieTomorrow: {
    subject: "Peer review tomorrow: {{group}}",
    intro: "You signed up for the peer review session of {{group}}. It is tomorrow, {{date}} at {{time}}.",
    where: "Where: {{place}}",
    online: "Online. The link: {{link}}",
    off: "Can you not come after all? Then please sign off, so we know.",
    action: "Sign in with a code we e-mail you and see your peer review sessions:",
  },
  tandemEvaluation: {
    je: {
      subject: "How did your tandem at {{client}} go?",
      intro: "Your tandem with {{partner}} at {{client}} ended on {{date}}.",
      ask: "We would like to hear how it went. Give a score and write a few words. It takes two minutes.",
      action: "Sign in with a code we e-mail you and fill it in:",
    },
    u: {
      subject: "How did the tandem at {{client}} go?",
      intro: "Your tandem with {{partner}} at {{client}} ended on {{date}}.",
      ask: "We would like to hear how it went. Give a score and write a few words. It takes two minutes.",
      action: "Sign in with a code we e-mail you and fill it in:",
    },
  },
} satisfies Shape<typeof nl>;
