package org.quadhub.web;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

import java.util.Set;

/**
 * Sets lang and dir on the html element of every page from the request's language (dir=rtl for Urdu), so no
 * template has to repeat it and pages added later get it too.
 */
final class LanguageDialect extends AbstractProcessorDialect {

	LanguageDialect() {
		super("QuadHub languages", "qhlang", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new HtmlLanguage(dialectPrefix));
	}

	static final class HtmlLanguage extends AbstractElementTagProcessor {

		HtmlLanguage(String dialectPrefix) {
			super(TemplateMode.HTML, dialectPrefix, "html", false, null, false, 1000);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
				IElementTagStructureHandler structureHandler) {
			Languages language = Languages.shown(context.getLocale());
			structureHandler.setAttribute("lang", language.code());
			structureHandler.setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
		}
	}
}
