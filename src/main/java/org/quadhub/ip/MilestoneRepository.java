package org.quadhub.ip;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findAllByQuadIdOrderByPlannedDateAscIdAsc(long quadId);

	List<Milestone> findAllByQuadIdIn(Collection<Long> quadIds);
}
