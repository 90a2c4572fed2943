package org.quadhub.ip;

import jakarta.validation.Validator;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Technology-transfer milestones of a QUAD, with planned and actual dates and evidence. */
@Service
@Transactional
public class TransferMilestones {

	private final MilestoneRepository milestones;
	private final AgreementRepository agreements;
	private final IpAccess access;
	private final Validator validator;
	private final Clock clock;

	TransferMilestones(MilestoneRepository milestones, AgreementRepository agreements, IpAccess access,
			Validator validator, Clock clock) {
		this.milestones = milestones;
		this.agreements = agreements;
		this.access = access;
		this.validator = validator;
		this.clock = clock;
	}

	public MilestoneDetails create(Actor actor, long quadId, MilestoneCommand command) {
		access.write(actor, quadId);
		MilestoneStatus status = check(quadId, command);
		Instant now = clock.instant();
		Milestone milestone = new Milestone(quadId, actor.username(), now);
		milestone.apply(command, status, actor.username(), now);
		milestones.saveAndFlush(milestone);
		return milestone.details(LocalDate.now(clock));
	}

	public MilestoneDetails update(Actor actor, long quadId, long id, MilestoneCommand command) {
		access.write(actor, quadId);
		Milestone milestone = load(quadId, id);
		Checks.valid(validator, command);
		if (command.version() == null) {
			throw DomainProblem.invalid("version", "is required: send the version you last read");
		}
		if (milestone.version() != command.version()) {
			throw DomainProblem.staleVersion("Milestone", id);
		}
		MilestoneStatus status = check(quadId, command);
		milestone.apply(command, status, actor.username(), clock.instant());
		milestones.saveAndFlush(milestone);
		return milestone.details(LocalDate.now(clock));
	}

	@Transactional(readOnly = true)
	public List<MilestoneDetails> of(Actor actor, long quadId) {
		access.read(actor, quadId);
		LocalDate today = LocalDate.now(clock);
		return milestones.findAllByQuadIdOrderByPlannedDateAscIdAsc(quadId).stream().map(m -> m.details(today)).toList();
	}

	private MilestoneStatus check(long quadId, MilestoneCommand command) {
		Checks.valid(validator, command);
		MilestoneStatus status = command.status() == null ? MilestoneStatus.PLANNED : command.status();
		if (status == MilestoneStatus.ACHIEVED && command.actualDate() == null) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "achieved-needs-date", "Actual date missing",
					"An achieved milestone needs its actual date.",
					List.of(new DomainProblem.FieldProblem("actualDate", "is required when the status is ACHIEVED")));
		}
		if (command.actualDate() != null && command.actualDate().isAfter(LocalDate.now(clock))) {
			throw DomainProblem.invalid("actualDate", "must not be in the future");
		}
		if (command.agreementId() != null && agreements.findById(command.agreementId())
			.filter(a -> a.quadId() == quadId).isEmpty()) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "unknown-agreement", "Agreement not of this QUAD",
					"Agreement " + command.agreementId() + " is not an agreement of this QUAD.",
					List.of(new DomainProblem.FieldProblem("agreementId", "is not an agreement of this QUAD")));
		}
		return status;
	}

	private Milestone load(long quadId, long id) {
		return milestones.findById(id).filter(m -> m.quadId() == quadId)
			.orElseThrow(() -> DomainProblem.notFound("Milestone", id));
	}
}
