package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** One application of the register with its owners and its next deadlines. */
public record PatentDetails(long id, long quadId, String title, PatentOffice office, @Nullable String officeName,
		String applicationNumber, @Nullable LocalDate priorityDate, LocalDate filingDate, PatentStatus status,
		@Nullable String grantNumber, @Nullable LocalDate grantDate, List<Holder> owners,
		Set<PatentOffice> designatedOffices, List<Deadline> upcoming, String updatedBy, Instant updatedAt,
		long version) {
}
