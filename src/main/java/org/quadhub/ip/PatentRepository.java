package org.quadhub.ip;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface PatentRepository extends JpaRepository<Patent, Long> {

	List<Patent> findAllByQuadIdOrderByFilingDateDescIdDesc(long quadId);

	List<Patent> findAllByQuadIdIn(Collection<Long> quadIds);
}
