package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A QUAD's package with the policy it was made under, its import register with the duty forgone per currency, and
 * how it stands against the policy in force today.
 */
public record PackageDetails(long id, long quadId, String quadName, PolicyDetails policy, LocalDate appliedOn,
		LandTerms landTerms, BigDecimal landSubsidyPercent, BigDecimal landMarketValue, Currency landCurrency,
		int taxExemptionYears, @Nullable LocalDate taxExemptionStart, @Nullable LocalDate taxExemptionEnd,
		boolean dutyFreeMachinery, BigDecimal solarMw, List<UtilityLine> utilityDiscounts, PackageStatus status,
		@Nullable LocalDate signedOn, @Nullable String signedBy, List<ImportEntryDetails> importEntries,
		Map<Currency, BigDecimal> dutyForgoneTotal, PolicyStanding standing, long version) {

	public record UtilityLine(Utility utility, BigDecimal discountPercent, BigDecimal annualBill, Currency currency) {
	}

	/** The policy in force today, and which of this package's terms it would not allow. */
	public record PolicyStanding(Standing standing, @Nullable Long policyInForceId, @Nullable String policyInForceName,
			List<FieldProblem> conflicts) {
	}

	public boolean signed() {
		return status == PackageStatus.SIGNED;
	}
}
