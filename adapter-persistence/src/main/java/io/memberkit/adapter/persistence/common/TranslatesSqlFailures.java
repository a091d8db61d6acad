package io.memberkit.adapter.persistence.common;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every method of an adapter so marked hands back domain errors or backend failures, never SQL exceptions. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Around
@Type(SqlFailureTranslation.class)
public @interface TranslatesSqlFailures {
}
