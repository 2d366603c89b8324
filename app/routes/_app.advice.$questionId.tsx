import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { formatDate, formatDateTime } from "~/lib/dates";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import {
  answerQuestion,
  assignQuestion,
  closeQuestion,
  reopenQuestion,
} from "~/modules/advice/handle-question.server";
import { answerInput, assignInput } from "~/modules/advice/input";
import { questionDetail, teamMembers } from "~/modules/advice/queries.server";
import { articleFromQuestion } from "~/modules/advice/save-article.server";
import { adviceStatusTone } from "~/modules/advice/values";
import { ErrorSummary, type FormState } from "~/ui/form";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { AnswerForm, AssignForm, CloseAndArticle } from "./+advice/question-actions";
import { Took } from "./+advice/took";
import type { Route } from "./+types/_app.advice.$questionId";

export const handle: RouteHandle = { i18n: ["advice"] };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const questionId = uuidParam(params.questionId);
  return scope.run(async (tx) => ({
    ...(await questionDetail(tx, scope, questionId)),
    team: await teamMembers(tx, scope),
  }));
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "advice:manage");
  const questionId = uuidParam(params.questionId);
  const page = `/advice/${questionId}`;
  return runIntents(request, {
    assign: intent({
      schema: assignInput,
      run: (v) => scope.run((tx) => assignQuestion(tx, scope, questionId, v.assignedTo)),
      done: () => redirectWithNotice(page, "adviceAssigned"),
    }),
    answer: intent({
      schema: answerInput,
      run: (v) => scope.run((tx) => answerQuestion(tx, scope, questionId, v.answer)),
      done: () => redirectWithNotice(page, "adviceAnswered"),
    }),
    close: intent({
      run: () => scope.run((tx) => closeQuestion(tx, scope, questionId)),
      done: () => redirectWithNotice(page, "adviceClosed"),
    }),
    reopen: intent({
      run: () => scope.run((tx) => reopenQuestion(tx, scope, questionId)),
      done: () => redirectWithNotice(page, "adviceReopened"),
    }),
    makeArticle: intent({
      run: () => scope.run((tx) => articleFromQuestion(tx, scope, questionId)),
      done: ({ id }) => redirectWithNotice(`/knowledge/${id}/edit`, "articleDraft"),
    }),
  });
}

export default function AdviceQuestion({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("advice");
  const { question: q, articles, team } = loaderData;
  const state = actionData as FormState;
  const none = <span className="muted">{t("detail.none")}</span>;
  const asker = [q.askerName, q.askerEmail, q.askerPhone].filter(Boolean).join(" · ");
  return (
    <>
      <PageHeading
        title={t("detail.title", { organisation: q.organisation })}
        back={{ to: "/advice", label: t("detail.back") }}
      />
      <PageNotice />
      <ErrorSummary state={state} />
      <p className="utrecht-paragraph">
        <StatusBadge tone={adviceStatusTone(q.status)}>{t(`statuses.${q.status}`)}</StatusBadge>{" "}
        {t(`categories.${q.category}`)}
      </p>
      <Section title={t("detail.question")} id="question">
        <p className="utrecht-paragraph pre-line">{q.question}</p>
      </Section>
      {q.answer ? (
        <Section title={t("detail.answer")} id="the-answer">
          <p className="utrecht-paragraph pre-line">{q.answer}</p>
          {q.answeredAt ? (
            <p className="utrecht-paragraph muted">
              {t("detail.answeredBy", {
                name: q.answeredName ?? "–",
                date: formatDateTime(q.answeredAt, i18n.language),
              })}
            </p>
          ) : null}
        </Section>
      ) : null}
      <AnswerForm q={q} state={state} />
      <AssignForm q={q} team={team} state={state} />
      <Section title={t("detail.facts")} id="facts">
        <Facts
          items={[
            { label: t("detail.asker"), value: asker },
            { label: t("detail.client"), value: q.clientName ?? none },
            { label: t("detail.source"), value: t(`sources.${q.source}`) },
            { label: t("detail.asked"), value: formatDateTime(q.createdAt, i18n.language) },
            { label: t("detail.assigned"), value: q.assignedName ?? none },
            { label: t("detail.took"), value: <Took days={q.took} /> },
            ...(q.closedAt
              ? [{ label: t("detail.closedAt"), value: formatDate(q.closedAt, i18n.language) }]
              : []),
          ]}
        />
      </Section>
      <CloseAndArticle q={q} articles={articles} />
    </>
  );
}
