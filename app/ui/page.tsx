import type { ReactNode } from "react";
import { Link } from "~/ui/link";

/** The page title in the tab and the one h1 of the page. */
export function PageTitle({ children }: { children: string }) {
  return (
    <>
      <title>{`${children} · Tandem`}</title>
      <h1 className="utrecht-heading-1">{children}</h1>
    </>
  );
}

/** The top of a page: an optional link back, the h1, a short line under it and the page's main actions. */
export function PageHeading({
  title,
  lead,
  back,
  actions,
}: {
  title: string;
  lead?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
}) {
  return (
    <div className="page-heading">
      {back ? (
        <Link className="utrecht-link back-link" to={back.to}>
          {back.label}
        </Link>
      ) : null}
      <PageTitle>{title}</PageTitle>
      {lead ? <p className="page-heading__lead">{lead}</p> : null}
      {actions ? <div className="actions">{actions}</div> : null}
    </div>
  );
}

/** A part of a page with its own heading; headings keep their distance from what is above them. */
export function Section({
  title,
  id,
  level = 2,
  actions,
  children,
  className,
}: {
  title: string;
  id: string;
  level?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={`section${className ? ` ${className}` : ""}`} aria-labelledby={`${id}-title`}>
      <div className="section__header">
        <Heading className={`utrecht-heading-${level}`} id={`${id}-title`}>
          {title}
        </Heading>
        {actions ? <div className="actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  );
}

/** What a list shows when there is nothing in it yet: what it is for, and the first thing to do. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty-state">
      <p className="utrecht-paragraph">
        <strong>{title}</strong>
      </p>
      {children ? <div className="muted">{children}</div> : null}
      {action ? <div className="actions">{action}</div> : null}
    </div>
  );
}

export type BadgeTone = "neutral" | "accent" | "success" | "warning" | "error";

/** A short status in a pill; the word carries the meaning, the colour only helps. */
export function StatusBadge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge${tone === "neutral" ? "" : ` badge--${tone}`}`}>{children}</span>;
}

/** Label–value pairs (a description list). */
export function Facts({ items }: { items: { label: string; value: ReactNode; key?: string }[] }) {
  return (
    <dl className="facts">
      {items.map((item) => (
        <div key={item.key ?? item.label} className="facts__pair">
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
