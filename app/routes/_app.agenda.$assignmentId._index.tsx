import { Form } from "react-router";
import type { RouteHandle } from "~/i18n/handle";
import { useTranslation } from "~/i18n/use-translation";
import { intent, runIntents } from "~/lib/intents.server";
import { redirectWithNotice } from "~/lib/notice";
import { uuidParam } from "~/lib/params";
import { requirePermission } from "~/modules/accounts/viewer.server";
import { agendaItem } from "~/modules/assignments/agenda.server";
import { declineInput, withdrawInput } from "~/modules/assignments/input";
import { declineReasons, withdrawReasons } from "~/modules/assignments/reasons";
import { confirmComing } from "~/modules/assignments/reminders.server";
import { acceptOffer, declineOffer } from "~/modules/assignments/respond-to-offer.server";
import { withdrawAssignment } from "~/modules/assignments/withdraw-assignment.server";
import { ChoiceGroup, ErrorSummary, FormActions, type FormState, SubmitButton, TextArea } from "~/ui/form";
import { IntentButton } from "~/ui/intent-button";
import { Link } from "~/ui/link";
import { PageNotice } from "~/ui/notice";
import { Facts, PageHeading, Section, StatusBadge } from "~/ui/page";
import { WhenWhere } from "~/ui/when-where";
import type { Route } from "./+types/_app.agenda.$assignmentId._index";

export const handle: RouteHandle = { i18n: ["agenda"], hydrate: false };

export async function loader({ request, params }: Route.LoaderArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const item = await scope.run((tx) => agendaItem(tx, scope, uuidParam(params.assignmentId)));
  return { item };
}

export async function action({ request, params }: Route.ActionArgs) {
  const scope = await requirePermission(request, "own:assignments");
  const assignmentId = uuidParam(params.assignmentId);
  const page = `/agenda/${assignmentId}`;
  return runIntents(request, {
    accept: intent({
      run: () => scope.run((tx) => acceptOffer(tx, scope, { assignmentId })),
      done: () => redirectWithNotice(page, "offerAccepted"),
    }),
    decline: intent({
      schema: declineInput,
      run: (value) => scope.run((tx) => declineOffer(tx, scope, { assignmentId, ...value })),
      done: () => redirectWithNotice(page, "offerDeclined"),
    }),
    withdraw: intent({
      schema: withdrawInput,
      run: (value) => scope.run((tx) => withdrawAssignment(tx, scope, { assignmentId, ...value })),
      done: () => redirectWithNotice(page, "assignmentWithdrawn"),
    }),
    coming: intent({
      run: () => scope.run((tx) => confirmComing(tx, scope, { assignmentId })),
      done: () => redirectWithNotice(page, "comingConfirmed"),
    }),
  });
}

type Item = Route.ComponentProps["loaderData"]["item"];

function About({ item }: { item: Item }) {
  const { t } = useTranslation("agenda");
  return (
    <div className="card stack">
      <WhenWhere slots={item.slots} online={item.online} place={item.place} area={item.areaName} />
      <Facts
        items={[
          { label: t("forWhom"), value: item.clientName ?? "–" },
          ...(item.workFormName ? [{ label: t("workForm"), value: item.workFormName }] : []),
          ...(item.description
            ? [{ label: t("asked"), value: <span className="pre-line">{item.description}</span> }]
            : []),
        ]}
      />
    </div>
  );
}

function Answer({ state }: { state: FormState }) {
  const { t } = useTranslation("agenda");
  return (
    <>
      <Section title={t("answer.heading")} id="answer">
        <IntentButton intent="accept">{t("answer.accept")}</IntentButton>
      </Section>
      <Section title={t("answer.declineHeading")} id="decline">
        <Form method="post" className="form" noValidate>
          <input type="hidden" name="intent" value="decline" />
          <ChoiceGroup
            name="reason"
            legend={t("answer.reason")}
            type="radio"
            required
            state={state}
            options={declineReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
          />
          <TextArea name="note" label={t("answer.note")} rows={3} state={state} />
          <FormActions>
            <SubmitButton secondary>{t("answer.decline")}</SubmitButton>
          </FormActions>
        </Form>
      </Section>
    </>
  );
}

function Withdraw({ state }: { state: FormState }) {
  const { t } = useTranslation("agenda");
  return (
    <Section title={t("withdraw.heading")} id="withdraw">
      <p className="utrecht-paragraph">{t("withdraw.intro")}</p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="intent" value="withdraw" />
        <ChoiceGroup
          name="reason"
          legend={t("withdraw.reason")}
          type="radio"
          required
          state={state}
          options={withdrawReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
        />
        <TextArea name="note" label={t("withdraw.note")} rows={3} state={state} />
        <FormActions>
          <SubmitButton secondary>{t("withdraw.submit")}</SubmitButton>
        </FormActions>
      </Form>
    </Section>
  );
}

/** One offer or inzet on the expert's phone: what it is, and the one or two things they can do now. */
export default function AgendaItem({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation("agenda");
  const { item } = loaderData;
  const upcoming = item.group === "upcoming";
  const active = (item.status === "accepted" || item.status === "confirmed") && upcoming;
  const tone = item.status === "offered" ? "warning" : item.status === "confirmed" ? "success" : "neutral";
  return (
    <>
      <PageHeading
        title={item.title}
        back={{ to: "/agenda", label: t("back") }}
        lead={<StatusBadge tone={tone}>{t(`status.${item.status}`)}</StatusBadge>}
      />
      <PageNotice />
      <ErrorSummary state={actionData} />
      <About item={item} />
      {item.status === "offered" ? <Answer state={actionData} /> : null}
      {item.canLogHours ? (
        <Section title={t("toWrite")} id="hours">
          <p className="utrecht-paragraph">{t("toWriteIntro")}</p>
          <Link className="utrecht-button utrecht-button--primary-action" to={`/agenda/${item.id}/hours`}>
            {t("hoursLink")}
          </Link>
        </Section>
      ) : null}
      {item.status === "confirmed" && upcoming ? (
        <Section title={t("coming.question")} id="coming">
          {item.coming ? (
            <p className="utrecht-paragraph">{t("coming.done")}</p>
          ) : (
            <IntentButton intent="coming">{t("coming.button")}</IntentButton>
          )}
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={`/agenda/${item.id}/ics`} download>
              {t("ics")}
            </a>
          </p>
        </Section>
      ) : null}
      {active ? <Withdraw state={actionData} /> : null}
    </>
  );
}
