package org.quadhub.committee;

import org.junit.jupiter.api.Test;
import org.quadhub.shared.Country;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinutesTest {

	private static final Instant DRAFTED = Instant.parse("2026-03-02T05:00:00Z");

	private static Minutes draft() {
		return new Minutes(7, "Draft text", "secretariat", DRAFTED);
	}

	@Test
	void pakistanSignsFirstThenChinaThenTheSecretariatIssues() {
		Minutes minutes = draft();
		assertThat(minutes.state()).isEqualTo(MinutesState.DRAFT);
		assertThat(minutes.state().waitingFor()).isEqualTo("PK");

		Instant pk = Instant.parse("2026-03-05T05:00:00Z");
		minutes.sign(Country.PK, "pk-member", pk, pk);
		assertThat(minutes.state()).isEqualTo(MinutesState.SIGNED_BY_PAKISTAN);
		assertThat(minutes.stateSince()).isEqualTo(pk);
		assertThat(minutes.state().waitingFor()).isEqualTo("CN");

		Instant cn = Instant.parse("2026-04-20T05:00:00Z");
		minutes.sign(Country.CN, "cn-member", cn, cn.plusSeconds(60));
		assertThat(minutes.state()).isEqualTo(MinutesState.SIGNED_BY_CHINA);
		assertThat(minutes.state().waitingFor()).isEqualTo("ISSUE");
		assertThat(minutes.signatures()).extracting(MinutesView.Signature::signedBy).containsExactly("pk-member", "cn-member");
		assertThat(minutes.signatures().get(1).recordedAt()).isEqualTo(cn.plusSeconds(60));

		minutes.finalise("secretariat", cn.plusSeconds(3600));
		assertThat(minutes.state()).isEqualTo(MinutesState.FINAL);
		assertThat(minutes.state().waitingFor()).isNull();
	}

	@Test
	void chinaCannotSignBeforePakistan() {
		Minutes minutes = draft();
		assertThatThrownBy(() -> minutes.sign(Country.CN, "cn", DRAFTED, DRAFTED))
			.isInstanceOfSatisfying(DomainProblem.class, p -> {
				assertThat(p.kind()).isEqualTo(DomainProblem.Kind.CONFLICT);
				assertThat(p.slug()).isEqualTo("signature-out-of-order");
			});
		assertThat(minutes.state()).isEqualTo(MinutesState.DRAFT);
		assertThat(minutes.signatures()).isEmpty();
	}

	@Test
	void chinaCannotDateItsSignatureBeforePakistans() {
		Minutes minutes = draft();
		Instant pk = Instant.parse("2026-03-05T05:00:00Z");
		minutes.sign(Country.PK, "pk", pk, pk);
		assertThatThrownBy(() -> minutes.sign(Country.CN, "cn", pk.minusSeconds(86400), pk))
			.isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.errors().get(0).field()).isEqualTo("signedOn"));
		assertThat(minutes.state()).isEqualTo(MinutesState.SIGNED_BY_PAKISTAN);
	}

	@Test
	void theTextIsFrozenFromTheFirstSignature() {
		Minutes minutes = draft();
		minutes.edit("Second draft");
		assertThat(minutes.text()).isEqualTo("Second draft");
		minutes.sign(Country.PK, "pk", DRAFTED, DRAFTED);
		assertThatThrownBy(() -> minutes.edit("Third draft"))
			.isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.slug()).isEqualTo("minutes-frozen"));
		assertThat(minutes.text()).isEqualTo("Second draft");
	}

	@Test
	void onlyMinutesSignedByBothSidesAreIssued() {
		Minutes minutes = draft();
		minutes.sign(Country.PK, "pk", DRAFTED, DRAFTED);
		assertThatThrownBy(() -> minutes.finalise("secretariat", DRAFTED))
			.isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.slug()).isEqualTo("minutes-not-signed"));
	}
}
