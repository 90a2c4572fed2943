package org.quadhub.ip;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.DomainProblem;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OwnershipSharesTest {

	private static List<BigDecimal> shares(String... values) {
		return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
	}

	@Test
	void exactlyOneHundredPasses() {
		assertDoesNotThrow(() -> IpAccess.requireHundred(shares("100")));
		assertDoesNotThrow(() -> IpAccess.requireHundred(shares("100.0000")));
		assertDoesNotThrow(() -> IpAccess.requireHundred(shares("50", "25.5", "24.5")));
		assertDoesNotThrow(() -> IpAccess.requireHundred(shares("33.3334", "33.3333", "33.3333")));
	}

	@Test
	void anythingElseIsARuleViolationNamingTheSharesField() {
		for (String[] wrong : new String[][] { { "99.99" }, { "100.01" }, { "50", "49.99" }, { "60", "40.01" },
				{ "33.3333", "33.3333", "33.3333" }, { "0" } }) {
			DomainProblem problem = assertThrows(DomainProblem.class, () -> IpAccess.requireHundred(shares(wrong)));
			assertEquals(DomainProblem.Kind.RULE_VIOLATED, problem.kind());
			assertEquals("shares-not-100", problem.slug());
			assertEquals("shares", problem.errors().get(0).field());
		}
	}
}
