package org.quadhub.incentives;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PolicyRepository extends JpaRepository<IncentivePolicy, Long> {

	@Query("select p from IncentivePolicy p order by p.effectiveFrom desc, p.id desc")
	List<IncentivePolicy> findAllNewestFirst();

	@Query("select count(p) > 0 from IncentivePolicy p where lower(p.name) = lower(:name)")
	boolean existsByNameIgnoringCase(String name);

	/** Published versions in force on a day, the latest effective (then the latest published) first. */
	@Query("""
			select p from IncentivePolicy p
			where p.status = org.quadhub.incentives.PolicyStatus.PUBLISHED and p.effectiveFrom <= :day
			  and (p.effectiveTo is null or p.effectiveTo >= :day)
			order by p.effectiveFrom desc, p.publishedAt desc, p.id desc""")
	List<IncentivePolicy> inForceOn(LocalDate day);
}

interface PackageRepository extends JpaRepository<IncentivePackage, Long> {

	Optional<IncentivePackage> findByQuadId(long quadId);

	List<IncentivePackage> findAllByQuadIdIn(Collection<Long> quadIds);
}

interface ImportEntryRepository extends JpaRepository<ImportEntry, Long> {

	List<ImportEntry> findAllByPackageIdOrderByEnteredOnAscIdAsc(long packageId);

	@Query("select lower(e.entryRef) from ImportEntry e where lower(e.entryRef) in :refs")
	List<String> existingRefs(Collection<String> refs);
}
