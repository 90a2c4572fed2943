package org.quadhub.audit.web;

import org.jspecify.annotations.Nullable;
import org.quadhub.audit.AuditQuery;
import org.quadhub.shared.DomainProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Turns the browser's text filters into a query; times are an ISO instant, date-time with offset, or a date. */
final class Filters {

	static final ZoneId ZONE = ZoneId.of("Asia/Karachi");

	private Filters() {
	}

	static AuditQuery query(@Nullable String subjectKind, @Nullable String subjectId, @Nullable String actor,
			@Nullable String action, @Nullable String from, @Nullable String to) {
		return new AuditQuery(blank(subjectKind), blank(subjectId), blank(actor), blank(action),
				time("from", from, false), time("to", to, true));
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A date means the start of that day in the programme zone; as an upper bound, the end of it. */
	static @Nullable Instant time(String field, @Nullable String value, boolean upper) {
		String text = blank(value);
		if (text == null) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (upper ? day.plusDays(1) : day).atStartOfDay(ZONE).toInstant();
			}
			if (text.endsWith("Z")) {
				return Instant.parse(text);
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException e) {
			throw DomainProblem.invalid(field, "must be a date (2026-11-29) or an ISO-8601 instant (2026-11-29T10:00:00Z)");
		}
	}
}
