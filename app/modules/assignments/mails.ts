import { formatDate, formatTime } from "~/lib/dates";
import type { Mail } from "~/modules/mail/send.server";

/**
 * The mails of offers and inzet, in plain Dutch (taalniveau B1): short sentences, what to do next.
 * They never hold private notes, and an expert never sees who else was asked.
 */
type Info = {
  number: number;
  title: string;
  online: boolean;
  place: string;
  areaName: string | null;
  clientName: string | null;
  slots: { startsAt: Date; endsAt: Date }[];
};

export function whenText(slots: Info["slots"]): string {
  if (slots.length === 0) return "De datum volgt nog.";
  return slots
    .map(
      (s) =>
        `${formatDate(s.startsAt, "nl")}, ${formatTime(s.startsAt, "nl")} tot ${formatTime(s.endsAt, "nl")}`,
    )
    .join("\n");
}

export function whereText(info: Pick<Info, "online" | "place" | "areaName">): string {
  if (info.online) return "Online";
  return [info.place, info.areaName].filter(Boolean).join(", ") || "De plek volgt nog.";
}

const footer = ["", "Groet,", "Tandem"];

export function offerMail(to: string, firstName: string, info: Info, link: string): Mail {
  return {
    to,
    subject: `Nieuwe vraag voor jou: ${info.title}`,
    text: [
      `Hallo ${firstName},`,
      "",
      "We hebben een vraag voor je. Wil je dit doen?",
      "",
      `Wat: ${info.title}`,
      `Voor wie: ${info.clientName ?? "-"}`,
      `Waar: ${whereText(info)}`,
      `Wanneer:\n${whenText(info.slots)}`,
      "",
      "Zeg ja of nee via deze link:",
      link,
      ...footer,
    ].join("\n"),
  };
}

export function filledMail(to: string, firstName: string, info: Info, link: string): Mail {
  return {
    to,
    subject: `Vervuld: ${info.title}`,
    text: [
      `Hallo ${firstName},`,
      "",
      `De vraag "${info.title}" is vervuld. Er zijn genoeg mensen gevonden.`,
      "Je hoeft niets meer te doen. Dank je wel!",
      "",
      link,
      ...footer,
    ].join("\n"),
  };
}

export function cancelledOfferMail(to: string, firstName: string, info: Info): Mail {
  return {
    to,
    subject: `Gaat niet door voor jou: ${info.title}`,
    text: [
      `Hallo ${firstName},`,
      "",
      `De vraag "${info.title}" gaat voor jou niet door. Je hoeft niets te doen.`,
      "Dank je wel voor je tijd.",
      ...footer,
    ].join("\n"),
  };
}

export function confirmedExpertMail(to: string, firstName: string, info: Info, link: string): Mail {
  return {
    to,
    subject: `Bevestigd: ${info.title}`,
    text: [
      `Hallo ${firstName},`,
      "",
      "Het is rond. Je inzet is bevestigd.",
      "",
      `Wat: ${info.title}`,
      `Waar: ${whereText(info)}`,
      `Wanneer:\n${whenText(info.slots)}`,
      "",
      "Zet het in je agenda via deze link:",
      link,
      ...footer,
    ].join("\n"),
  };
}

export function clientConfirmationMail(
  to: string,
  contactName: string,
  info: Info,
  firstNames: string[],
  ics: string,
): Mail {
  return {
    to,
    subject: `Bevestiging aanvraag ${info.number}: ${info.title}`,
    text: [
      `Beste ${contactName},`,
      "",
      `Uw aanvraag "${info.title}" is rond.`,
      `Deze ervaringsdeskundigen komen: ${firstNames.join(", ")}.`,
      "",
      `Waar: ${whereText(info)}`,
      `Wanneer:\n${whenText(info.slots)}`,
      "",
      "In de bijlage staat een agenda-bestand (.ics). Open het om de afspraak in uw agenda te zetten.",
      ...footer,
    ].join("\n"),
    attachments: [{ filename: `aanvraag-${info.number}.ics`, content: ics, contentType: "text/calendar" }],
  };
}

export function withdrawnMail(
  to: string,
  expertFirstName: string,
  info: Info,
  reason: string,
  link: string,
): Mail {
  return {
    to,
    subject: `Afgemeld voor aanvraag ${info.number}: ${info.title}`,
    text: [
      "Hallo,",
      "",
      `${expertFirstName} kan niet meer komen bij aanvraag ${info.number} ("${info.title}").`,
      `Reden: ${reason}`,
      "",
      "De aanvraag staat weer open. Zoek iemand anders via:",
      link,
      ...footer,
    ].join("\n"),
  };
}

export function reminderMail(to: string, firstName: string, info: Info, link: string): Mail {
  return {
    to,
    subject: `Morgen: ${info.title}`,
    text: [
      `Hallo ${firstName},`,
      "",
      "Morgen is je inzet. Kom je?",
      "",
      `Wat: ${info.title}`,
      `Waar: ${whereText(info)}`,
      `Wanneer:\n${whenText(info.slots)}`,
      "",
      'Laat het ons weten met de knop "Ik kom":',
      link,
      "",
      "Kun je toch niet? Meld je dan af via dezelfde link.",
      ...footer,
    ].join("\n"),
  };
}
