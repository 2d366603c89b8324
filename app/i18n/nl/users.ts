/** The users page: who has a login in this centre, with which role. Taalniveau B1. */
export const users = {
  title: "Gebruikers",
  intro:
    "Hier ziet u wie kan inloggen bij dit centrum. Ervaringsdeskundigen en contactpersonen krijgen hun account via de pool en de opdrachtgevers.",
  listTitle: "Mensen met toegang",
  caption: "Gebruikers van dit centrum",
  name: "Naam",
  email: "E-mailadres",
  role: "Rol",
  twoFactor: "Tweestapsverificatie",
  /** the label in a stacked row on a phone: may break at the soft hyphen */
  twoFactorLabel: "Tweestaps\u00adverificatie",
  on: "Aan",
  off: "Uit",
  actions: "Acties",
  you: "(u)",
  newRole: "Nieuwe rol voor {{name}}",
  changeRole: "Rol wijzigen",
  remove: "Verwijderen uit centrum",
  removeLabel: "{{name}} verwijderen uit dit centrum",
  roleChanged: "De rol is gewijzigd.",
  removed: "Deze persoon kan niet meer inloggen bij dit centrum.",
  added: "De medewerker is toegevoegd.",
  funderAdded: "De financier is toegevoegd. Hij of zij logt in met een code per e-mail.",
  invited:
    "Deze persoon heeft al een account bij Tandem. We hebben een uitnodiging per e-mail gestuurd. Na het aannemen staat de persoon in de lijst.",
  invitationsTitle: "Uitnodigingen die nog open staan",
  invitationLine: "{{email}} als {{role}}, geldig tot en met {{until}}",
  addTitle: "Medewerker of financier toevoegen",
  addIntro:
    "Geef een medewerker een eerste wachtwoord. De medewerker kan het later zelf veranderen. Bij de eerste keer inloggen stelt de medewerker tweestapsverificatie in. Een financier logt in met een code per e-mail en ziet alleen de cijfers van de gekozen subsidie. Heeft iemand al een account bij Tandem? Dan sturen we een uitnodiging.",
  addGrant: "Subsidie",
  addGrantHelp: "Alleen voor een financier: de subsidie waarvan de persoon de cijfers ziet.",
  addGrantNone: "Geen (medewerker)",
  addName: "Naam",
  addEmail: "E-mailadres",
  addRole: "Rol",
  addPassword: "Eerste wachtwoord",
  addPasswordHelp:
    "Alleen voor een nieuwe medewerker. Minstens 10 tekens, geen bekend wachtwoord. Tip: drie of vier losse woorden.",
  addSubmit: "Toevoegen",
  errors: {
    lastAdmin: "Dit kan niet. Er moet altijd minstens één beheerder zijn.",
    notYourself: "U kunt uzelf niet verwijderen. Vraag een andere beheerder.",
    alreadyMember: "Deze persoon hoort al bij dit centrum.",
    notStaff: "Alleen de rol van medewerkers kunt u hier wijzigen.",
    passwordNeeded: "Vul een eerste wachtwoord in voor de nieuwe medewerker.",
    grantNeeded: "Kies de subsidie van deze financier.",
  },
  invitation: {
    title: "Uitnodiging",
    intro: "{{centre}} nodigt u uit om mee te werken als {{role}}.",
    stays: "U blijft werken in het centrum waar u nu bent. Op Mijn account kiest u zelf wanneer u wisselt.",
    accept: "Uitnodiging aannemen",
    signInFirst:
      "Log eerst in met het e-mailadres waarop u de uitnodiging kreeg. Open daarna deze link opnieuw.",
    signInPassword: "Inloggen met wachtwoord",
    signInCode: "Inloggen met een code per e-mail",
    open: "open",
    expired: "Deze uitnodiging is verlopen. Vraag het centrum om een nieuwe.",
    accepted: "Deze uitnodiging is al aangenomen.",
    otherAccount:
      "Deze uitnodiging is voor een ander e-mailadres. Log in met het adres waarop u de mail kreeg.",
    otherRole: "U werkt al bij dit centrum met een andere rol. Vraag de beheerder van het centrum.",
    done: "U hoort nu ook bij {{centre}}. Kies het centrum hieronder als u daar wilt werken.",
    /** The same page for an expert, who reads "je". */
    je: {
      intro: "{{centre}} wil je graag in de pool van ervaringsdeskundigen.",
      stays:
        "Je blijft werken bij het centrum waar je nu bent. Op Mijn account kies je zelf wanneer je wisselt.",
      accept: "Ja, ik doe mee",
      signInFirst:
        "Log eerst in met het e-mailadres waarop je de uitnodiging kreeg. Open daarna deze link opnieuw.",
      expired: "Deze uitnodiging is verlopen. Vraag het centrum om een nieuwe.",
      accepted: "Je hebt deze uitnodiging al aangenomen.",
      otherAccount:
        "Deze uitnodiging is voor een ander e-mailadres. Log in met het adres waarop je de mail kreeg.",
    },
  },
};
