package org.quadhub.shared;

/** What a user may do in QuadHub. Anonymous visitors have no role and see public pages only. */
public enum Role {
	/** Coordinating authority under the Prime Minister's Office: everything. */
	AUTHORITY,
	/** Pakistan–China joint committee: reads everything, decides where a workflow says so. */
	COMMITTEE,
	/** A user of one partner organisation: its own organisation and the QUADs it belongs to. */
	PARTNER,
	/** An approving agency (BOI, FBR, Customs, SEZ authority, ...). */
	AGENCY,
	/** A zone authority officer. */
	ZONE_OFFICER
}
