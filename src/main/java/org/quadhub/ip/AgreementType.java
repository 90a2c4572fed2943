package org.quadhub.ip;

/** What an IP agreement between (some of) the partners does. */
public enum AgreementType {
	JOINT_DEVELOPMENT, LICENCE, ASSIGNMENT, TECHNOLOGY_TRANSFER, CONFIDENTIALITY
}
