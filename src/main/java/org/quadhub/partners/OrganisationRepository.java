package org.quadhub.partners;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.quadhub.shared.Country;

import java.util.List;
import java.util.Optional;

interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

	Optional<Organisation> findByCountryAndNameKey(Country country, String nameKey);

	List<Organisation> findAllByOrderByNameAsc();
}
