/**
 * Data for the privacy journey (centre e2e-privacy): Pia is in the pool with a login and private
 * notes by the coordinators, and followed the training (benefit before it: bijstand). Invented.
 */
import { type Db, inCentre } from "../app/db/client.server";
import { cohorts, experts, trainees } from "../app/db/schema";
import { person } from "./people";

export async function privacyJourneyData(db: Db, ids: { centreId: string; users: Record<string, string> }) {
  const { centreId } = ids;
  await inCentre(db, centreId, async (tx) => {
    const [expert] = await tx
      .insert(experts)
      .values({
        centreId,
        userId: ids.users[person("e2e-privacy", "expert").email],
        firstName: "Pia",
        lastName: "Privé",
        email: person("e2e-privacy", "expert").email,
        status: "active",
        certifiedOn: "2025-06-27",
        profileText: "Ik vertel over rondkomen met weinig geld.",
        privateNotes: "Liever geen avonden in de winter.",
      })
      .returning({ id: experts.id });
    const [cohort] = await tx
      .insert(cohorts)
      .values({ centreId, name: "Keuzedeel 2024", startsOn: "2024-09-02", endsOn: "2025-06-27" })
      .returning({ id: cohorts.id });
    await tx.insert(trainees).values({
      centreId,
      cohortId: cohort.id,
      expertId: expert.id,
      firstName: "Pia",
      lastName: "Privé",
      intakeStatus: "accepted",
      status: "certified",
      certifiedOn: "2025-06-27",
      situationBefore: "long_term_unemployed",
      benefitBefore: "bijstand",
    });
  });
}
