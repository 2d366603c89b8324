import { Form } from "react-router";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate } from "~/lib/dates";
import type { NoteAccess } from "~/modules/coaching/note-access";
import { FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { Notice } from "~/ui/notice";
import { EmptyState, Section } from "~/ui/page";
import { ReadLog } from "./read-log";
import { type Note, type NoteRead, stateFor } from "./types";

/** One note as a card: who wrote it and when, the text, and the expert's reflection under it. */
export function NoteCard({ note, children }: { note: Note; children?: React.ReactNode }) {
  const { t, i18n } = useTranslation("coaching");
  return (
    <li className="card">
      <h3 className="utrecht-heading-3">
        {t("mine.noteBy", {
          name: note.authorName ?? t("notes.formerColleague"),
          date: formatDate(note.createdAt, i18n.language),
        })}
      </h3>
      <p className="utrecht-paragraph pre-line">{note.text}</p>
      {children}
    </li>
  );
}

function Reflection({ note }: { note: Note }) {
  const { t } = useTranslation("coaching");
  return (
    <div className="stack">
      <p className="utrecht-paragraph">
        <strong>{t("notes.reflection")}</strong>
      </p>
      {note.expertReflection ? (
        <p className="utrecht-paragraph pre-line">{note.expertReflection}</p>
      ) : (
        <p className="utrecht-paragraph muted">{t("notes.noReflection")}</p>
      )}
    </div>
  );
}

/**
 * The notes on the staff page: only for a reader the rule lets in (the coach and whom the expert
 * allowed), and when the centre asks a reason first, only after one (notes is null until then).
 * Anyone else sees one sentence, nothing about the notes themselves, not even how many.
 */
export function StaffNotesPart({
  access,
  notes,
  allowed,
  log,
  state,
  closed,
}: {
  access: NoteAccess;
  notes: Note[] | null;
  allowed: { userId: string; name: string }[];
  log: NoteRead[] | null;
  state: FormState;
  /** What shows instead of the notes until the reader gives a reason (the route's reason form). */
  closed: React.ReactNode;
}) {
  const { t } = useTranslation("coaching");
  if (access === "none")
    return (
      <Section title={t("notes.title")} id="notes">
        <Notice kind="info">
          <p className="utrecht-paragraph">
            <strong>{t("notes.noAccess")}</strong>
          </p>
          <p className="utrecht-paragraph">{t("notes.noAccessBody")}</p>
        </Notice>
      </Section>
    );
  return (
    <>
      <Section title={t("notes.title")} id="notes">
        <p className="utrecht-paragraph">{t("notes.intro")}</p>
        <p className="utrecht-paragraph">
          {t("notes.allowed")}:{" "}
          {allowed.length ? allowed.map((a) => a.name).join(", ") : t("notes.allowedNone")}
        </p>
        {notes === null ? (
          closed
        ) : notes.length ? (
          <ul className="record-cards">
            {notes.map((note) => (
              <NoteCard key={note.id} note={note}>
                <Reflection note={note} />
              </NoteCard>
            ))}
          </ul>
        ) : (
          <EmptyState title={t("notes.empty")} />
        )}
        {access === "coach" ? (
          <Form method="post" className="form" noValidate>
            <input type="hidden" name="intent" value="note" />
            <TextArea
              name="note"
              label={t("notes.add")}
              description={t("notes.textHint")}
              state={stateFor(state, "note")}
              rows={5}
              required
            />
            <FormActions>
              <SubmitButton>{t("notes.addButton")}</SubmitButton>
            </FormActions>
          </Form>
        ) : null}
      </Section>
      {log ? (
        <Section title={t("log.title")} id="reads">
          <ReadLog log={log} caption={t("log.caption")} empty={t("log.empty")} />
        </Section>
      ) : null}
    </>
  );
}
