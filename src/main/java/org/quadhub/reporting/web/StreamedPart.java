package org.quadhub.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;

/**
 * One file part of a multipart request, read straight from the request body as it arrives (Tomcat's streaming
 * multipart parser), instead of after the whole body has been written to a temporary file. A large CSV is then
 * checked and stored while it is still being received.
 *
 * @param fileName the name the client gave the file
 * @param content the part's bytes; readable once, during the request
 */
record StreamedPart(String fileName, InputStream content) {

	/**
	 * The part named {@code field}, or null when the body holds no such part or cannot be read as a stream (for
	 * instance because something has already parsed it).
	 */
	static @Nullable StreamedPart find(HttpServletRequest request, String field) {
		try {
			FileItemIterator items = new FileUpload().getItemIterator(new ServletRequestContext(request));
			while (items.hasNext()) {
				FileItemStream item = items.next();
				if (!item.isFormField() && field.equals(item.getFieldName())) {
					return new StreamedPart(item.getName() == null ? "upload" : item.getName(), item.openStream());
				}
			}
			return null;
		}
		catch (IOException e) {
			return null;
		}
	}
}
