import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, inCentre, type Tx } from "~/db/client.server";
import { adviceQuestions, auditLog, jobs } from "~/db/schema";
import { parseForm } from "~/lib/forms.server";
import type { Actor } from "~/modules/accounts/actor";
import { formStamp } from "~/modules/requests/public-form.server";
import { createTestDatabase } from "~/test/database";
import { insertActor, insertCentre } from "~/test/factories";
import { askPublicQuestion, enterQuestion, LIMIT_PER_ADDRESS_HOUR } from "./ask-question.server";
import { answerQuestion, assignQuestion, closeQuestion, reopenQuestion } from "./handle-question.server";
import { type PublicQuestionInput, staffQuestionInput } from "./input";
import {
  listArticles,
  listQuestions,
  publicArticle,
  publicArticles,
  questionDetail,
  questionFigures,
  readArticle,
} from "./queries.server";
import { articleFromQuestion, setKnowledgePublic, updateArticle } from "./save-article.server";

let database: Database;
let centre: { id: string; slug: string };
let other: { id: string; slug: string };
let coordinator: Actor;
let colleague: Actor;
let contact: Actor;
let expert: Actor;
let otherCoordinator: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  centre = await insertCentre(database.db, { email: "info@centrum.example" });
  other = await insertCentre(database.db);
  coordinator = await insertActor(database.db, centre.id, "coordinator", "Carla Coördinator");
  colleague = await insertActor(database.db, centre.id, "coordinator", "Kees Collega");
  contact = await insertActor(database.db, centre.id, "client_contact");
  expert = await insertActor(database.db, centre.id, "expert");
  otherCoordinator = await insertActor(database.db, other.id, "coordinator");
});
afterAll(() => database.close());

const inOwn = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, centre.id, fn);
const inOther = <T>(fn: (tx: Tx) => Promise<T>) => inCentre(database.db, other.id, fn);

const T0 = Date.now();
async function values(slug: string, extra: Partial<PublicQuestionInput> = {}): Promise<PublicQuestionInput> {
  return {
    organisation: "Woonstichting De Linde",
    askerName: "Petra Jansen",
    askerEmail: `petra-${crypto.randomUUID().slice(0, 6)}@linde.example`,
    askerPhone: "",
    category: "contracts",
    question: "Welk contract geven wij een ervaringsdeskundige die twee dagen per week komt?",
    startedAt: await formStamp(database.db, slug, T0),
    ...extra,
  };
}

const mailsTo = async (to: string) =>
  (await database.db.select().from(jobs).where(eq(jobs.kind, "mail.send")))
    .map((job) => job.payload as { to: string; subject: string; text: string })
    .filter((mail) => mail.to === to);

describe("the public question form", () => {
  it("saves the question as new, sends the asker a receipt and tells the coordinators", async () => {
    const v = await values(centre.slug);
    const result = await askPublicQuestion(database.db, {
      slug: centre.slug,
      values: v,
      address: "10.0.0.1",
    });
    expect(result.saved).toBe(true);
    const rows = await inOwn((tx) => listQuestions(tx, coordinator, {}));
    expect(rows[0]).toMatchObject({
      organisation: "Woonstichting De Linde",
      status: "new",
      source: "public_form",
    });
    const [receipt] = await mailsTo(v.askerEmail);
    expect(receipt.subject).toBe("We hebben uw vraag ontvangen");
    expect(receipt.text).toContain("Beste Petra Jansen");
    expect(receipt.text).toContain(v.question);
    const [staffMail] = await mailsTo("info@centrum.example");
    expect(staffMail.subject).toContain("Woonstichting De Linde");
  });

  it("quietly ignores a filled trap field, a forged stamp and a stamp used twice", async () => {
    const before = (await inOwn((tx) => listQuestions(tx, coordinator, {}))).length;
    const trap = await askPublicQuestion(database.db, {
      slug: centre.slug,
      values: await values(centre.slug, { website: "http://spam.example" }),
      address: "10.0.0.2",
    });
    const forged = await askPublicQuestion(database.db, {
      slug: centre.slug,
      values: await values(centre.slug, { startedAt: "1.2.3" }),
      address: "10.0.0.2",
    });
    const once = await values(centre.slug);
    await askPublicQuestion(database.db, { slug: centre.slug, values: once, address: "10.0.0.3" });
    const twice = await askPublicQuestion(database.db, {
      slug: centre.slug,
      values: once,
      address: "10.0.0.3",
    });
    expect([trap.saved, forged.saved, twice.saved]).toEqual([false, false, false]);
    expect((await inOwn((tx) => listQuestions(tx, coordinator, {}))).length).toBe(before + 1);
  });

  it("refuses an expired stamp with a message, and too many questions from one address", async () => {
    const old = await values(centre.slug, {
      startedAt: await formStamp(database.db, centre.slug, T0 - 2 * 86_400_000),
    });
    await expect(
      askPublicQuestion(database.db, { slug: centre.slug, values: old, address: "10.0.0.4" }),
    ).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "advice:public.expired",
    });
    for (let i = 0; i < LIMIT_PER_ADDRESS_HOUR; i++)
      await askPublicQuestion(database.db, {
        slug: other.slug,
        values: await values(other.slug),
        address: "10.0.0.5",
      });
    await expect(
      askPublicQuestion(database.db, {
        slug: other.slug,
        values: await values(other.slug),
        address: "10.0.0.5",
      }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });
});

describe("handling a question", () => {
  it("assigns, answers (mailed to the asker), closes and reopens, with the time it took and an audit line per step", async () => {
    const { id } = await inOwn((tx) =>
      enterQuestion(
        tx,
        coordinator,
        staffQuestionInput.parse({
          organisation: "Gemeente Zuid",
          askerName: "Ahmed Bakker",
          askerEmail: "ahmed@zuid.example",
          category: "pay",
          question: "Hoe betalen wij een ervaringsdeskundige met een uitkering?",
        }),
      ),
    );
    await inOwn((tx) => assignQuestion(tx, coordinator, id, colleague.userId));
    const assignedMail = (await database.db.select().from(jobs).where(eq(jobs.kind, "mail.send")))
      .map((j) => j.payload as { subject: string })
      .filter((m) => m.subject === "Een vraag voor jou: Gemeente Zuid");
    expect(assignedMail).toHaveLength(1);
    await inOwn((tx) =>
      answerQuestion(
        tx,
        colleague,
        id,
        "U kunt een vrijwilligersvergoeding geven. Let op de grens per jaar.",
      ),
    );
    const [answerMail] = await mailsTo("ahmed@zuid.example");
    expect(answerMail.subject).toBe("Antwoord op uw vraag");
    expect(answerMail.text).toContain("vrijwilligersvergoeding");
    let detail = await inOwn((tx) => questionDetail(tx, coordinator, id));
    expect(detail.question).toMatchObject({
      status: "answered",
      assignedName: "Kees Collega",
      answeredName: "Kees Collega",
      took: 0,
    });
    await expect(
      inOwn((tx) => answerQuestion(tx, coordinator, id, "Nog een antwoord dat niet mag.")),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await inOwn((tx) => closeQuestion(tx, coordinator, id));
    await inOwn((tx) => reopenQuestion(tx, coordinator, id));
    detail = await inOwn((tx) => questionDetail(tx, coordinator, id));
    expect(detail.question.status).toBe("answered");
    const figures = await inOwn((tx) => questionFigures(tx, coordinator));
    expect(figures.medianDays).toBe(0);
    const audit = await inOwn((tx) => tx.select().from(auditLog).where(eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "status", "status", "status", "status"]);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toContain("ahmed");
  });

  it("assigns only to a team member of this centre", async () => {
    const { id } = await inOwn((tx) =>
      enterQuestion(
        tx,
        coordinator,
        staffQuestionInput.parse({
          organisation: "Zorggroep Noord",
          askerName: "Lies de Vries",
          askerEmail: "lies@noord.example",
          category: "guidance",
          question: "Wie begeleidt de ervaringsdeskundige op de werkvloer?",
        }),
      ),
    );
    for (const someone of [expert.userId, otherCoordinator.userId])
      await expect(inOwn((tx) => assignQuestion(tx, coordinator, id, someone))).rejects.toMatchObject({
        code: "INVALID",
        fields: { assignedTo: ["advice:errors.notStaff"] },
      });
  });

  it("bad input gives field messages and saves nothing", async () => {
    const form = new FormData();
    form.set("organisation", "X");
    form.set("askerEmail", "geen-adres");
    form.set("question", "Kort");
    const parsed = parseForm(form, staffQuestionInput);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(Object.keys(parsed.result.errors).sort()).toEqual([
        "askerEmail",
        "askerName",
        "category",
        "organisation",
        "question",
      ]);
  });

  it("another centre sees nothing, and weaker roles are refused", async () => {
    const [row] = await inOwn((tx) => tx.select({ id: adviceQuestions.id }).from(adviceQuestions).limit(1));
    expect(
      (await inOther((tx) => listQuestions(tx, otherCoordinator, {}))).map((q) => q.organisation),
    ).not.toContain("Gemeente Zuid");
    await expect(inOther((tx) => questionDetail(tx, otherCoordinator, row.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(inOther((tx) => closeQuestion(tx, otherCoordinator, row.id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const weaker of [contact, expert])
      await expect(inOwn((tx) => listQuestions(tx, weaker, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(inOwn((tx) => listArticles(tx, expert, {}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the knowledge base", () => {
  it("a good answer becomes a draft; once published a client contact finds it, once public and the centre open, anyone", async () => {
    const { id: questionId } = await inOwn((tx) =>
      enterQuestion(
        tx,
        coordinator,
        staffQuestionInput.parse({
          organisation: "Bibliotheek West",
          askerName: "Sara Peters",
          askerEmail: "sara@west.example",
          category: "training",
          question: "Welke opleiding heeft een ervaringsdeskundige gevolgd?",
        }),
      ),
    );
    await inOwn((tx) =>
      answerQuestion(
        tx,
        coordinator,
        questionId,
        "Onze ervaringsdeskundigen volgden een opleiding van een jaar.",
      ),
    );
    const { id } = await inOwn((tx) => articleFromQuestion(tx, coordinator, questionId));
    const draft = await inOwn((tx) => readArticle(tx, coordinator, id));
    expect(draft).toMatchObject({ published: false, category: "training", fromQuestionId: questionId });
    await expect(inOwn((tx) => readArticle(tx, contact, id))).rejects.toMatchObject({ code: "NOT_FOUND" });

    await inOwn((tx) =>
      updateArticle(tx, coordinator, id, {
        title: "Welke opleiding hebben ervaringsdeskundigen?",
        body: draft.body,
        category: "training",
        published: true,
        public: true,
      }),
    );
    expect(
      (await inOwn((tx) => listArticles(tx, contact, { search: "opleiding jaar" }))).map((a) => a.id),
    ).toEqual([id]);
    expect(await inOwn((tx) => listArticles(tx, contact, { search: "zwembad" }))).toEqual([]);

    await expect(publicArticles(database.db, centre.id, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inOwn((tx) => setKnowledgePublic(tx, contact, true))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await inOwn((tx) => setKnowledgePublic(tx, coordinator, true));
    expect((await publicArticles(database.db, centre.id, { search: "OPLEIDING" })).map((a) => a.id)).toEqual([
      id,
    ]);
    expect((await publicArticle(database.db, centre.id, id)).title).toContain("opleiding");
    await expect(publicArticle(database.db, other.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(inOther((tx) => readArticle(tx, otherCoordinator, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("an unpublished article is never public", async () => {
    const [q] = await inOwn((tx) =>
      tx
        .select({ id: adviceQuestions.id })
        .from(adviceQuestions)
        .where(eq(adviceQuestions.status, "answered"))
        .limit(1),
    );
    const made = await inOwn((tx) => articleFromQuestion(tx, coordinator, q.id));
    await inOwn((tx) =>
      updateArticle(tx, coordinator, made.id, {
        title: "Een concept",
        body: "Dit is nog niet klaar voor iedereen.",
        category: "other",
        published: false,
        public: true,
      }),
    );
    expect((await inOwn((tx) => readArticle(tx, coordinator, made.id))).public).toBe(false);
  });
});
