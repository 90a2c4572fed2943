package org.quadhub.incentives;

import java.util.List;

/** The programme's fiscal ledger: every established QUAD's years summed, and one line per QUAD. */
public record ProgrammeFiscal(String baseCurrency, int assumptionsVersion, List<FiscalYear> years, FiscalTotals totals,
		FiscalResults results, List<QuadLine> quads) {

	public record QuadLine(long quadId, String quadName, FiscalTotals totals, FiscalResults results) {
	}
}
