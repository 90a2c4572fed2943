package org.quadhub.ip;

import jakarta.validation.Validator;
import org.quadhub.quads.QuadDetails;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * IP agreements of a QUAD: joint development, licence, assignment, technology transfer, confidentiality. The
 * coordinating authority and the QUAD's own partners write; other signed-in roles read; royalty terms stay with the
 * authority and the QUAD's partners.
 */
@Service
@Transactional
public class Agreements {

	private final AgreementRepository agreements;
	private final IpAccess access;
	private final Validator validator;
	private final Clock clock;

	Agreements(AgreementRepository agreements, IpAccess access, Validator validator, Clock clock) {
		this.agreements = agreements;
		this.access = access;
		this.validator = validator;
		this.clock = clock;
	}

	public AgreementDetails create(Actor actor, long quadId, AgreementCommand command) {
		QuadDetails quad = access.write(actor, quadId);
		Checks.valid(validator, command);
		checkDates(command);
		List<Stake> parties = IpAccess.resolve(quad, Objects.requireNonNull(command.parties()), "parties");
		AgreementStatus status = command.status() == null ? AgreementStatus.DRAFT : command.status();
		if (status == AgreementStatus.TERMINATED || status == AgreementStatus.EXPIRED) {
			throw DomainProblem.invalid("status", "a new agreement is DRAFT, SIGNED or IN_FORCE");
		}
		Instant now = clock.instant();
		Agreement agreement = new Agreement(quadId, actor.username(), now);
		agreement.apply(command, parties, status, actor.username(), now);
		agreements.saveAndFlush(agreement);
		return agreement.details(true);
	}

	public AgreementDetails update(Actor actor, long quadId, long id, AgreementCommand command) {
		QuadDetails quad = access.write(actor, quadId);
		Agreement agreement = load(quadId, id);
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you last read");
		}
		if (agreement.version() != command.version()) {
			throw DomainProblem.staleVersion("Agreement", id);
		}
		checkDates(command);
		List<Stake> parties = IpAccess.resolve(quad, Objects.requireNonNull(command.parties()), "parties");
		AgreementStatus status = command.status() == null ? agreement.status() : command.status();
		if (status != agreement.status() && !agreement.status().next().contains(status)) {
			throw new DomainProblem(DomainProblem.Kind.CONFLICT, "illegal-agreement-status",
					"Status change not allowed", "An agreement cannot move from " + agreement.status() + " to "
							+ status + "; allowed: " + agreement.status().next() + ".",
					List.of(new DomainProblem.FieldProblem("status", "cannot move from " + agreement.status())));
		}
		agreement.apply(command, parties, status, actor.username(), clock.instant());
		agreements.saveAndFlush(agreement);
		return agreement.details(true);
	}

	@Transactional(readOnly = true)
	public List<AgreementDetails> of(Actor actor, long quadId) {
		QuadDetails quad = access.read(actor, quadId);
		boolean terms = IpAccess.seesCommercialTerms(actor, quad);
		return agreements.findAllByQuadIdOrderByStartDateDescIdDesc(quadId).stream().map(a -> a.details(terms)).toList();
	}

	@Transactional(readOnly = true)
	public AgreementDetails find(Actor actor, long quadId, long id) {
		QuadDetails quad = access.read(actor, quadId);
		return load(quadId, id).details(IpAccess.seesCommercialTerms(actor, quad));
	}

	private Agreement load(long quadId, long id) {
		return agreements.findById(id).filter(a -> a.quadId() == quadId)
			.orElseThrow(() -> DomainProblem.notFound("Agreement", id));
	}

	private static void checkDates(AgreementCommand command) {
		if (command.endDate() != null && command.startDate() != null && command.endDate().isBefore(command.startDate())) {
			throw DomainProblem.invalid("endDate", "must not be before startDate");
		}
	}
}
