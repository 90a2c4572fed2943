package org.quadhub.approvals;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AgencyRepository extends JpaRepository<Agency, String> {

	List<Agency> findAllByOrderByCodeAsc();
}
