package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Sector;

import java.time.LocalDate;
import java.util.List;

/** A QUAD's fiscal ledger: what it costs the treasury and what it brings, year by year, with the results. */
public record QuadFiscal(long quadId, String quadName, Sector sector, @Nullable LocalDate establishedOn,
		String baseCurrency, int assumptionsVersion, boolean hasPackage, boolean packageSigned, List<FiscalYear> years,
		FiscalTotals totals, FiscalResults results, List<String> notes) {
}
