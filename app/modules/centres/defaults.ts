/** What a new centre starts with. Every list is the centre's own to edit afterwards. */
export const defaultThemes = [
  "generatiearmoede",
  "schulden",
  "laaggeletterdheid",
  "sociale uitsluiting",
  "eenoudergezin",
  "dakloosheid",
];

export const defaultWorkForms = [
  "workshop",
  "lezing of gastcollege",
  "tandem met een professional",
  "meedenken over beleid",
  "training van professionals",
  "casusanalyse",
];

/**
 * The steps of an employer's implementation checklist. The keys are Tandem's (texts per language in
 * the employers namespace; `intervisie_room` is read by the intervisie overview); the labels are
 * what the centre sees in its settings and may change. Migration 0014 gives existing centres the same.
 */
export const defaultChecklist = [
  { key: "job_profile", label: "Functieprofiel" },
  { key: "contract_type", label: "Soort contract" },
  { key: "pay_scale", label: "Loonschaal" },
  { key: "supervisor", label: "Vaste begeleider bij de werkgever" },
  { key: "intervisie_room", label: "Ruimte voor intervisie in werktijd" },
  { key: "colleagues_prepared", label: "Collega's zijn voorbereid" },
  { key: "evaluation_moment", label: "Moment van evaluatie afgesproken" },
] as const;
