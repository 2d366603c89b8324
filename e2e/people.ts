import type { Role } from "../app/db/schema";

/** Invented people for the journeys; one centre per journey. */
export const PASSWORD = "e2e-wachtwoord-123";

/**
 * Admins and coordinators must use two-factor sign-in: e2e/prepare.ts switches it on for every
 * prepared staff member with this secret (as better-auth keeps it); `totpNow()` in fixtures.ts
 * computes the code an authenticator app would show. Invented, for the journeys only.
 */
export const TOTP_SECRET = "e2e-totp-secret-voor-de-journeys";

/** Staff who are prepared without two-factor sign-in, so a journey can show the enrolment. */
export const NOT_ENROLLED = new Set(["ada@accounts.example"]);

type Person = { name: string; email: string; role: Role };

export const journeyCentres: { slug: string; name: string; people: Person[] }[] = [
  {
    slug: "e2e-accounts",
    name: "Centrum Accounts",
    people: [
      { name: "Ada Beheer", email: "ada@accounts.example", role: "admin" },
      { name: "Cor Coördinator", email: "cor@accounts.example", role: "coordinator" },
    ],
  },
  {
    slug: "e2e-pool",
    name: "Centrum Pool",
    people: [
      { name: "Bea Beheer", email: "bea@pool.example", role: "admin" },
      { name: "Coen Coördinator", email: "coen@pool.example", role: "coordinator" },
    ],
  },
  {
    slug: "e2e-evaluation",
    name: "Centrum Evaluatie",
    people: [
      { name: "Cas Coördinator", email: "cas@evaluatie.example", role: "coordinator" },
      { name: "Eva Ervaring", email: "eva@evaluatie.example", role: "expert" },
      { name: "Kim Klant", email: "kim@evaluatie.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-requests",
    name: "Centrum Aanvragen",
    people: [
      { name: "Rik Regie", email: "rik@aanvragen.example", role: "coordinator" },
      { name: "Tineke Thuis", email: "tineke@aanvragen.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-matching",
    name: "Centrum Koppelen",
    people: [
      { name: "Marit Match", email: "marit@koppelen.example", role: "coordinator" },
      { name: "Fatima Yilmaz", email: "fatima@koppelen.example", role: "expert" },
      { name: "Jan de Boer", email: "jan@koppelen.example", role: "expert" },
      { name: "Carla Contact", email: "carla@koppelen.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-training",
    name: "Centrum Opleiding",
    people: [{ name: "Olga Opleiding", email: "olga@opleiding.example", role: "coordinator" }],
  },
  {
    slug: "e2e-impact",
    name: "Centrum Effecten",
    people: [
      { name: "Ilse Impact", email: "ilse@effecten.example", role: "coordinator" },
      { name: "Frank Financier", email: "frank@effecten.example", role: "funder" },
    ],
  },
  // the access table (e2e/access.spec.ts): two centres with every signed-in role each
  ...(["a", "b"] as const).map((c) => ({
    slug: `e2e-access-${c}`,
    name: `Centrum Toegang ${c.toUpperCase()}`,
    people: [
      { name: `Anna Beheer ${c.toUpperCase()}`, email: `admin@toegang-${c}.example`, role: "admin" as const },
      {
        name: `Co Regie ${c.toUpperCase()}`,
        email: `coordinator@toegang-${c}.example`,
        role: "coordinator" as const,
      },
      {
        name: `Eef Ervaring ${c.toUpperCase()}`,
        email: `expert@toegang-${c}.example`,
        role: "expert" as const,
      },
      {
        name: `Kees Klant ${c.toUpperCase()}`,
        email: `client_contact@toegang-${c}.example`,
        role: "client_contact" as const,
      },
      {
        name: `Fien Fonds ${c.toUpperCase()}`,
        email: `funder@toegang-${c}.example`,
        role: "funder" as const,
      },
    ],
  })),
  {
    slug: "e2e-vacancies",
    name: "Centrum Vacatures",
    people: [
      { name: "Vera Vacature", email: "vera@vacatures.example", role: "coordinator" },
      { name: "Anouk Visser", email: "anouk@vacatures.example", role: "expert" },
    ],
  },
  {
    slug: "e2e-privacy",
    name: "Centrum Privacy",
    people: [
      { name: "Pim Coördinator", email: "pim@privacy.example", role: "coordinator" },
      { name: "Pia Privé", email: "pia@privacy.example", role: "expert" },
      { name: "Paula Beheer", email: "paula@privacy.example", role: "admin" },
    ],
  },
  {
    slug: "e2e-advice",
    name: "Centrum Vraagbaak",
    people: [
      { name: "Vik Vraagbaak", email: "vik@vraagbaak.example", role: "coordinator" },
      { name: "Karin Kennis", email: "karin@vraagbaak.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-policy",
    name: "Centrum Beleid",
    people: [{ name: "Bea Beleid", email: "bea@beleid.example", role: "coordinator" }],
  },
  {
    slug: "e2e-coaching",
    name: "Centrum Begeleiding",
    people: [
      { name: "Cato Coach", email: "cato@begeleiding.example", role: "coordinator" },
      { name: "Dirk Tweede", email: "dirk@begeleiding.example", role: "coordinator" },
      { name: "Evi Ervaring", email: "evi@begeleiding.example", role: "expert" },
    ],
  },
  {
    slug: "e2e-pilots",
    name: "Centrum Pilots",
    people: [{ name: "Piet Pilot", email: "piet@pilots.example", role: "coordinator" }],
  },
  {
    slug: "e2e-intervisie",
    name: "Centrum Intervisie",
    people: [
      { name: "Ivo Intervisie", email: "ivo@intervisie.example", role: "coordinator" },
      { name: "Ilse Ervaring", email: "ilse@intervisie.example", role: "expert" },
    ],
  },
  {
    slug: "e2e-tandems",
    name: "Centrum Tandems",
    people: [
      { name: "Tara Tandem", email: "tara@tandems.example", role: "coordinator" },
      { name: "Eli Ervaring", email: "eli@tandems.example", role: "expert" },
      { name: "Pieter Prof", email: "pieter@tandems.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-employers",
    name: "Centrum Werkgevers",
    people: [{ name: "Wim Werk", email: "wim@werkgevers.example", role: "coordinator" }],
  },
  {
    slug: "e2e-import",
    name: "Centrum Import",
    people: [{ name: "Iris Import", email: "iris@import.example", role: "coordinator" }],
  },
  {
    slug: "e2e-public",
    name: "Centrum Openbaar",
    people: [{ name: "Pien Publiek", email: "pien@openbaar.example", role: "coordinator" }],
  },
  {
    slug: "e2e-first-steps",
    name: "Centrum Begin",
    people: [{ name: "Bram Begin", email: "bram@begin.example", role: "coordinator" }],
  },
  {
    slug: "e2e-funders",
    name: "Centrum Financiers",
    people: [{ name: "Fenna Beheer", email: "fenna@financiers.example", role: "admin" }],
  },
  {
    slug: "e2e-my-work",
    name: "Centrum Inzet",
    people: [
      { name: "Ina Inzet", email: "ina@inzet.example", role: "coordinator" },
      { name: "Emre Ervaring", email: "emre@inzet.example", role: "expert" },
    ],
  },
  {
    slug: "e2e-address",
    name: "Centrum Aanspreken",
    people: [
      { name: "Joris Jansen", email: "joris@aanspreken.example", role: "expert" },
      { name: "Ursula Uiterwijk", email: "ursula@aanspreken.example", role: "client_contact" },
    ],
  },
  {
    slug: "e2e-paging",
    name: "Centrum Lijsten",
    people: [{ name: "Lotte Lijst", email: "lotte@lijsten.example", role: "coordinator" }],
  },
];

/** A funder who gets a login only when the admin adds them on the users page (e2e/funders.spec.ts). */
export const NEW_FUNDER = { name: "Gerrit Geldgever", email: "gerrit@fonds.example" };

export function person(slug: string, role: Role): Person {
  const found = journeyCentres.find((c) => c.slug === slug)?.people.find((p) => p.role === role);
  if (!found) throw new Error(`no ${role} in ${slug}`);
  return found;
}
