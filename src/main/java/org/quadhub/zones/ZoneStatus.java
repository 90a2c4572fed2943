package org.quadhub.zones;

/** How far a zone has come: notified in the gazette, being developed, or operational. */
public enum ZoneStatus {
	NOTIFIED, UNDER_DEVELOPMENT, OPERATIONAL
}
