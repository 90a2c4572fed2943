package org.quadhub.shared;

/**
 * A page whose rendered HTML may be kept for anonymous visitors: its controller puts {@link #ATTRIBUTE} into the
 * model, and the web layer then renders it once per distinct model, address and language instead of once per
 * visitor (ADR 0027). Only for pages whose anonymous HTML is a function of the model alone: no per-visitor
 * content (no form with a CSRF token, no flash message).
 */
public final class KeptPage {

	/** The model attribute marking the page; its value is {@code true}. */
	public static final String ATTRIBUTE = "keptPage";

	private KeptPage() {
	}
}
