package org.quadhub.approvals;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.Checks;
import org.quadhub.shared.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The holiday table behind the working-day calendar. Everyone signed in reads it; only the coordinating authority
 * changes it. A change applies to deadlines computed from then on: running deadlines keep the date they were given.
 */
@Service
@Transactional
public class Holidays {

	private final HolidayRepository holidays;
	private final Validator validator;

	Holidays(HolidayRepository holidays, Validator validator) {
		this.holidays = holidays;
		this.validator = validator;
	}

	@Transactional(readOnly = true)
	public List<Holiday> list(@Nullable Integer year) {
		List<HolidayEntry> entries = year == null ? holidays.findAllByOrderByDayAsc()
				: holidays.findAllByDayBetweenOrderByDayAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		return entries.stream().map(HolidayEntry::details).toList();
	}

	/** Adds a holiday, or renames the one on that date. */
	public Holiday put(Actor actor, Holiday holiday) {
		requireAuthority(actor);
		Checks.valid(validator, holiday);
		LocalDate day = holiday.date();
		if (day == null) {
			throw DomainProblem.invalid("date", "must not be null");
		}
		HolidayEntry entry = holidays.findById(day).orElse(null);
		if (entry == null) {
			entry = new HolidayEntry(day, holiday.name().trim(), Boolean.TRUE.equals(holiday.provisional()));
		}
		else {
			entry.change(holiday.name().trim(), Boolean.TRUE.equals(holiday.provisional()));
		}
		return holidays.saveAndFlush(entry).details();
	}

	public void remove(Actor actor, LocalDate day) {
		requireAuthority(actor);
		HolidayEntry entry = holidays.findById(day).orElseThrow(() -> DomainProblem.notFound("Holiday", day));
		holidays.delete(entry);
	}

	/** The calendar as it stands now. */
	@Transactional(readOnly = true)
	public WorkingCalendar calendar() {
		return new WorkingCalendar(holidays.findAll().stream().map(HolidayEntry::day).collect(Collectors.toSet()));
	}

	private static void requireAuthority(Actor actor) {
		if (!actor.isAuthority()) {
			throw DomainProblem.forbidden("Only the coordinating authority edits the holiday table.");
		}
	}
}
