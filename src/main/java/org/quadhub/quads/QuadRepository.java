package org.quadhub.quads;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface QuadRepository extends JpaRepository<Quad, Long> {

	boolean existsByNameIgnoreCase(String name);

	List<Quad> findAllByOrderByNameAsc();

	@Query("select q from Quad q join q.partners p where p = :organisationId order by q.name")
	List<Quad> findAllWithPartner(long organisationId);
}
