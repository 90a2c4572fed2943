package org.quadhub.incentives;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface FinancingRepository extends JpaRepository<FinancingInstrument, Long> {

	List<FinancingInstrument> findAllByQuadIdOrderByAgreedOnAscIdAsc(long quadId);

	/** Disbursements of one instrument run one after the other, so their sum never passes the amount. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FinancingInstrument f where f.id = :id")
	Optional<FinancingInstrument> lockById(long id);
}
