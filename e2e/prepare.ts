/**
 * Runs before the journeys' app server starts (see playwright.config.ts): gives every journey its own
 * centre with its own people (e2e/people.ts), and runs the journey's own data step when it has one
 * (listed in `journeyData`), so journeys never share or depend on each other's data.
 */
import type { Db } from "../app/db/client.server";
import { openDatabase } from "../app/db/client.server";
import { enrolWithSecret } from "../app/modules/accounts/two-factor.server";
import { addMember, createCentre } from "../app/modules/centres/create-centre.server";
import { accessJourneyData } from "./access.data";
import { adviceJourneyData } from "./advice.data";
import { coachingJourneyData } from "./coaching.data";
import { evaluationJourneyData } from "./evaluation.data";
import { impactJourneyData } from "./impact.data";
import { intervisieJourneyData } from "./intervisie.data";
import { matchingJourneyData } from "./matching.data";
import {
  addressJourneyData,
  fundersJourneyData,
  myWorkJourneyData,
  pagingJourneyData,
  publicJourneyData,
} from "./pages.data";
import { journeyCentres, NOT_ENROLLED, PASSWORD, TOTP_SECRET } from "./people";
import { pilotsJourneyData } from "./pilots.data";
import { policyJourneyData } from "./policy.data";
import { privacyJourneyData } from "./privacy.data";
import { requestsJourneyData } from "./requests.data";
import { tandemsJourneyData } from "./tandems.data";
import { vacanciesJourneyData } from "./vacancies.data";

type Ids = { centreId: string; users: Record<string, string> };

/** Journey data steps by centre slug: `(db, ids) => …` inserting what the journey starts from. */
const journeyData: Record<string, (db: Db, ids: Ids) => Promise<void>> = {
  "e2e-matching": matchingJourneyData,
  "e2e-evaluation": evaluationJourneyData,
  "e2e-requests": requestsJourneyData,
  "e2e-impact": impactJourneyData,
  "e2e-vacancies": vacanciesJourneyData,
  "e2e-policy": policyJourneyData,
  "e2e-advice": adviceJourneyData,
  "e2e-coaching": coachingJourneyData,
  "e2e-pilots": pilotsJourneyData,
  "e2e-intervisie": intervisieJourneyData,
  "e2e-tandems": tandemsJourneyData,
  "e2e-access-a": accessJourneyData,
  "e2e-access-b": accessJourneyData,
  "e2e-public": publicJourneyData,
  "e2e-funders": fundersJourneyData,
  "e2e-my-work": myWorkJourneyData,
  "e2e-address": addressJourneyData,
  "e2e-paging": pagingJourneyData,
  "e2e-privacy": privacyJourneyData,
};

const database = await openDatabase({ dataDir: process.env.DATA_DIR ?? "e2e/.run/app" });
for (const centre of journeyCentres) {
  const { id } = await createCentre(database.db, { centreName: centre.name, slug: centre.slug });
  const users: Record<string, string> = {};
  for (const person of centre.people) {
    const staff = person.role === "admin" || person.role === "coordinator";
    const password = staff ? PASSWORD : undefined;
    const { userId } = await addMember(database.db, { centreId: id, ...person, password });
    // staff sign in with password and app code; their app "knows" TOTP_SECRET (see fixtures.ts)
    if (staff && !NOT_ENROLLED.has(person.email)) await enrolWithSecret(database.db, userId, TOTP_SECRET);
    users[person.email] = userId;
  }
  await journeyData[centre.slug]?.(database.db, { centreId: id, users });
}
await database.close();
