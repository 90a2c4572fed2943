package org.quadhub.skills;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

	List<Programme> findAllByQuadIdOrderByNameAscIdAsc(long quadId);
}
