package org.quadhub.committee;

import java.util.EnumSet;
import java.util.Set;

/** Progress of an action item. DONE and CANCELLED are final. */
public enum ActionStatus {
	OPEN,
	IN_PROGRESS,
	DONE,
	CANCELLED;

	public boolean isFinal() {
		return this == DONE || this == CANCELLED;
	}

	public Set<ActionStatus> next() {
		if (isFinal()) {
			return EnumSet.noneOf(ActionStatus.class);
		}
		EnumSet<ActionStatus> all = EnumSet.allOf(ActionStatus.class);
		all.remove(this);
		return all;
	}
}
