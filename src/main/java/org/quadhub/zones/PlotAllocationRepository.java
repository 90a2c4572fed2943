package org.quadhub.zones;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface PlotAllocationRepository extends JpaRepository<PlotAllocation, Long> {

	List<PlotAllocation> findAllByZoneIdOrderByAllocatedOnAscIdAsc(long zoneId);

	List<PlotAllocation> findAllByQuadIdOrderByAllocatedOnAscIdAsc(long quadId);

	boolean existsByZoneIdAndReleasedOnIsNull(long zoneId);
}
