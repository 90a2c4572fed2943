package org.quadhub.audit;

import org.jspecify.annotations.Nullable;

/** The request being served on this thread, as the audit filter saw it. */
public record RequestInfo(String requestId, @Nullable String clientAddress) {

	private static final ThreadLocal<RequestInfo> CURRENT = new ThreadLocal<>();

	static @Nullable RequestInfo current() {
		return CURRENT.get();
	}

	static void set(@Nullable RequestInfo info) {
		if (info == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(info);
		}
	}
}
