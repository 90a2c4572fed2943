package org.quadhub.approvals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

@Entity
@Table(name = "approval_holiday")
class HolidayEntry {

	@Id
	@Column(name = "day")
	private @Nullable LocalDate day;

	private String name = "";
	private boolean provisional;

	protected HolidayEntry() {
	}

	HolidayEntry(LocalDate day, String name, boolean provisional) {
		this.day = day;
		this.name = name;
		this.provisional = provisional;
	}

	void change(String name, boolean provisional) {
		this.name = name;
		this.provisional = provisional;
	}

	LocalDate day() {
		if (day == null) {
			throw new IllegalStateException("holiday without date");
		}
		return day;
	}

	Holiday details() {
		return new Holiday(day, name, provisional);
	}
}
