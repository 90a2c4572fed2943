package org.quadhub.approvals;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CaseRepository extends JpaRepository<ApprovalCase, Long> {

	/** Every change to a case takes this row lock first, so two decisions on one case run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ApprovalCase c where c.id = ?1")
	Optional<ApprovalCase> lockById(long id);

	List<ApprovalCase> findAllBySubjectKindAndSubjectIdOrderByOpenedAtDesc(String subjectKind, long subjectId);

	boolean existsBySubjectKindAndSubjectIdAndTemplateKeyAndStatus(String subjectKind, long subjectId,
			String templateKey, CaseStatus status);

	boolean existsBySubjectKindAndSubjectIdAndTemplateKeyAndStatusIn(String subjectKind, long subjectId,
			String templateKey, Collection<CaseStatus> statuses);

	@Query("select distinct s.approvalCase.id from ApprovalStep s where s.approvalCase.status = "
			+ "org.quadhub.approvals.CaseStatus.OPEN and s.state = org.quadhub.approvals.StepState.OPEN "
			+ "and s.dueOn < ?1")
	List<Long> withLapsedSteps(LocalDate today);

	@Query("select s from ApprovalStep s join fetch s.approvalCase c where c.status = org.quadhub.approvals.CaseStatus.OPEN "
			+ "and s.state in (org.quadhub.approvals.StepState.OPEN, org.quadhub.approvals.StepState.ESCALATED) "
			+ "and s.agency = ?1 order by s.dueOn, s.id")
	List<ApprovalStep> pendingSteps(String agency);

	@Query("select s from ApprovalStep s join fetch s.approvalCase c where c.status = org.quadhub.approvals.CaseStatus.OPEN "
			+ "and s.state in (org.quadhub.approvals.StepState.OPEN, org.quadhub.approvals.StepState.ESCALATED) "
			+ "order by s.dueOn, s.id")
	List<ApprovalStep> allPendingSteps();

	@Query("select s from ApprovalStep s where s.state in (org.quadhub.approvals.StepState.APPROVED, "
			+ "org.quadhub.approvals.StepState.REJECTED, org.quadhub.approvals.StepState.DEEMED_APPROVED)")
	List<ApprovalStep> decidedSteps();

	List<ApprovalCase> findTop200ByOrderByOpenedAtDesc();
}
