/** The demo centre on the setup page: the accounts to try Tandem with. Taalniveau B1. */
export const demo = {
  title: "Het voorbeeldcentrum is klaar",
  caption: "Accounts in het voorbeeldcentrum",
  name: "Naam",
  email: "E-mailadres",
  role: "Rol",
  how: "Inloggen met",
  withPassword: "Wachtwoord",
  withCode: "Code per e-mail",
  note: "Alle gegevens in het voorbeeldcentrum zijn verzonnen.",
  exists: "Er is al een voorbeeldcentrum.",
};
