package org.quadhub.approvals;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface NotificationRepository extends JpaRepository<NotificationEntry, Long> {

	List<NotificationEntry> findAllByRecipientIgnoreCaseOrderByCreatedAtDescIdDesc(String recipient, Limit limit);

	long countByRecipientIgnoreCaseAndReadAtIsNull(String recipient);
}
