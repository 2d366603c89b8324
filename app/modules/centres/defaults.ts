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
