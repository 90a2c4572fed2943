package org.quadhub.incentives;

/** A policy version is edited as a draft and immutable once published. */
public enum PolicyStatus {
	DRAFT, PUBLISHED
}
