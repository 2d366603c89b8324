import type { ReactNode } from "react";
import { Form } from "react-router";

/**
 * One button that posts one intent (and the ids it needs) to the page's action: "Neem aan", "Verwijder".
 * A form of its own, so it works without JavaScript.
 */
export function IntentButton({
  intent,
  fields,
  children,
  secondary,
  link,
  action,
  label,
}: {
  intent: string;
  /** Hidden fields sent with the intent, e.g. `{ id: row.id }`. */
  fields?: Record<string, string>;
  children: ReactNode;
  secondary?: boolean;
  /** Looks like a link (for quiet actions in a table row). */
  link?: boolean;
  /** Another route's action; the page's own by default. */
  action?: string;
  /** A fuller name for screen readers when the text alone is ambiguous ("Verwijder" → "Verwijder Fatima"). */
  label?: string;
}) {
  const className = link
    ? "link-button"
    : `utrecht-button ${secondary ? "utrecht-button--secondary-action" : "utrecht-button--primary-action"}`;
  return (
    <Form method="post" action={action} className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} aria-label={label}>
        {children}
      </button>
    </Form>
  );
}
