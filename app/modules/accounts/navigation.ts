import type { Role } from "~/db/values";
import type { NavItem } from "~/ui/shell";

/** The main menu per role: people see only what they can use. */
export function navigationFor(role: Role): NavItem[] {
  switch (role) {
    case "admin":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.requests" },
        { to: "/pool", labelKey: "nav.pool" },
        { to: "/training", labelKey: "nav.training" },
        { to: "/impact", labelKey: "nav.impact" },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/users", labelKey: "nav.users" },
        { to: "/export", labelKey: "nav.export" },
        { to: "/audit", labelKey: "nav.audit" },
        { to: "/settings", labelKey: "nav.settings" },
        { to: "/account", labelKey: "nav.account" },
      ];
    case "coordinator":
      return [
        { to: "/start", labelKey: "nav.start" },
        { to: "/requests", labelKey: "nav.requests" },
        { to: "/pool", labelKey: "nav.pool" },
        { to: "/training", labelKey: "nav.training" },
        { to: "/impact", labelKey: "nav.impact" },
        { to: "/clients", labelKey: "nav.clients" },
        { to: "/export", labelKey: "nav.export" },
        { to: "/audit", labelKey: "nav.audit" },
        { to: "/settings", labelKey: "nav.settings" },
        { to: "/account", labelKey: "nav.account" },
      ];
    case "expert":
      return [
        { to: "/agenda", labelKey: "nav.agenda" },
        { to: "/account", labelKey: "nav.account" },
      ];
    case "funder":
      return [
        { to: "/impact", labelKey: "nav.impact" },
        { to: "/account", labelKey: "nav.account" },
      ];
    case "client_contact":
      return [
        { to: "/my-requests", labelKey: "nav.requests" },
        { to: "/account", labelKey: "nav.account" },
      ];
  }
}
