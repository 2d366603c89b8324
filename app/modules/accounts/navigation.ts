import type { Role } from "~/db/values";
import type { NavItem } from "~/ui/shell";

/**
 * The main menu per role: people see only what they can use. Eight items at most, so the menu fits one
 * row at 1280 px; "Mijn account" is the person's name in the header, and users, exports and the log
 * are under "Beheer" (the settings page links to them).
 */
export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case "admin":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.requests" },
        { to: "/pool", labelKey: "nav.pool" },
        { to: "/training", labelKey: "nav.training" },
        { to: "/employers", labelKey: "nav.employers", also: ["/vacancies"] },
        { to: "/impact", labelKey: "nav.impact" },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/settings", labelKey: "nav.manage", also: ["/users", "/export", "/audit"] },
      ];
    case "coordinator":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.requests" },
        { to: "/pool", labelKey: "nav.pool" },
        { to: "/training", labelKey: "nav.training" },
        { to: "/employers", labelKey: "nav.employers", also: ["/vacancies"] },
        { to: "/impact", labelKey: "nav.impact" },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/settings", labelKey: "nav.manage", also: ["/export", "/audit"] },
      ];
    case "expert":
      return [{ to: "/agenda", labelKey: "nav.agenda" }];
    case "funder":
      return [{ to: "/impact", labelKey: "nav.impact" }];
    case "client_contact":
      return [{ to: "/my-requests", labelKey: "nav.requests" }];
  }
}
