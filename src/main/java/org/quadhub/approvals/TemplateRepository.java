package org.quadhub.approvals;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface TemplateRepository extends JpaRepository<ApprovalTemplate, Long> {

	List<ApprovalTemplate> findAllByOrderByTemplateKeyAscVersionNoDesc();

	Optional<ApprovalTemplate> findFirstByTemplateKeyOrderByVersionNoDesc(String key);

	@Query("select coalesce(max(t.versionNo), 0) from ApprovalTemplate t where t.templateKey = ?1")
	int latestVersion(String key);
}
