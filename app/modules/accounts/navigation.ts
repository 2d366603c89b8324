import type { Role } from "~/db/values";
import type { SectionPart } from "~/ui/section-nav";
import type { NavItem } from "~/ui/shell";

/**
 * The parts of a menu item that has more than one list, shown as tabs under the page heading
 * (`<SectionNav labelKey="nav.inzet" parts={sections.inzet} />` from `~/ui/section-nav`, right
 * under `PageHeading`) on each part's index page. The menu item is marked on every part's paths.
 */
export const sections = {
  /** Inzet: requests, tandems and policy trajectories. */
  inzet: [
    { to: "/requests", labelKey: "nav.parts.requests" },
    { to: "/tandems", labelKey: "nav.parts.tandems" },
    { to: "/policy", labelKey: "nav.parts.policy" },
  ],
  /** Pool: the experts, their intervisie groups and their coaching. */
  pool: [
    { to: "/pool", labelKey: "nav.parts.experts" },
    { to: "/intervisie", labelKey: "nav.parts.intervisie" },
    { to: "/coaching", labelKey: "nav.parts.coaching" },
  ],
  /** Vraagbaak: the questions, and the knowledge base made from their answers. */
  advice: [
    { to: "/advice", labelKey: "nav.parts.questions" },
    { to: "/knowledge", labelKey: "nav.parts.knowledge" },
  ],
  /** Effecten: the impact figures, and the pilots' measurements before and after. */
  impact: [
    { to: "/impact", labelKey: "nav.parts.impact" },
    { to: "/pilots", labelKey: "nav.parts.pilots" },
  ],
} satisfies Record<string, SectionPart[]>;

/** The paths of a section's parts other than its first, so the menu item is marked on each part. */
function partsOf(parts: readonly SectionPart[]): string[] {
  return parts.slice(1).flatMap((part) => [part.to, ...(part.also ?? [])]);
}

/**
 * The main menu per role: people see only what they can use. Nine items at most, so the menu fits one
 * row at 1280 px; an item with several lists shows them as tabs (`sections` above); "Mijn account" is the person's name in the header, and users, exports and the log
 * are under "Beheer" (the settings page links to them).
 */
export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case "admin":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.inzet", also: partsOf(sections.inzet) },
        { to: "/pool", labelKey: "nav.pool", also: partsOf(sections.pool) },
        { to: "/training", labelKey: "nav.training" },
        { to: "/employers", labelKey: "nav.employers", also: ["/vacancies"] },
        { to: "/advice", labelKey: "nav.advice", also: ["/knowledge"] },
        { to: "/impact", labelKey: "nav.impact", also: partsOf(sections.impact) },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/settings", labelKey: "nav.manage", also: ["/users", "/export", "/audit", "/privacy"] },
      ];
    case "coordinator":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.inzet", also: partsOf(sections.inzet) },
        { to: "/pool", labelKey: "nav.pool", also: partsOf(sections.pool) },
        { to: "/training", labelKey: "nav.training" },
        { to: "/employers", labelKey: "nav.employers", also: ["/vacancies"] },
        { to: "/advice", labelKey: "nav.advice", also: ["/knowledge"] },
        { to: "/impact", labelKey: "nav.impact", also: partsOf(sections.impact) },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/settings", labelKey: "nav.manage", also: ["/export", "/audit", "/privacy"] },
      ];
    case "expert":
      return [
        { to: "/agenda", labelKey: "nav.agenda", also: ["/my-tandems"] },
        { to: "/my-intervisie", labelKey: "nav.myIntervisie" },
        { to: "/my-coaching", labelKey: "nav.myCoaching" },
      ];
    case "funder":
      return [{ to: "/impact", labelKey: "nav.impact" }];
    case "client_contact":
      return [
        { to: "/my-requests", labelKey: "nav.requests", also: ["/my-tandems"] },
        { to: "/knowledge", labelKey: "nav.knowledge" },
      ];
  }
}
