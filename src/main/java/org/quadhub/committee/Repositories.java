package org.quadhub.committee;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

	boolean existsByTitleIgnoreCase(String title);

	Optional<Meeting> findByTitleIgnoreCase(String title);

	List<Meeting> findAllByOrderByHeldOnDescIdDesc();
}

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

	List<AgendaItem> findByMeetingIdOrderByPositionAsc(long meetingId);

	@Query("select coalesce(max(a.position), 0) from AgendaItem a where a.meetingId = :meetingId")
	int maxPosition(long meetingId);
}

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByMeetingIdOrderByIdAsc(long meetingId);

	List<Decision> findBySubjectKindAndSubjectIdOrderByDecidedAtDesc(String subjectKind, long subjectId);

	List<Decision> findAllByOrderByDecidedAtDesc();

	long countByMeetingId(long meetingId);
}

interface MinutesRepository extends JpaRepository<Minutes, Long> {

	Optional<Minutes> findByMeetingId(long meetingId);

	/** Reads the minutes while holding a share lock, so a signature cannot slip in before an edit commits. */
	@Lock(LockModeType.PESSIMISTIC_READ)
	@Query("select m from Minutes m where m.meetingId = :meetingId")
	Optional<Minutes> findByMeetingIdForShare(long meetingId);

	List<Minutes> findByMeetingIdIn(Collection<Long> meetingIds);
}

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

	List<ActionItem> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

	List<ActionItem> findAllByOrderByDueOnAscIdAsc();

	long countByMeetingId(long meetingId);
}

interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

	Optional<CommitteeMember> findByUsernameIgnoreCase(String username);

	List<CommitteeMember> findAllByOrderBySideAscUsernameAsc();
}
