package org.quadhub.ip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Registers or replaces a patent application. {@code officeName} names the office when {@code office} is OTHER;
 * {@code designatedOffices} (PCT applications only) are the offices where national-phase entry is planned. Owner
 * shares must total exactly 100. A GRANTED application needs its grant number and date.
 */
public record PatentCommand(@NotBlank @Size(max = 300) @Nullable String title, @NotNull @Nullable PatentOffice office,
		@Size(max = 100) @Nullable String officeName, @NotBlank @Size(max = 60) @Nullable String applicationNumber,
		@Nullable LocalDate priorityDate, @NotNull @Nullable LocalDate filingDate, @Nullable PatentStatus status,
		@Size(max = 60) @Nullable String grantNumber, @Nullable LocalDate grantDate,
		@NotEmpty @Size(max = 20) @Nullable List<@Valid @NotNull Holder> owners,
		@Nullable Set<@NotNull PatentOffice> designatedOffices, @Nullable Long version) {
}
