package org.quadhub.incentives;

/** A package is negotiated as a draft; signing freezes its terms. */
public enum PackageStatus {
	DRAFT, SIGNED
}
