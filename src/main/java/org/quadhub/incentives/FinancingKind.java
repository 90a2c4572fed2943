package org.quadhub.incentives;

/** The financing levers the op-ed asks of China (and that others may offer). */
public enum FinancingKind {
	CONCESSIONAL_LOAN, TRAINING_GRANT, EXPORT_CREDIT_GUARANTEE
}
