package org.quadhub.approvals;

import org.quadhub.shared.Actor;
import org.quadhub.shared.DomainProblem;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** A signed-in user's notifications, newest first; each user sees only their own. */
@Service
@Transactional
public class Inbox {

	/** The inbox shows the latest entries; older ones stay stored. */
	private static final int SHOWN = 100;

	private final NotificationRepository notifications;
	private final MessageSource messages;
	private final Clock clock;

	Inbox(NotificationRepository notifications, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Notification> of(Actor actor) {
		requireSignedIn(actor);
		return notifications.findAllByRecipientIgnoreCaseOrderByCreatedAtDescIdDesc(actor.username(), Limit.of(SHOWN))
			.stream()
			.map(this::details)
			.toList();
	}

	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		return actor.isAnonymous() ? 0 : notifications.countByRecipientIgnoreCaseAndReadAtIsNull(actor.username());
	}

	public Notification markRead(Actor actor, long id) {
		requireSignedIn(actor);
		NotificationEntry entry = notifications.findById(id)
			.filter(n -> n.recipient().equalsIgnoreCase(actor.username()))
			.orElseThrow(() -> DomainProblem.notFound("Notification", id));
		entry.markRead(clock.instant());
		return details(entry);
	}

	Notification details(NotificationEntry entry) {
		return new Notification(entry.id(), entry.kind(), entry.caseId(), entry.stepId(), entry.subject(),
				entry.stepName(), entry.agency(), entry.createdAt(), entry.isRead(), text(entry));
	}

	/** The sentence in English (the bundle's default), shared by the API and e-mail. */
	String text(NotificationEntry entry) {
		return messages.getMessage("approvals.notification." + entry.kind(),
				new Object[] { entry.subject(), entry.stepName() == null ? "" : entry.stepName(),
						entry.agency() == null ? "" : entry.agency() },
				Locale.ENGLISH);
	}

	private static void requireSignedIn(Actor actor) {
		if (actor.isAnonymous()) {
			throw DomainProblem.forbidden("Sign in to read your inbox.");
		}
	}
}
