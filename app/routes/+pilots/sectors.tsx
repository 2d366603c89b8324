import { useTranslation } from "~/i18n/use-translation";
import { EmptyState, Section } from "~/ui/page";
import { type ResultRow, StatementResults } from "./results";

export type SectorRow = { sector: string; pilots: number; statements: ({ text: string } & ResultRow)[] };

/** The pilots' effect per sector (impact dashboard): per sector a chart of the statements with the table beside it. */
export function PilotSectors({ sectors, limit }: { sectors: SectorRow[]; limit: number }) {
  const { t } = useTranslation(["pilots", "grants"]);
  return (
    <Section title={t("pilots:sectorResults.title")} id="pilots">
      <p className="utrecht-paragraph">{t("pilots:sectorResults.intro", { limit })}</p>
      {sectors.length === 0 ? (
        <EmptyState title={t("pilots:sectorResults.empty")} />
      ) : (
        sectors.map((s) => {
          const name = t(`grants:sectors.${s.sector}`, s.sector);
          return (
            <div key={s.sector}>
              <h3 className="utrecht-heading-3">
                {name}{" "}
                <span className="muted">({t("pilots:sectorResults.pilots", { count: s.pilots })})</span>
              </h3>
              <StatementResults
                id={`sector-${s.sector}`}
                caption={t("pilots:sectorResults.caption", { sector: name })}
                rows={s.statements}
                limit={limit}
              />
            </div>
          );
        })
      )}
    </Section>
  );
}
