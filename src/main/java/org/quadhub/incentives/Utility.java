package org.quadhub.incentives;

/** Utilities a package may discount. */
public enum Utility {
	POWER, GAS, WATER
}
