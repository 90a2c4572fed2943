package org.quadhub.shared;

/**
 * How often each kind of subject (the audit trail's {@code subject_kind}: {@code quad}, {@code organisation},
 * {@code zone}, ...) has changed in this instance, for read models that are rebuilt only when what they show may
 * have changed (ADR 0026). Implemented by the audit module, which sees every change; readers take it through
 * {@code ObjectProvider<SubjectChanges>} so nothing depends on audit. Changes made by another instance are not
 * seen: read models built on a stamp keep a maximum age as well.
 */
public interface SubjectChanges {

	/**
	 * A number that moves whenever a subject of one of {@code kinds} is changed, both when the change is made and
	 * when its transaction ends; equal stamps mean no such change in between.
	 */
	long stamp(String... kinds);
}
