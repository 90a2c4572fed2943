package org.quadhub.incentives;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.quads.Quads;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Financing instruments linked to QUADs (concessional loans, training grants, export-credit guarantees) and their
 * disbursements. The authority and zone officers record them; whoever may read the QUAD reads them. Disbursements
 * never exceed the instrument's amount.
 */
@Service
@Transactional
public class Financing {

	private final FinancingRepository instruments;
	private final Quads quads;
	private final Validator validator;
	private final Clock clock;

	Financing(FinancingRepository instruments, Quads quads, Validator validator, Clock clock) {
		this.instruments = instruments;
		this.quads = quads;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<FinancingDetails> ofQuad(Actor actor, long quadId) {
		quads.find(actor, quadId);
		return instruments.findAllByQuadIdOrderByAgreedOnAscIdAsc(quadId).stream().map(FinancingInstrument::details).toList();
	}

	public FinancingDetails add(Actor actor, long quadId, FinancingCommand command) {
		Incentives.requireAdministrator(actor);
		Checks.valid(validator, command);
		quads.find(actor, quadId);
		List<FieldProblem> problems = new ArrayList<>();
		Currency currency = Currency.USD;
		try {
			currency = Currency.parse("currency", command.currency());
		}
		catch (DomainProblem p) {
			problems.addAll(p.errors());
		}
		if (command.agreedOn().isAfter(LocalDate.now(clock))) {
			problems.add(new FieldProblem("agreedOn", "cannot be in the future"));
		}
		switch (command.kind()) {
			case CONCESSIONAL_LOAN:
				require(problems, command.interestRatePercent(), "interestRatePercent", command.kind());
				require(problems, command.tenorYears(), "tenorYears", command.kind());
				require(problems, command.graceYears(), "graceYears", command.kind());
				if (command.tenorYears() != null && command.graceYears() != null && command.graceYears() >= command.tenorYears()) {
					problems.add(new FieldProblem("graceYears", "must be shorter than the tenor"));
				}
				break;
			case TRAINING_GRANT:
				require(problems, command.trainees(), "trainees", command.kind());
				require(problems, command.programme() == null || command.programme().isBlank() ? null : command.programme(),
						"programme", command.kind());
				break;
			default:
				require(problems, command.coverPercent(), "coverPercent", command.kind());
				require(problems, command.premiumPercent(), "premiumPercent", command.kind());
		}
		if (!problems.isEmpty()) {
			throw DomainProblem.invalid(problems);
		}
		FinancingInstrument instrument = new FinancingInstrument(quadId, command, currency, actor.username(), clock.instant());
		instruments.saveAndFlush(instrument);
		return instrument.details();
	}

	public FinancingDetails disburse(Actor actor, long quadId, long instrumentId, DisbursementCommand command) {
		Incentives.requireAdministrator(actor);
		Checks.valid(validator, command);
		quads.find(actor, quadId);
		FinancingInstrument instrument = instruments.lockById(instrumentId)
			.filter(i -> i.quadId() == quadId)
			.orElseThrow(() -> DomainProblem.notFound("Financing instrument", instrumentId));
		if (command.currency() != null && Currency.parse("currency", command.currency()) != instrument.currency()) {
			throw DomainProblem.invalid("currency", "must be the instrument's currency " + instrument.currency());
		}
		if (command.date().isAfter(LocalDate.now(clock))) {
			throw DomainProblem.invalid("date", "cannot be in the future");
		}
		if (command.date().isBefore(instrument.agreedOn())) {
			throw DomainProblem.invalid("date", "cannot be before the agreement on " + instrument.agreedOn());
		}
		BigDecimal after = instrument.disbursed().add(command.amount());
		if (after.compareTo(instrument.amount()) > 0) {
			throw new DomainProblem(DomainProblem.Kind.RULE_VIOLATED, "over-disbursed", "More than the instrument's amount",
					"Disbursing " + command.amount().toPlainString() + " " + instrument.currency() + " would bring the total to "
							+ after.toPlainString() + ", above the amount of " + instrument.amount().toPlainString() + ".",
					List.of(new FieldProblem("amount", "exceeds the undisbursed "
							+ instrument.amount().subtract(instrument.disbursed()).toPlainString())));
		}
		instrument.disburse(new DisbursementRow(command.date(), command.amount(), command.note(), actor.username(), clock.instant()));
		instruments.saveAndFlush(instrument);
		return instrument.details();
	}

	private static void require(List<FieldProblem> problems, @Nullable Object value, String field, FinancingKind kind) {
		if (value == null) {
			problems.add(new FieldProblem(field, "is required for a " + kind));
		}
	}
}
