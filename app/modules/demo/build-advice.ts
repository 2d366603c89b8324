import { randomUUID } from "node:crypto";
import type { adviceQuestions, adviceSettings, knowledgeArticles } from "~/db/schema";
import { addDays, amsterdamToDate } from "~/lib/dates";
import type { AdviceCategory, AdviceStatus } from "~/modules/advice/values";

export type DemoAdviceRows = {
  adviceQuestions: (typeof adviceQuestions.$inferInsert)[];
  knowledgeArticles: (typeof knowledgeArticles.$inferInsert)[];
  adviceSettings: (typeof adviceSettings.$inferInsert)[];
};

type Q = [
  organisation: string,
  asker: string,
  category: AdviceCategory,
  status: AdviceStatus,
  daysAgo: number,
  took: number,
  question: string,
  answer: string,
  article?: string,
];

/** A dozen invented questions from organisations, in plain Dutch; the good answers became articles. */
const questions: Q[] = [
  [
    "Woonstichting De Linde",
    "Petra Jansen",
    "contracts",
    "closed",
    60,
    2,
    "Welk contract geven wij een ervaringsdeskundige die twee dagen per week bij ons komt werken?",
    "U kunt kiezen uit een arbeidscontract of een vrijwilligersovereenkomst met een vergoeding. Werkt iemand vast op vaste dagen, dan past een arbeidscontract het best. Heeft iemand een uitkering, overleg dan eerst met de gemeente.",
    "Welk contract past bij een ervaringsdeskundige?",
  ],
  [
    "Gemeente Zuidveen",
    "Ahmed Bakker",
    "pay",
    "closed",
    45,
    1,
    "Hoeveel mogen wij een ervaringsdeskundige met een bijstandsuitkering betalen?",
    "Een vrijwilligersvergoeding mag tot een vast bedrag per maand en per jaar. Daarboven telt het als inkomen. Vraag de ervaringsdeskundige om het altijd te melden bij de gemeente. Wij helpen daar graag bij.",
    "Betalen als iemand een uitkering heeft",
  ],
  [
    "Zorggroep Noord",
    "Lies de Vries",
    "guidance",
    "answered",
    20,
    3,
    "Wie begeleidt de ervaringsdeskundige op de werkvloer? Moet dat een vaste collega zijn?",
    "Ja, een vaste collega als maatje werkt het best. Spreek af dat zij elke week even samen terugkijken. Het centrum biedt ook intervisie voor de ervaringsdeskundige zelf.",
    "Begeleiding op de werkvloer",
  ],
  [
    "Bibliotheek West",
    "Sara Peters",
    "training",
    "closed",
    38,
    4,
    "Welke opleiding hebben jullie ervaringsdeskundigen gevolgd?",
    "Onze ervaringsdeskundigen volgden een opleiding van een jaar. Ze leerden hun eigen verhaal te gebruiken, te luisteren en samen te werken met professionals. Na de opleiding krijgen ze een certificaat.",
    "Welke opleiding hebben ervaringsdeskundigen?",
  ],
  [
    "Welzijn Oost",
    "Mark de Boer",
    "other",
    "answered",
    12,
    0,
    "Kan een ervaringsdeskundige ook een gastles geven op een school?",
    "Ja, dat kan. Vraag het aan via ons aanvraagformulier. Noem de leeftijd van de leerlingen en hoe lang de les duurt.",
  ],
  [
    "Stichting Schuldhulp Samen",
    "Fatima El Amrani",
    "pay",
    "assigned",
    5,
    0,
    "Betalen wij reiskosten apart, of zit dat in het uurtarief?",
    "",
  ],
  [
    "Wijkteam Centrum",
    "Tom Visser",
    "guidance",
    "new",
    1,
    0,
    "Wat doen we als het even niet goed gaat met onze ervaringsdeskundige?",
    "",
  ],
  [
    "Thuiszorg Het Anker",
    "Ingrid Smit",
    "contracts",
    "new",
    0,
    0,
    "Moeten wij een verklaring omtrent gedrag (VOG) vragen?",
    "",
  ],
  [
    "Gemeente Zuidveen",
    "Ahmed Bakker",
    "training",
    "assigned",
    3,
    0,
    "Kunnen onze medewerkers ook een training krijgen over armoede?",
    "",
  ],
  [
    "Kringloop De Ruil",
    "Johan Mulder",
    "contracts",
    "answered",
    25,
    5,
    "Hoe lang duurt een proefperiode voor een ervaringsdeskundige?",
    "Dat is hetzelfde als voor andere collega's: bij een contract van een half jaar of langer mag het een maand zijn. Spreek vooraf af hoe u samen terugkijkt.",
    "De proefperiode",
  ],
  [
    "Zorggroep Noord",
    "Lies de Vries",
    "other",
    "closed",
    70,
    2,
    "Mogen ervaringsdeskundigen ook mee naar een overleg met een cliënt?",
    "Ja, als de cliënt dat goed vindt. Vraag het altijd eerst aan de cliënt. Bespreek vooraf wat de rol van de ervaringsdeskundige is.",
  ],
  [
    "Sportbedrijf Veenstad",
    "Noor Hendriks",
    "pay",
    "new",
    2,
    0,
    "Wij willen een ervaringsdeskundige inhuren voor een project van drie maanden. Wat kost dat?",
    "",
  ],
];

/** The advice desk's questions and the knowledge base, for the demo centre. */
export function buildAdvice(input: {
  centreId: string;
  today: string;
  coordinatorId: string | null;
}): DemoAdviceRows {
  const { centreId, today, coordinatorId } = input;
  const rows: DemoAdviceRows = {
    adviceQuestions: [],
    knowledgeArticles: [],
    adviceSettings: [{ centreId, knowledgePublic: true }],
  };
  questions.forEach(
    ([organisation, askerName, category, status, daysAgo, took, question, answer, article], i) => {
      const id = randomUUID();
      const asked = amsterdamToDate(addDays(today, -daysAgo), "10:15");
      const answeredAt = answer ? amsterdamToDate(addDays(today, -daysAgo + took), "15:30") : null;
      const slug = organisation
        .toLowerCase()
        .replace(/[^a-z]+/g, "-")
        .replace(/^-|-$/g, "");
      rows.adviceQuestions.push({
        id,
        centreId,
        organisation,
        askerName,
        askerEmail: `${askerName.split(" ")[0].toLowerCase()}@${slug}.example`,
        category,
        question,
        status,
        assignedTo: status === "new" ? null : coordinatorId,
        answer,
        answeredAt,
        answeredBy: answer ? coordinatorId : null,
        closedAt: status === "closed" && answeredAt ? new Date(answeredAt.getTime() + 86_400_000) : null,
        source: i % 4 === 3 ? "staff" : "public_form",
        createdAt: asked,
      });
      if (article && answeredAt)
        rows.knowledgeArticles.push({
          centreId,
          title: article,
          body: answer,
          category,
          fromQuestionId: id,
          published: true,
          public: i % 2 === 0,
          updatedBy: coordinatorId,
          updatedAt: answeredAt,
        });
    },
  );
  rows.knowledgeArticles.push({
    centreId,
    title: "Vrijwilligersvergoeding en belasting",
    body: "Concept: nog nakijken met de gemeente.",
    category: "pay",
    published: false,
    updatedBy: coordinatorId,
  });
  return rows;
}
