package org.quadhub.approvals;

import org.springframework.data.jpa.repository.JpaRepository;

interface StepRepository extends JpaRepository<ApprovalStep, Long> {
}
