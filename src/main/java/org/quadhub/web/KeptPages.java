package org.quadhub.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jspecify.annotations.Nullable;
import org.quadhub.shared.Actor;
import org.quadhub.shared.KeptPage;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders a {@link KeptPage} once per distinct model instead of once per anonymous visitor (ADR 0027). Template
 * rendering was a quarter of the application's CPU under the load test, for the public pages alone, although
 * their models come from kept read models and change only when the programme does. The kept HTML is reused only
 * when the whole model (every attribute the template can see, compared by value), the address with its query and
 * the language are equal to those it was rendered from, so it is exactly what rendering again would produce;
 * signed-in users are always rendered for.
 */
@Component
class KeptPages implements ViewResolver, Ordered {

	private static final int MAX_KEPT = 512;

	private final ViewResolver templates;

	private final Map<String, Rendered> kept = new ConcurrentHashMap<>();

	KeptPages(@Qualifier("thymeleafViewResolver") ViewResolver templates) {
		this.templates = templates;
	}

	/** Before the template resolver, so the content-negotiating resolver finds the wrapped view first. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public @Nullable View resolveViewName(String viewName, Locale locale) throws Exception {
		View view = templates.resolveViewName(viewName, locale);
		return view == null ? null : new KeptView(viewName, view);
	}

	int size() {
		return kept.size();
	}

	private record Rendered(Map<String, Object> model, String html, @Nullable String contentType) {
	}

	private final class KeptView implements View {

		private final String name;

		private final View view;

		KeptView(String name, View view) {
			this.name = name;
			this.view = view;
		}

		@Override
		public @Nullable String getContentType() {
			return view.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			if (model == null || !Boolean.TRUE.equals(model.get(KeptPage.ATTRIBUTE))
					|| !(model.get("me") instanceof Actor me) || !me.isAnonymous()) {
				view.render(model, request, response);
				return;
			}
			String key = name + '\n' + request.getRequestURI() + '?' + request.getQueryString() + '\n'
					+ LocaleContextHolder.getLocale();
			Map<String, Object> values = new LinkedHashMap<>();
			model.forEach((k, v) -> {
				if (!k.startsWith("org.springframework.")) {
					values.put(k, v);
				}
			});
			Rendered rendered = kept.get(key);
			if (rendered == null || !rendered.model().equals(values)) {
				Capture capture = new Capture(response);
				view.render(model, request, capture);
				capture.flushBuffer();
				if (capture.bytes.size() > 0) {
					// written as bytes: pass on unkept (the templates here write characters)
					response.getOutputStream().write(capture.bytes.toByteArray());
					return;
				}
				rendered = new Rendered(values, capture.chars.toString(), response.getContentType());
				if (kept.size() >= MAX_KEPT) {
					kept.clear();
				}
				kept.put(key, rendered);
			}
			else if (rendered.contentType() != null) {
				response.setContentType(rendered.contentType());
			}
			response.getWriter().write(rendered.html());
		}
	}

	/** Collects what a view writes; headers still go to the real response. */
	private static final class Capture extends HttpServletResponseWrapper {

		final CharArrayWriter chars = new CharArrayWriter(16 * 1024);

		final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

		private final PrintWriter writer = new PrintWriter(chars);

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() {
			return writer;
		}

		@Override
		public ServletOutputStream getOutputStream() {
			return new ServletOutputStream() {
				@Override
				public void write(int b) {
					bytes.write(b);
				}

				@Override
				public void write(byte[] b, int off, int len) {
					bytes.write(b, off, len);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public void flushBuffer() {
			writer.flush();
		}

		@Override
		public void setContentLength(int len) {
			// the length is the real response's business
		}

		@Override
		public void setContentLengthLong(long len) {
		}
	}
}
