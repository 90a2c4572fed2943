package org.quadhub.ip;

import org.jspecify.annotations.Nullable;

final class Texts {

	private Texts() {
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
