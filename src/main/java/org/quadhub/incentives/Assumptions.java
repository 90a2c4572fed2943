package org.quadhub.incentives;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.Constraints;
import org.quadhub.shared.DomainProblem;
import org.quadhub.shared.DomainProblem.FieldProblem;
import org.quadhub.shared.Sector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The versioned fiscal assumptions and the dated exchange-rate table. Everyone signed in reads them; the
 * coordinating authority makes a new assumptions version (never edits one) and records exchange rates.
 */
@Service
@Transactional
public class Assumptions {

	private final AssumptionSetRepository sets;
	private final ExchangeRateRepository rates;
	private final EntityManager entities;
	private final Validator validator;
	private final Clock clock;

	Assumptions(AssumptionSetRepository sets, ExchangeRateRepository rates, EntityManager entities, Validator validator,
			Clock clock) {
		this.sets = sets;
		this.rates = rates;
		this.entities = entities;
		this.validator = validator;
		this.clock = clock;
	}

	/** The version in use unless a caller names another: the latest. */
	@Transactional(readOnly = true)
	public AssumptionSet current() {
		int latest = sets.latestVersion().orElseThrow(() -> new IllegalStateException("No fiscal assumptions: migration V4_1 missing"));
		return version(latest);
	}

	@Transactional(readOnly = true)
	public AssumptionSet version(int version) {
		return sets.findById(version).map(AssumptionSetRow::value)
			.orElseThrow(() -> DomainProblem.notFound("Assumptions version", version));
	}

	@Transactional(readOnly = true)
	public AssumptionSet current(Actor actor) {
		Incentives.requireSignedIn(actor);
		return current();
	}

	@Transactional(readOnly = true)
	public AssumptionSet version(Actor actor, int version) {
		Incentives.requireSignedIn(actor);
		return version(version);
	}

	@Transactional(readOnly = true)
	public List<AssumptionSet> history(Actor actor) {
		Incentives.requireSignedIn(actor);
		return sets.findAllNewestFirst().stream().map(AssumptionSetRow::value).toList();
	}

	/** Makes the next version from the one the editor read; two editors of the same version: one wins, one gets 409. */
	public AssumptionSet revise(Actor actor, AssumptionsCommand command) {
		Incentives.requireAuthority(actor);
		Checks.valid(validator, command);
		AssumptionSet base = current();
		if (command.basedOnVersion() != base.version()) {
			throw stale(command.basedOnVersion(), base.version());
		}
		Map<Sector, AssumptionSet.SectorAssumption> sectors = new EnumMap<>(Sector.class);
		sectors.putAll(base.sectors());
		if (command.sectors() != null) {
			command.sectors().forEach((sector, v) -> sectors.put(sector,
					new AssumptionSet.SectorAssumption(v.dvaYear1(), v.dvaYear5(), v.jobsPerUsdBn(), v.profitMargin(),
							v.sourceNote().trim())));
		}
		for (Sector sector : Sector.values()) {
			if (!sectors.containsKey(sector)) {
				throw DomainProblem.invalid("sectors." + sector, "is required: the base version has no values for it");
			}
		}
		AssumptionSetRow row = new AssumptionSetRow(base.version() + 1, command, sectors, actor.username(), clock.instant());
		// persist, not merge: a concurrent revision of the same base hits the primary key and becomes a 409
		Constraints.writeOrConflict(() -> {
			entities.persist(row);
			entities.flush();
		}, () -> stale(command.basedOnVersion(), base.version() + 1));
		return row.value();
	}

	@Transactional(readOnly = true)
	public List<ExchangeRate> exchangeRates(Actor actor) {
		Incentives.requireSignedIn(actor);
		return rates.findAllOrdered().stream().map(ExchangeRateRow::value).toList();
	}

	public ExchangeRate recordRate(Actor actor, RecordExchangeRate command) {
		Incentives.requireAuthority(actor);
		Checks.valid(validator, command);
		Currency currency = Currency.parse("currency", command.currency());
		if (currency == Currency.PKR) {
			throw DomainProblem.invalid("currency", "rates are PKR per unit of USD or CNY; PKR itself needs none");
		}
		if (command.date().isAfter(LocalDate.now(clock))) {
			throw DomainProblem.invalid("date", "cannot be in the future");
		}
		ExchangeRateRow row = new ExchangeRateRow(currency, command, actor.username(), clock.instant());
		Constraints.writeOrConflict(() -> rates.saveAndFlush(row), () -> new DomainProblem(DomainProblem.Kind.CONFLICT,
				"duplicate-exchange-rate", "Rate already recorded",
				"A " + currency + " rate for " + command.date() + " is already recorded.",
				List.of(new FieldProblem("date", "already has a " + currency + " rate"))));
		return row.value();
	}

	/** Every rate by currency and date, for one ledger computation. */
	@Transactional(readOnly = true)
	RateTable rateTable() {
		Map<Currency, NavigableMap<LocalDate, BigDecimal>> byCurrency = new EnumMap<>(Currency.class);
		for (ExchangeRateRow row : rates.findAllOrdered()) {
			ExchangeRate rate = row.value();
			byCurrency.computeIfAbsent(rate.currency(), c -> new TreeMap<>()).put(rate.date(), rate.pkrPerUnit());
		}
		return new RateTable(byCurrency);
	}

	private static DomainProblem stale(int read, int current) {
		return new DomainProblem(DomainProblem.Kind.CONFLICT, "stale-version", "Edited by someone else",
				"You edited assumptions version " + read + " but version " + current
						+ " exists meanwhile; reload and apply your change again.");
	}

	/** PKR per unit by currency and date; a calendar year uses the latest rate on or before its 31 December. */
	record RateTable(Map<Currency, NavigableMap<LocalDate, BigDecimal>> byCurrency) {

		@Nullable
		BigDecimal pkrPerUnit(Currency currency, int year) {
			if (currency == Currency.PKR) {
				return BigDecimal.ONE;
			}
			NavigableMap<LocalDate, BigDecimal> table = byCurrency.get(currency);
			if (table == null) {
				return null;
			}
			Map.Entry<LocalDate, BigDecimal> entry = table.floorEntry(LocalDate.of(year, 12, 31));
			return entry == null ? null : entry.getValue();
		}
	}
}
