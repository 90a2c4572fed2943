package org.quadhub.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a listing. {@code page} is zero-based. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
	}
}
