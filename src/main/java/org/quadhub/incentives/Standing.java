package org.quadhub.incentives;

/**
 * How a package stands against the policy in force today: under that very policy; under an older one whose terms
 * the policy in force would also allow; GRANDFATHERED (signed under an older policy, and the policy in force would
 * not allow it: it keeps its terms); or, for a draft, CONFLICTS_WITH_POLICY_IN_FORCE.
 */
public enum Standing {
	CURRENT_POLICY, ALLOWED_BY_POLICY_IN_FORCE, GRANDFATHERED, CONFLICTS_WITH_POLICY_IN_FORCE, NO_POLICY_IN_FORCE
}
