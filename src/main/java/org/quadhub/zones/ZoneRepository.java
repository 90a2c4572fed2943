package org.quadhub.zones;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ZoneRepository extends JpaRepository<Zone, Long> {

	List<Zone> findAllByOrderByNameAsc();

	@Query("select count(z) > 0 from Zone z where lower(z.name) = lower(:name)")
	boolean existsByNameIgnoringCase(String name);

	/** SELECT ... FOR UPDATE: allocations and releases of one zone run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select z from Zone z where z.id = :id")
	Optional<Zone> lockById(long id);
}
