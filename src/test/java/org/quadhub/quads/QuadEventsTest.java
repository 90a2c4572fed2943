package org.quadhub.quads;

import org.junit.jupiter.api.Test;
import org.quadhub.approvals.Approvals;
import org.quadhub.approvals.ApprovalsTestSupport;
import org.quadhub.shared.Actor;
import org.quadhub.support.Fixtures;
import org.quadhub.support.QuadHubTest;
import org.quadhub.users.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Later modules (zones, approvals, reporting, audit) learn about QUADs only through these events. */
@QuadHubTest
@RecordApplicationEvents
class QuadEventsTest {

	@Autowired
	Quads quads;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Approvals approvals;

	@Autowired
	Users users;

	@Test
	void proposalEveryTransitionAndEstablishmentArePublished() {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		ApprovalsTestSupport.approveEstablishment(approvals, users, quad.id());
		for (QuadStatus step : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED)) {
			quads.transition(Actor.system(), quad.id(), new TransitionQuad(step, "step", LocalDate.of(2024, 2, 29)));
		}
		assertThat(events.stream(QuadProposed.class)).anySatisfy(e -> {
			assertThat(e.quadId()).isEqualTo(quad.id());
			assertThat(e.partners()).hasSize(4);
		});
		assertThat(events.stream(QuadStatusChanged.class).filter(e -> e.quadId() == quad.id()))
			.extracting(QuadStatusChanged::to)
			.containsExactly(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
					QuadStatus.ESTABLISHED);
		assertThat(events.stream(QuadEstablished.class).filter(e -> e.quadId() == quad.id()))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.establishedOn()).isEqualTo(LocalDate.of(2024, 2, 29));
				assertThat(e.targetDate()).isEqualTo(LocalDate.of(2029, 2, 28));
			});
	}

	@Test
	void resumingAfterASuspensionIsNotASecondEstablishment() {
		QuadDetails quad = fixtures.quad(fixtures.quartet());
		ApprovalsTestSupport.approveEstablishment(approvals, users, quad.id());
		for (QuadStatus step : List.of(QuadStatus.UNDER_REVIEW, QuadStatus.APPROVED, QuadStatus.AGREEMENT_SIGNED,
				QuadStatus.ESTABLISHED, QuadStatus.SUSPENDED, QuadStatus.ESTABLISHED)) {
			quads.transition(Actor.system(), quad.id(), new TransitionQuad(step, "step", null));
		}
		assertThat(events.stream(QuadEstablished.class).filter(e -> e.quadId() == quad.id())).hasSize(1);
		assertThat(events.stream(QuadStatusChanged.class).filter(e -> e.quadId() == quad.id())).hasSize(6);
	}
}
