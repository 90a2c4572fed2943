package org.quadhub.approvals;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

interface HolidayRepository extends JpaRepository<HolidayEntry, LocalDate> {

	List<HolidayEntry> findAllByOrderByDayAsc();

	List<HolidayEntry> findAllByDayBetweenOrderByDayAsc(LocalDate from, LocalDate to);
}
