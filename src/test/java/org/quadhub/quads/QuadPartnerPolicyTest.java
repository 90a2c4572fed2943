package org.quadhub.quads;

import org.junit.jupiter.api.Test;
import org.quadhub.partners.OrganisationDetails;
import org.quadhub.partners.OrganisationKind;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QuadPartnerPolicyTest {

	private final Map<Long, OrganisationDetails> registry = new HashMap<>();

	private long org(long id, Country country, OrganisationKind kind, boolean active) {
		registry.put(id, new OrganisationDetails(id, "Org " + id, null, null, country, kind, List.of(), List.of(), null,
				null, null, null, null, null, null, active, Instant.EPOCH, Instant.EPOCH, 0));
		return id;
	}

	private Map<PartnerRole, Long> validSeats() {
		Map<PartnerRole, Long> seats = new EnumMap<>(PartnerRole.class);
		seats.put(PartnerRole.CHINESE_INDUSTRY, org(1, Country.CN, OrganisationKind.INDUSTRY, true));
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, org(2, Country.PK, OrganisationKind.INDUSTRY, true));
		seats.put(PartnerRole.CHINESE_ACADEMIA, org(3, Country.CN, OrganisationKind.ACADEMIA, true));
		seats.put(PartnerRole.PAKISTANI_ACADEMIA, org(4, Country.PK, OrganisationKind.ACADEMIA, true));
		return seats;
	}

	private static void checkAll(Map<PartnerRole, Long> seats, Map<Long, OrganisationDetails> found) {
		QuadPartnerPolicy.requireEveryRole(seats);
		QuadPartnerPolicy.requireKnown(seats, found);
		QuadPartnerPolicy.requireDistinct(seats);
		QuadPartnerPolicy.requireRoleFit(seats, found);
		QuadPartnerPolicy.requireActive(seats, found);
	}

	@Test
	void acceptsOneFittingActiveOrganisationPerRole() {
		assertThatCode(() -> checkAll(validSeats(), registry)).doesNotThrowAnyException();
	}

	@Test
	void rejectsTwoChineseCompaniesAndNoPakistaniOne() {
		Map<PartnerRole, Long> seats = validSeats();
		seats.put(PartnerRole.PAKISTANI_INDUSTRY, org(5, Country.CN, OrganisationKind.INDUSTRY, true));
		DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> checkAll(seats, registry));
		assertThat(problem.slug()).isEqualTo("partner-role-mismatch");
		assertThat(problem.kind()).isEqualTo(DomainProblem.Kind.RULE_VIOLATED);
		assertThat(problem.errors()).extracting(DomainProblem.FieldProblem::field)
			.containsExactly("partners.PAKISTANI_INDUSTRY");
	}

	@Test
	void rejectsAMissingRoleNamingIt() {
		Map<PartnerRole, Long> seats = validSeats();
		seats.remove(PartnerRole.PAKISTANI_ACADEMIA);
		DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> checkAll(seats, registry));
		assertThat(problem.slug()).isEqualTo("partner-role-missing");
		assertThat(problem.errors().get(0).message()).contains("Pakistani university");
	}

	@Test
	void rejectsTheSameOrganisationTwice() {
		Map<PartnerRole, Long> seats = validSeats();
		seats.put(PartnerRole.CHINESE_ACADEMIA, 1L);
		DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> checkAll(seats, registry));
		assertThat(problem.slug()).isEqualTo("partners-not-distinct");
	}

	@Test
	void rejectsAnInactiveOrganisation() {
		Map<PartnerRole, Long> seats = validSeats();
		seats.put(PartnerRole.CHINESE_ACADEMIA, org(6, Country.CN, OrganisationKind.ACADEMIA, false));
		DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> checkAll(seats, registry));
		assertThat(problem.slug()).isEqualTo("partner-inactive");
		assertThat(problem.errors()).extracting(DomainProblem.FieldProblem::field)
			.containsExactly("partners.CHINESE_ACADEMIA");
	}

	@Test
	void rejectsAnUnregisteredOrganisation() {
		Map<PartnerRole, Long> seats = validSeats();
		seats.put(PartnerRole.CHINESE_ACADEMIA, 404L);
		DomainProblem problem = catchThrowableOfType(DomainProblem.class, () -> checkAll(seats, registry));
		assertThat(problem.slug()).isEqualTo("partner-not-found");
	}
}
