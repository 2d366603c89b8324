/**
 * The texts of every mail Tandem sends, in plain Dutch (taalniveau B1). Experts read "je", client
 * contacts read "u". Server-only: not registered in resources.ts, so no page bundle carries them.
 * `{{name}}` is filled in by modules/mail/compose.ts.
 */
export const mail = {
  signature: { regards: "Met vriendelijke groet," },
  facts: {
    what: "Wat",
    forWhom: "Voor wie",
    where: "Waar",
    when: "Wanneer",
    reason: "Reden",
    online: "Online",
    placeLater: "De plek volgt nog.",
    dateLater: "De datum volgt nog.",
    timeRange: "{{date}}, {{start}} tot {{end}}",
  },
  hello: { je: "Hallo {{name}},", u: "Beste {{name}},", plain: "Hallo," },
  invitation: {
    subject: "Uitnodiging van {{centre}}",
    u: {
      intro: "{{centre}} nodigt u uit om in Tandem mee te werken.",
      action:
        "U heeft al een account. Log in zoals u gewend bent en open dan deze link om de uitnodiging aan te nemen:",
      expiry: "De link werkt {{days}} dagen. Kent u dit centrum niet? Dan kunt u deze mail weggooien.",
    },
    je: {
      intro: "{{centre}} wil je graag in de pool van ervaringsdeskundigen.",
      action: "Je hebt al een account. Log in zoals je gewend bent en open dan deze link om ja te zeggen:",
      expiry: "De link werkt {{days}} dagen. Ken je dit centrum niet? Dan kun je deze mail weggooien.",
    },
  },
  offer: {
    subject: "Nieuwe vraag voor jou: {{title}}",
    intro: "We hebben een vraag voor je. Wil je dit doen?",
    action: "Zeg ja of nee via deze link. Je logt in met een code die we je mailen.",
  },
  filled: {
    subject: "Vervuld: {{title}}",
    intro: 'De vraag "{{title}}" is vervuld. Er zijn genoeg mensen gevonden.',
    thanks: "Je hoeft niets meer te doen. Dank je wel!",
  },
  offerCancelled: {
    subject: "Gaat niet door voor jou: {{title}}",
    intro: 'De vraag "{{title}}" gaat voor jou niet door. Je hoeft niets te doen.',
    thanks: "Dank je wel voor je tijd.",
  },
  confirmed: {
    subject: "Bevestigd: {{title}}",
    intro: "Het is rond. Je inzet is bevestigd.",
    action: "Zet het in je agenda via deze link:",
  },
  reminder: {
    subject: "Morgen: {{title}}",
    intro: "Morgen is je inzet. Kom je?",
    action: 'Laat het ons weten met de knop "Ik kom":',
    cannot: "Kun je toch niet? Meld je dan af via dezelfde link.",
  },
  withdrawn: {
    subject: "Afgemeld voor aanvraag {{number}}: {{title}}",
    intro: '{{name}} kan niet meer komen bij aanvraag {{number}} ("{{title}}").',
    action: "De aanvraag staat weer open. Zoek iemand anders via:",
  },
  requestCancelledExpert: {
    subject: "Gaat niet door: {{title}}",
    intro: 'De vraag "{{title}}" gaat niet door. Je inzet is gestopt. Je hoeft niets te doen.',
    reminder: "Je krijgt er ook geen herinnering meer voor.",
  },
  datesChangedExpert: {
    subject: "Gewijzigd: {{title}}",
    intro: 'De datum of tijd van "{{title}}" is veranderd. Dit zijn de nieuwe gegevens.',
    action: "Kun je niet meer? Meld je dan af via deze link:",
  },
  clientConfirmation: {
    subject: "Bevestiging aanvraag {{number}}: {{title}}",
    intro: 'Uw aanvraag "{{title}}" is rond.',
    who: "Deze ervaringsdeskundigen komen: {{names}}.",
    calendar:
      "In de bijlage staat een agenda-uitnodiging (.ics). Open die om de afspraak in uw agenda te zetten.",
    noDate: "De datum staat nog niet vast. Zodra die bekend is, sturen wij u een agenda-uitnodiging.",
  },
  clientCancelled: {
    subject: "Aanvraag {{number}} gaat niet door: {{title}}",
    intro: 'Uw aanvraag "{{title}}" gaat niet door.',
    calendar:
      "In de bijlage staat een afmelding voor uw agenda (.ics). Open die om de afspraak uit uw agenda te halen.",
    questions: "Heeft u vragen? Beantwoord dan deze mail.",
  },
  clientWithdrawn: {
    subject: "Wijziging aanvraag {{number}}: {{title}}",
    intro: 'Een ervaringsdeskundige kan helaas niet komen bij uw aanvraag "{{title}}".',
    search: "Wij zoeken iemand anders en laten het u weten. De afspraak in uw agenda blijft staan.",
    who: "Nu bevestigd: {{names}}.",
    calendar: "In de bijlage staat de bijgewerkte agenda-uitnodiging (.ics).",
  },
  clientDatesChanged: {
    subject: "Nieuwe datum of tijd, aanvraag {{number}}: {{title}}",
    intro: 'De datum of tijd van uw aanvraag "{{title}}" is veranderd. Dit zijn de nieuwe gegevens.',
    calendar:
      "In de bijlage staat de bijgewerkte agenda-uitnodiging (.ics). Open die om uw agenda bij te werken.",
  },
  calendar: {
    description: "Aanvraag {{number}}.",
    experts: "Ervaringsdeskundigen: {{names}}.",
    file: "aanvraag-{{number}}-{{index}}.ics",
  },
  signIn: {
    subject: "Uw inlogcode",
    subjectJe: "Je inlogcode",
    code: "Uw inlogcode is: {{code}}",
    codeJe: "Je inlogcode is: {{code}}",
    link: "Of klik op deze link om in te loggen:",
    expires: "De code werkt 15 minuten. Heeft u niet om een code gevraagd? Dan kunt u deze mail weggooien.",
    expiresJe: "De code werkt 15 minuten. Heb je niet om een code gevraagd? Dan kun je deze mail weggooien.",
  },
  evaluation: {
    subject: "Hoe ging het? Uw mening over aanvraag {{number}}",
    intro: 'Onze ervaringsdeskundigen hebben het werk voor "{{title}}" gedaan.',
    ask: "Wij horen graag hoe het ging. Het kost u twee minuten.",
    action: "Klik op deze link:",
    note: "U hoeft niet in te loggen. De link werkt één keer.",
  },
  jobProposal: {
    subject: "Werk voor jou: {{title}}",
    intro: "We denken dat dit werk bij je past: {{title}} bij {{employer}}. Wil je dit?",
    action: "Kijk wat het is en zeg ja of nee via deze link. Je logt in met een code die we je mailen.",
  },
  employerLate: {
    subject: "Te laat bij {{employer}}: {{what}}",
    intro: "Bij {{employer}} had deze stap klaar moeten zijn op {{date}}: {{what}}.",
    action: "Kijk bij de werkgever wat er nu moet gebeuren:",
  },
  newRequest: {
    subject: "Nieuwe aanvraag {{number}}",
    intro: "Er is een nieuwe aanvraag binnengekomen (nummer {{number}}).",
    action: "Bekijk de aanvraag:",
  },
  correction: {
    subject: "Antwoord op uw verzoek om een correctie",
    subjectJe: "Antwoord op je verzoek om een correctie",
    corrected: "Wij hebben uw gegevens verbeterd.",
    correctedJe: "We hebben je gegevens verbeterd.",
    refused: "Wij hebben uw gegevens niet veranderd. Hieronder leest u waarom.",
    refusedJe: "We hebben je gegevens niet veranderd. Hieronder lees je waarom.",
    action: "Bekijk uw gegevens:",
    actionJe: "Bekijk je gegevens:",
  },
  advice: {
    receiptSubject: "We hebben uw vraag ontvangen",
    receiptIntro: "Dank u voor uw vraag aan de vraagbaak van {{centre}}. Wij hebben hem goed ontvangen.",
    receiptNext:
      "Een van ons leest uw vraag en stuurt u het antwoord per e-mail. Meestal binnen vijf werkdagen.",
    yourQuestion: "Uw vraag:",
    newSubject: "Nieuwe vraag voor de vraagbaak: {{organisation}}",
    newIntro: "{{organisation}} heeft een vraag gesteld over {{category}}.",
    newAction: "Bekijk de vraag en wijs hem toe:",
    assignedSubject: "Een vraag voor jou: {{organisation}}",
    assignedIntro: "Je bent gevraagd deze vraag van {{organisation}} te beantwoorden.",
    assignedAction: "Bekijk de vraag:",
    answerSubject: "Antwoord op uw vraag",
    answerIntro: "U stelde ons een vraag. Hier is ons antwoord.",
    answerMore: "Heeft u nog een vraag? Antwoord dan op deze e-mail.",
  },
  pilotQuestionnaire: {
    subject: {
      before: "Korte vragenlijst over de pilot {{pilot}}",
      after: "Korte vragenlijst na afloop van de pilot {{pilot}}",
    },
    intro: {
      before:
        'U werkt in de pilot "{{pilot}}" samen met een ervaringsdeskundige van {{centre}}. Voordat u begint, willen wij graag weten hoe u nu over een paar dingen denkt.',
      after:
        'De pilot "{{pilot}}" is klaar of bijna klaar. Wij willen graag weten hoe u nu over dezelfde dingen denkt als bij de start.',
    },
    ask: "Het zijn {{count}} korte vragen. Het kost u twee minuten.",
    action: "Klik op deze link:",
    note: "U hoeft niet in te loggen. De link werkt één keer. Uw antwoorden tellen alleen mee in de cijfers, nooit met uw naam erbij.",
  },
  pilotAfterDue: {
    subject: "Nameting pilot {{pilot}}: nog {{count}} open",
    intro:
      'Vandaag moeten de vragenlijsten na afloop van de pilot "{{pilot}}" binnen zijn. Deze professionals hebben de vragenlijst nog niet ingevuld:',
    action: "Stuur de vragenlijst op de pagina van de pilot:",
  },
  intervisieTomorrow: {
    subject: "Morgen intervisie: {{group}}",
    intro: "Je hebt je aangemeld voor intervisie van {{group}}. Die is morgen, {{date}} om {{time}}.",
    where: "Waar: {{place}}",
    online: "Online. De link: {{link}}",
    off: "Kun je toch niet? Meld je dan af, dan weten we dat.",
    action: "Log in met een code die we je mailen en bekijk je intervisie:",
  },
  tandemEvaluation: {
    je: {
      subject: "Hoe ging je tandem bij {{client}}?",
      intro: "Je tandem met {{partner}} bij {{client}} is klaar sinds {{date}}.",
      ask: "We horen graag hoe het ging. Geef een cijfer en schrijf kort wat je ervan vond. Het kost je twee minuten.",
      action: "Log in met een code die we je mailen en vul het in:",
    },
    u: {
      subject: "Hoe ging de tandem bij {{client}}?",
      intro: "Uw tandem met {{partner}} bij {{client}} is klaar sinds {{date}}.",
      ask: "Wij horen graag hoe het ging. Geef een cijfer en schrijf kort wat u ervan vond. Het kost u twee minuten.",
      action: "Log in met een code die wij u mailen en vul het in:",
    },
  },
};
