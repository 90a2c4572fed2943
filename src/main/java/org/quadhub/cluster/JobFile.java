package org.quadhub.cluster;

/** The file a finished background job produced, as any instance hands it out. */
public record JobFile(String name, String contentType, byte[] content) {
}
