package org.quadhub.shared;

/** The op-ed's high-tech product categories; every module and API uses these codes. */
public enum Sector {
	ELECTRIC_VEHICLES_AND_BATTERIES,
	ELECTRONICS,
	SEMICONDUCTORS,
	NANOMATERIALS,
	BIOTECH_AND_PHARMA,
	AGRI_TECH,
	INFORMATION_TECHNOLOGY,
	RENEWABLE_ENERGY,
	PRECISION_ENGINEERING,
	DEFENCE_EQUIPMENT
}
