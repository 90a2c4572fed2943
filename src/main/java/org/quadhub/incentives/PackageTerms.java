package org.quadhub.incentives;

import org.jspecify.annotations.Nullable;
import org.quadhub.shared.DomainProblem.FieldProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The normalised terms of a package, and the one rule that checks them against a policy version. */
record PackageTerms(long policyId, LocalDate appliedOn, LandTerms landTerms, BigDecimal landSubsidyPercent,
		BigDecimal landMarketValue, Currency landCurrency, int taxExemptionYears, @Nullable LocalDate taxExemptionStart,
		boolean dutyFreeMachinery, BigDecimal solarMw, List<PackageDetails.UtilityLine> utilities) {

	@Nullable
	LocalDate taxExemptionEnd() {
		return taxExemptionStart == null || taxExemptionYears == 0 ? null
				: taxExemptionStart.plusYears(taxExemptionYears).minusDays(1);
	}

	/** Every term of this package that the policy does not allow, each naming the package field and the policy term. */
	List<FieldProblem> breaches(PolicyDetails policy) {
		List<FieldProblem> out = new ArrayList<>();
		String of = " of policy '" + policy.name() + "'";
		if (taxExemptionYears > policy.maxTaxExemptionYears()) {
			out.add(new FieldProblem("taxExemptionYears", taxExemptionYears + " years exceeds the term maxTaxExemptionYears = "
					+ policy.maxTaxExemptionYears() + of));
		}
		if (dutyFreeMachinery && !policy.dutyFreeMachinery()) {
			out.add(new FieldProblem("dutyFreeMachinery", "duty-free machinery is not allowed by the term dutyFreeMachinery = false" + of));
		}
		if (landSubsidyPercent.compareTo(policy.maxLandSubsidyPercent()) > 0) {
			out.add(new FieldProblem("landSubsidyPercent", landSubsidyPercent.stripTrailingZeros().toPlainString()
					+ "% exceeds the term maxLandSubsidyPercent = "
					+ policy.maxLandSubsidyPercent().stripTrailingZeros().toPlainString() + "%" + of));
		}
		for (int i = 0; i < utilities.size(); i++) {
			PackageDetails.UtilityLine line = utilities.get(i);
			BigDecimal cap = policy.maxDiscountPercent(line.utility());
			if (line.discountPercent().compareTo(cap) > 0) {
				String term = "max" + line.utility().name().charAt(0) + line.utility().name().substring(1).toLowerCase()
						+ "DiscountPercent";
				out.add(new FieldProblem("utilityDiscounts[" + i + "].discountPercent",
						line.discountPercent().stripTrailingZeros().toPlainString() + "% exceeds the term " + term + " = "
								+ cap.stripTrailingZeros().toPlainString() + "%" + of));
			}
		}
		if (solarMw.signum() > 0 && !policy.solarProvision()) {
			out.add(new FieldProblem("solarMw", "solar provision is not allowed by the term solarProvision = false" + of));
		}
		else if (solarMw.signum() > 0 && policy.maxSolarMw() != null && solarMw.compareTo(policy.maxSolarMw()) > 0) {
			out.add(new FieldProblem("solarMw", solarMw.stripTrailingZeros().toPlainString() + " MW exceeds the term maxSolarMw = "
					+ policy.maxSolarMw().stripTrailingZeros().toPlainString() + of));
		}
		return out;
	}
}
