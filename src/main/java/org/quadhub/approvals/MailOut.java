package org.quadhub.approvals;

import org.quadhub.users.UserInfo;
import org.quadhub.users.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Sends each inbox entry by e-mail when SMTP is configured ({@code spring.mail.host}) and the recipient has an
 * address. Runs after the change committed, through the event publication registry: a failed delivery stays
 * incomplete and is retried on restart instead of being lost.
 */
@Component
class MailOut {

	private static final Logger log = LoggerFactory.getLogger(MailOut.class);

	private final ObjectProvider<JavaMailSender> mailSender;
	private final NotificationRepository notifications;
	private final Users users;
	private final Inbox inbox;
	private final Clock clock;
	private final String from;

	MailOut(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications, Users users, Inbox inbox,
			Clock clock, @Value("${quadhub.approvals.mail-from:quadhub@localhost}") String from) {
		this.mailSender = mailSender;
		this.notifications = notifications;
		this.users = users;
		this.inbox = inbox;
		this.clock = clock;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(NotificationQueued event) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender != null) {
			deliver(sender, event.notificationId());
		}
	}

	/** Sends one notification through this sender; true when a message went out. */
	boolean deliver(JavaMailSender sender, long notificationId) {
		NotificationEntry entry = notifications.findById(notificationId).orElse(null);
		if (entry == null || entry.mailedAt() != null) {
			return false;
		}
		Optional<String> address = users.directory().stream()
			.filter(u -> u.username().equalsIgnoreCase(entry.recipient()))
			.map(UserInfo::email)
			.filter(e -> e != null && !e.isBlank())
			.findFirst()
			.map(String::trim);
		if (address.isEmpty()) {
			return false;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address.get());
		String text = inbox.text(entry);
		message.setSubject("QuadHub: " + text);
		message.setText(text + "\n\nCase " + entry.caseId() + ": /approvals/cases/" + entry.caseId() + "\n");
		sender.send(message);
		entry.markMailed(clock.instant());
		notifications.save(entry);
		log.debug("Mailed notification {} to {}", notificationId, entry.recipient());
		return true;
	}
}
