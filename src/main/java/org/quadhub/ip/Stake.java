package org.quadhub.ip;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** Stored form of a {@link Holder}: a party's or owner's resolved name and share. */
@Embeddable
class Stake {

	private @Nullable Long organisationId;
	private String name = "";
	private BigDecimal share = BigDecimal.ZERO;

	protected Stake() {
	}

	Stake(@Nullable Long organisationId, String name, BigDecimal share) {
		this.organisationId = organisationId;
		this.name = name;
		this.share = share;
	}

	Holder holder() {
		return new Holder(organisationId, name, share.stripTrailingZeros().scale() < 0 ? share.setScale(0)
				: share.stripTrailingZeros());
	}
}
