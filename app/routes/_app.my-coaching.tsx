import type { Tx } from "~/db/client.server";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import { formErrorFrom, invalid, parseForm } from "~/lib/forms.server";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { isUuid } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { allowReader, withdrawReader } from "~/modules/coaching/access.server";
import { accessInput, reflectionFormInput } from "~/modules/coaching/input";
import { reflectOnNote } from "~/modules/coaching/notes.server";
import { myCoaching, myTrajectoryId } from "~/modules/coaching/queries.server";
import { reflectionField } from "~/modules/coaching/values";
import { ErrorSummary } from "~/ui/form";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { EmptyState, PageHeading, Section } from "~/ui/page";
import { MyNotesPart } from "./+coaching/my-notes";
import { GoalsPart, MeetingsPart } from "./+coaching/plan";
import { ReadLog } from "./+coaching/read-log";
import { ReadersPart } from "./+coaching/readers";
import type { Route } from "./+types/_app.my-coaching";

export const handle: RouteHandle = { i18n: ["coaching"], hydrate: false };

/** The expert's own coaching: reading it here reads the notes, as the expert (not in their read log). */
export async function loader({ request }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  return { coaching: await scope.run((tx) => myCoaching(tx, scope)) };
}

export async function action({ request }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:assignments");
  /** Runs a command on the expert's own trajectory (found here, never taken from the form). */
  const own = <T,>(fn: (tx: Tx, trajectoryId: string) => Promise<T>) =>
    scope.run(async (tx) => fn(tx, await myTrajectoryId(tx, scope)));
  return runIntents(request, {
    // one form per note: the reflection's field is named for its note (unique ids on the page)
    reflect: async (formData) => {
      const noteId = formData.get("noteId");
      if (!isUuid(noteId)) return invalid({ errors: {}, values: {}, formError: "errors.INVALID" });
      const parsed = parseForm(formData, reflectionFormInput(noteId));
      if (!parsed.ok) return invalid(parsed.result);
      try {
        const reflection = String(parsed.value[reflectionField(noteId)]);
        await own((tx, id) => reflectOnNote(tx, scope, id, { noteId, reflection }));
        return redirectWithNotice("/my-coaching#notes", "coachingReflection");
      } catch (error) {
        return formErrorFrom(error, formData);
      }
    },
    allow: intent({
      schema: accessInput,
      run: (value) => own((tx, id) => allowReader(tx, scope, id, value.userId)),
      done: () => redirectWithNotice("/my-coaching#readers", "coachingAllowed"),
    }),
    withdraw: intent({
      schema: accessInput,
      run: (value) => own((tx, id) => withdrawReader(tx, scope, id, value.userId)),
      done: () => redirectWithNotice("/my-coaching#readers", "coachingWithdrawn"),
    }),
  });
}

export default function MyCoaching({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("coaching");
  const { coaching } = loaderData;
  if (!coaching)
    return (
      <>
        <PageHeading title={t("mine.title")} />
        <EmptyState title={t("mine.empty")}>{t("mine.emptyBody")}</EmptyState>
      </>
    );
  const { trajectory } = coaching;
  return (
    <>
      <PageHeading
        title={t("mine.title")}
        lead={t("mine.lead", {
          coach: trajectory.coachName,
          date: formatDate(trajectory.startsOn, i18n.language),
        })}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      {trajectory.status === "ended" ? <p className="utrecht-paragraph">{t("mine.ended")}</p> : null}
      {trajectory.purpose ? (
        <Section title={t("mine.purpose")} id="purpose">
          <p className="utrecht-paragraph pre-line">{trajectory.purpose}</p>
        </Section>
      ) : null}
      <GoalsPart goals={coaching.goals} title={t("mine.goals")} empty={t("mine.goalsEmpty")} />
      <MeetingsPart meetings={coaching.meetings} title={t("mine.meetings")} empty={t("mine.meetingsEmpty")} />
      <MyNotesPart notes={coaching.notes} state={actionData} />
      <ReadersPart
        coach={trajectory.coachName}
        allowed={coaching.allowed}
        candidates={coaching.candidates}
        state={actionData}
      />
      <Section title={t("mine.log")} id="reads">
        <p className="utrecht-paragraph">{t("mine.logIntro")}</p>
        <ReadLog log={coaching.log} caption={t("mine.logCaption")} empty={t("mine.logEmpty")} />
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to="/account/reads">
            {t("mine.allReads")}
          </Link>
        </p>
      </Section>
    </>
  );
}
