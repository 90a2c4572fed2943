package org.quadhub.ip;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	List<Agreement> findAllByQuadIdOrderByStartDateDescIdDesc(long quadId);

	List<Agreement> findAllByQuadIdIn(Collection<Long> quadIds);
}
