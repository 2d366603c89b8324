import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDateTime } from "~/lib/dates";
import { reflectionField } from "~/modules/coaching/values";
import { FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { EmptyState, Section } from "~/ui/page";
import { NoteCard } from "./notes";
import type { Note } from "./types";

/** The action's answer, only for the reflection form of that note. */
const stateOfNote = (state: FormState, noteId: string): FormState =>
  state?.values?.intent === "reflect" && state.values.noteId === noteId ? state : undefined;

/** The expert's notes, each with a form for their own reflection. */
export function MyNotesPart({ notes, state }: { notes: Note[]; state: FormState }) {
  const { t, i18n } = useTranslation("coaching");
  return (
    <Section title={t("mine.notes")} id="notes">
      <p className="utrecht-paragraph">{t("mine.notesIntro")}</p>
      {notes.length ? (
        <ul className="record-cards">
          {notes.map((note) => (
            <NoteCard key={note.id} note={note}>
              <Form method="post" className="form" noValidate>
                <input type="hidden" name="intent" value="reflect" />
                <input type="hidden" name="noteId" value={note.id} />
                <TextArea
                  name={reflectionField(note.id)}
                  label={t("mine.yourReflection")}
                  description={
                    note.reflectedAt
                      ? `${t("mine.reflectionHint")} ${t("mine.reflectedOn", { date: formatDateTime(note.reflectedAt, i18n.language) })}`
                      : t("mine.reflectionHint")
                  }
                  state={stateOfNote(state, note.id)}
                  defaultValue={note.expertReflection}
                  rows={4}
                  required
                />
                <FormActions>
                  <SubmitButton>{t("mine.saveReflection")}</SubmitButton>
                </FormActions>
              </Form>
            </NoteCard>
          ))}
        </ul>
      ) : (
        <EmptyState title={t("mine.notesEmpty")} />
      )}
    </Section>
  );
}
