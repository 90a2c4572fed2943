package org.quadhub.approvals;

/** A notification was put in a user's inbox; e-mail delivery picks it up after the transaction commits. */
public record NotificationQueued(long notificationId, String recipient) {
}
