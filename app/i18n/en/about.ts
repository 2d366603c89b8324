import type { about as nl } from "../nl/about";
import type { Shape } from "./common";

export const about = {
  accessibility: {
    title: "Accessibility",
    intro:
      "Everyone must be able to use Tandem: on an old phone, with a keyboard only, with a screen reader, with large text or without JavaScript.",
    goalTitle: "What we promise",
    goal: "Tandem follows the WCAG 2.2 guidelines at level AA, the standard for Dutch government websites.",
    howTitle: "How we check it",
    how1: "With every change, every page is tested automatically with axe, on screens 360 and 1280 pixels wide.",
    how2: "We check that nothing is wider than the screen and that buttons are large enough to tap.",
    how3: "Forms also work without JavaScript and with a keyboard only.",
    how4: "The texts are in plain Dutch (level B1). There is an English version too.",
    limitsTitle: "What is not right yet",
    limits: "We know of no problems at the moment. Do you find one? Please tell us.",
    contactTitle: "Report a problem",
    contact:
      "Does something not work? Contact the expertise centre that helps you. Its address is at the bottom of every page. You get an answer within five working days.",
  },
} satisfies Shape<typeof nl>;
