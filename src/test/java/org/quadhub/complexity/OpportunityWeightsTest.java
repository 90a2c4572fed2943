package org.quadhub.complexity;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.DomainProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpportunityWeightsTest {

	@Test
	void readsNamedWeightsWithAliasesAndKeepsDefaultsForTheRest() {
		OpportunityWeights w = OpportunityWeights.parse("density=0.5, PCI:0.25,marketSize:0");
		assertThat(w).isEqualTo(new OpportunityWeights(0.5, 0.25, 0.2, 0.0, 0.2));
		assertThat(OpportunityWeights.parse(w.text())).isEqualTo(w);
		assertThat(OpportunityWeights.parse(null)).isEqualTo(OpportunityWeights.DEFAULT);
	}

	@Test
	void rejectsUnknownComponentsNegativeAndAllZeroWeights() {
		assertThatThrownBy(() -> OpportunityWeights.parse("luck:1")).isInstanceOf(DomainProblem.class)
			.hasMessageContaining("unknown component");
		assertThatThrownBy(() -> OpportunityWeights.parse("pci:-1")).isInstanceOf(DomainProblem.class);
		assertThatThrownBy(() -> OpportunityWeights.parse("pci:x")).isInstanceOf(DomainProblem.class);
		assertThatThrownBy(() -> OpportunityWeights.parse("feasibility:0,complexity:0,strategic:0,market:0,partner:0"))
			.isInstanceOf(DomainProblem.class).hasMessageContaining("positive");
	}

	@Test
	void percentileRanksGoFromZeroToOneAndTiesShareTheirMean() {
		assertThat(ComplexityAnalysis.percentiles(new double[] { 5, 1, 3, 3 }))
			.containsExactly(1.0, 0.0, 0.5, 0.5);
		assertThat(ComplexityAnalysis.percentiles(new double[] { 7 })).containsExactly(1.0);
	}
}
