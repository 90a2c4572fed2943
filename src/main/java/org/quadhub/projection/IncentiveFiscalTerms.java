package org.quadhub.projection;

import org.quadhub.incentives.AssumptionSet;
import org.quadhub.incentives.Assumptions;
import org.quadhub.incentives.Incentives;
import org.quadhub.incentives.PolicyDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The fiscal terms of projections from the incentives module: the corporate tax rate of the current assumptions set
 * and the tax-exemption years of the incentive policy in force today (none when no policy is in force).
 */
@Component
class IncentiveFiscalTerms implements FiscalAssumptions {

	private final Assumptions assumptions;
	private final Incentives incentives;
	private final Clock clock;

	IncentiveFiscalTerms(Assumptions assumptions, Incentives incentives, Clock clock) {
		this.assumptions = assumptions;
		this.incentives = incentives;
		this.clock = clock;
	}

	@Override
	public Optional<Terms> current() {
		AssumptionSet set = assumptions.current();
		Optional<PolicyDetails> policy = incentives.policyInForce(LocalDate.now(clock));
		int years = policy.map(PolicyDetails::maxTaxExemptionYears).orElse(0);
		String source = "Fiscal assumptions v" + set.version() + "; exemption years from the policy in force: "
				+ policy.map(PolicyDetails::name).orElse("none");
		return Optional.of(new Terms(set.citRate(), years, source));
	}
}
